package pgserver

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
)

// Superuser is the superuser role of the private cluster; clients connect as it over the socket.
const Superuser = "frontier"

// DatabaseName is the database Frontier keeps its data in, created on first start.
const DatabaseName = "frontier"

// cluster is a Postgres data directory and what is needed to run programs on it.
type cluster struct {
	dir     string   // the data directory (PGDATA)
	binDir  string   // holds postgres and initdb
	version string   // Postgres major version of the binaries
	runAs   *account // nil: run as the current user
	log     *os.File // receives the output of every program run on the cluster
	noFsync bool     // throwaway cluster: skip fsync in initdb and the server
}

// clusterVersion returns the major version recorded in a cluster directory, or "" when dir holds
// no initialised cluster.
func clusterVersion(dir string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "PG_VERSION"))
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("pgserver: %w", err)
	}
	return strings.TrimSpace(string(data)), nil
}

// initialise creates the cluster with initdb. initdb writes into a sibling directory that is
// renamed into place only once it succeeded, so an interrupted first start never leaves a
// half-made cluster behind. The locale is C.UTF-8 where the system has it, so that upper(),
// lower() and ILIKE understand accented letters; plain C otherwise.
func (c *cluster) initialise() error {
	staging := c.dir + ".initdb"
	var lastErr error
	for _, locale := range []string{"C.UTF-8", "C"} {
		if err := os.RemoveAll(staging); err != nil {
			return fmt.Errorf("pgserver: remove %s: %w", staging, err)
		}
		if err := c.makeOwnedDir(staging); err != nil {
			return err
		}
		args := []string{
			"--pgdata=" + staging,
			"--username=" + Superuser,
			"--encoding=UTF8",
			"--locale=" + locale,
			"--auth-local=trust",
			"--auth-host=reject",
		}
		if c.noFsync {
			args = append(args, "--no-sync")
		}
		if lastErr = c.run("initdb", args...); lastErr == nil {
			if err := os.Rename(staging, c.dir); err != nil {
				return fmt.Errorf("pgserver: move new cluster into place: %w", err)
			}
			return nil
		}
	}
	_ = os.RemoveAll(staging) // best effort; the next start removes it too
	return fmt.Errorf("pgserver: initdb failed: %w\n%s", lastErr, logTail(c.log.Name()))
}

// makeOwnedDir creates dir (mode 0700, as Postgres requires) owned by the account that runs the
// server.
func (c *cluster) makeOwnedDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("pgserver: %w", err)
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return fmt.Errorf("pgserver: %w", err)
	}
	if c.runAs != nil {
		if err := os.Chown(dir, int(c.runAs.uid), int(c.runAs.gid)); err != nil {
			return fmt.Errorf("pgserver: %w", err)
		}
	}
	return nil
}

// run runs one of the cluster's programs to completion, output to the cluster log.
func (c *cluster) run(program string, args ...string) error {
	ch, err := startChild(c.command(program, args...), syscall.SIGTERM)
	if err != nil {
		return err
	}
	return ch.wait()
}

// command prepares program to run as the cluster's account, with output to the cluster log and
// an environment free of PG* variables (PGPORT, PGDATA...) that would override its arguments.
func (c *cluster) command(program string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(c.binDir, program), args...)
	cmd.Dir = filepath.Dir(c.dir) // Postgres programs fail when they cannot read their working directory.
	cmd.Stdout = c.log
	cmd.Stderr = c.log
	cmd.Env = []string{} // not nil, which would mean the whole environment
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PG") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	// Setpgid keeps a terminal's Ctrl-C away from Postgres, so Frontier decides the shutdown order.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if c.runAs != nil {
		cmd.SysProcAttr.Credential = c.runAs.credential()
	}
	return cmd
}

// serverArgs are the postgres arguments: no TCP at all, one unix socket in socketDir, logging to
// stderr (the cluster log), and settings modest enough for a small machine.
func (c *cluster) serverArgs(socketDir string) []string {
	settings := []string{
		"listen_addresses=",
		"unix_socket_directories=" + socketDir,
		"port=5432",
		"logging_collector=off",
		"max_connections=100",
		"shared_buffers=128MB",
		"work_mem=8MB",
		"maintenance_work_mem=64MB",
		"effective_cache_size=512MB",
		"max_wal_size=512MB",
		"log_line_prefix=%m [%p] ",
		"log_min_duration_statement=2000",
	}
	if c.noFsync {
		settings = append(settings, "fsync=off", "synchronous_commit=off", "full_page_writes=off")
	}
	args := []string{"-D", c.dir}
	for _, s := range settings {
		args = append(args, "-c", s)
	}
	return args
}
