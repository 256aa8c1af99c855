package pgserver

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
)

// defaultServiceUsers are tried in order when Frontier runs as root and Options.ServiceUser is
// empty; the last one is created when none exists.
var defaultServiceUsers = []string{"postgres", "frontier"}

// account is the unprivileged system user the Postgres processes run as when Frontier is root,
// because Postgres refuses to run as root.
type account struct {
	name   string
	uid    uint32
	gid    uint32
	groups []uint32
}

// serviceAccount returns the account named name, or with an empty name the first existing default
// service user, creating the last default (a system user) when none exists.
func serviceAccount(ctx context.Context, name string) (*account, error) {
	if name != "" {
		return lookupAccount(name)
	}
	for _, candidate := range defaultServiceUsers {
		acct, err := lookupAccount(candidate)
		if err == nil {
			return acct, nil
		}
		if !errors.As(err, new(user.UnknownUserError)) {
			return nil, err
		}
	}
	created := defaultServiceUsers[len(defaultServiceUsers)-1]
	out, err := exec.CommandContext(ctx, "useradd", "--system", "--user-group", "--no-create-home",
		"--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", created).CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("pgserver: create system user %s for Postgres (it refuses to run as root): %w: %s", created, err, out)
	}
	return lookupAccount(created)
}

func lookupAccount(name string) (*account, error) {
	u, err := user.Lookup(name)
	if err != nil {
		return nil, fmt.Errorf("pgserver: service user: %w", err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("pgserver: service user %s: uid %q: %w", name, u.Uid, err)
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("pgserver: service user %s: gid %q: %w", name, u.Gid, err)
	}
	acct := &account{name: name, uid: uint32(uid), gid: uint32(gid)}
	groupIDs, err := u.GroupIds()
	if err != nil {
		return nil, fmt.Errorf("pgserver: service user %s: groups: %w", name, err)
	}
	for _, g := range groupIDs {
		if id, err := strconv.ParseUint(g, 10, 32); err == nil {
			acct.groups = append(acct.groups, uint32(id))
		}
	}
	return acct, nil
}

// credential makes a child process run as the account.
func (a *account) credential() *syscall.Credential {
	return &syscall.Credential{Uid: a.uid, Gid: a.gid, Groups: a.groups}
}

// blockedDir returns the first directory on the way from / to dir that the account may not enter,
// or "" when it can reach dir. It reads permission bits only (ACLs are not consulted).
func (a *account) blockedDir(dir string) (string, error) {
	for p := dir; ; p = filepath.Dir(p) {
		info, err := os.Stat(p)
		if err != nil {
			return "", fmt.Errorf("pgserver: %w", err)
		}
		if !a.mayEnter(info) {
			return p, nil
		}
		if p == filepath.Dir(p) {
			return "", nil
		}
	}
}

func (a *account) mayEnter(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return false
	}
	perm := info.Mode().Perm()
	switch {
	case st.Uid == a.uid:
		return perm&0o100 != 0
	case st.Gid == a.gid || slices.Contains(a.groups, st.Gid):
		return perm&0o010 != 0
	default:
		return perm&0o001 != 0
	}
}

// chownTree gives every file under dir to the account, skipping those it already owns, so that a
// cluster copied or created by root becomes usable by the server processes.
func (a *account) chownTree(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if st, ok := info.Sys().(*syscall.Stat_t); ok && st.Uid == a.uid && st.Gid == a.gid {
			return nil
		}
		if err := os.Lchown(path, int(a.uid), int(a.gid)); err != nil {
			return fmt.Errorf("pgserver: give %s to %s: %w", path, a.name, err)
		}
		return nil
	})
}
