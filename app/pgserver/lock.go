package pgserver

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// ErrDataDirInUse means another running process has started a server for the same data dir.
var ErrDataDirInUse = errors.New("pgserver: the data directory is in use by another running Frontier")

// lockDataDir takes the data dir's lock and holds it while the returned file stays open; the
// kernel drops it when Frontier exits, however it exits. Holding it is what makes a postmaster
// found running on the cluster at start an orphan to stop, never the server of another live
// Frontier. The file is opened close-on-exec, so Postgres does not inherit the lock.
func lockDataDir(dataDir string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dataDir, "postgres.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("pgserver: lock data directory: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s", ErrDataDirInUse, dataDir)
		}
		return nil, fmt.Errorf("pgserver: lock data directory: %w", err)
	}
	return f, nil
}
