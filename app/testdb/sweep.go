package testdb

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// tempPattern names the temporary directories of private clusters.
const tempPattern = "frontier-testdb-*"

// ownerLockName is the file a test binary keeps locked in its cluster's directory while it runs.
const ownerLockName = "owner.lock"

// makeClusterDir creates the temporary directory of this binary's cluster and locks it for the
// life of the process, so that sweepAbandoned in other binaries leaves it alone.
func makeClusterDir() (dir string, unlock func(), err error) {
	dir, err = os.MkdirTemp("", tempPattern)
	if err != nil {
		return "", nil, fmt.Errorf("testdb: %w", err)
	}
	// When the tests run as root the server runs as another user, who must be able to enter.
	err = os.Chmod(dir, 0o755)
	var f *os.File
	if err == nil {
		f, err = os.OpenFile(filepath.Join(dir, ownerLockName), os.O_CREATE|os.O_RDWR, 0o600)
	}
	if err == nil {
		if err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
		}
	}
	if err != nil {
		_ = os.RemoveAll(dir) // reporting err matters more
		return "", nil, fmt.Errorf("testdb: cluster directory: %w", err)
	}
	return dir, func() { f.Close() }, nil
}

// sweepAbandoned removes the cluster directories of test binaries that died without cleaning up
// (a test timeout panics, a killed `go test`): their owner lock is free. Their servers stopped
// when the binary died (see pgserver). A directory without a lock file is one being created
// right now, unless it is old.
func sweepAbandoned() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), tempPattern)) // the pattern is valid
	for _, dir := range dirs {
		if abandoned(dir) {
			_ = os.RemoveAll(dir) // best effort: another binary may be sweeping it too
		}
	}
}

func abandoned(dir string) bool {
	f, err := os.OpenFile(filepath.Join(dir, ownerLockName), os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		info, err := os.Stat(dir)
		return err == nil && time.Since(info.ModTime()) > time.Hour
	}
	if err != nil {
		return false
	}
	defer f.Close()
	return syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil
}
