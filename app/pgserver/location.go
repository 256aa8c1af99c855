package pgserver

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// defaultFallbackRoot holds clusters whose data dir the service account cannot reach.
const defaultFallbackRoot = "/var/lib/frontier"

// maxSocketDirLen keeps "<dir>/.s.PGSQL.5432" within the 107 bytes a unix socket path may have.
const maxSocketDirLen = 107 - len("/.s.PGSQL.5432")

// clusterLocation returns the cluster directory for dataDir: dataDir/postgres, or, when the
// service account cannot reach dataDir (for example under /root, which is 0700), a directory
// under fallbackRoot named after dataDir. Frontier never loosens the permissions of the user's
// own directories to make room. why explains a fallback and is empty otherwise.
func clusterLocation(dataDir string, runAs *account, fallbackRoot string) (dir, why string, err error) {
	inDataDir := filepath.Join(dataDir, "postgres")
	if runAs == nil {
		return inDataDir, "", nil
	}
	blocked, err := runAs.blockedDir(dataDir)
	if err != nil || blocked == "" {
		return inDataDir, "", err
	}
	if err := os.MkdirAll(fallbackRoot, 0o755); err != nil {
		return "", "", fmt.Errorf("pgserver: %w", err)
	}
	dir = filepath.Join(fallbackRoot, filepath.Base(dataDir)+"-"+shortHash(dataDir))
	why = fmt.Sprintf("user %s cannot enter %s, so the Postgres cluster of %s lives in %s", runAs.name, blocked, dataDir, dir)
	return dir, why, nil
}

// socketDirectory returns where the server's unix socket goes: the cluster directory itself,
// which only the server's account may enter, or, when that path is too long for a socket, a
// private directory under os.TempDir(). short reports the latter.
func socketDirectory(clusterDir string, runAs *account) (dir string, short bool, err error) {
	if len(clusterDir) <= maxSocketDirLen {
		return clusterDir, false, nil
	}
	dir = filepath.Join(os.TempDir(), "frontier-pg-"+shortHash(clusterDir))
	if err := os.Mkdir(dir, 0o700); err != nil && !os.IsExist(err) {
		return "", false, fmt.Errorf("pgserver: socket directory: %w", err)
	}
	// The directory sits in a world-writable place: accept it only if it is a real directory
	// that this process made (or already owns), never someone else's or a symlink.
	info, err := os.Lstat(dir)
	if err != nil {
		return "", false, fmt.Errorf("pgserver: socket directory: %w", err)
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	owner := uint32(os.Geteuid())
	if !info.IsDir() || !ok || (st.Uid != owner && (runAs == nil || st.Uid != runAs.uid)) {
		return "", false, fmt.Errorf("pgserver: socket directory %s exists and is not Frontier's", dir)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return "", false, fmt.Errorf("pgserver: socket directory: %w", err)
	}
	if runAs != nil {
		if err := os.Chown(dir, int(runAs.uid), int(runAs.gid)); err != nil {
			return "", false, fmt.Errorf("pgserver: socket directory: %w", err)
		}
	}
	return dir, true, nil
}

// shortHash names a directory after a path: 8 hex digits of its SHA-256.
func shortHash(path string) string {
	sum := sha256.Sum256([]byte(path))
	return hex.EncodeToString(sum[:4])
}
