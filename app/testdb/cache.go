package testdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/frontierhq/frontier/app/pgserver"
)

// cacheFormat changes whenever the way a cached cluster is made changes, so that an old cache
// entry is never used.
const cacheFormat = "1"

// templateCacheDir is where initialised clusters are cached between test runs, or "" when the
// user has no cache directory.
func templateCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "frontier")
}

// startFromCache starts the cluster of opts.DataDir from a copy of a cached, cleanly stopped
// cluster made by the same Postgres major version: copying skips initdb, the bulk of a fresh
// start. The first test binary to find no cache entry fills it while holding a file lock, which
// the others wait for.
func startFromCache(ctx context.Context, opts pgserver.Options, cacheDir string) (*pgserver.Server, error) {
	if cacheDir == "" {
		return pgserver.Start(ctx, opts)
	}
	binDir, err := pgserver.FindBinaries()
	if err != nil {
		return nil, err
	}
	version, err := pgserver.MajorVersion(binDir)
	if err != nil {
		return nil, err
	}
	opts.BinDir = binDir
	entry := filepath.Join(cacheDir, "testdb-pg"+version+"-v"+cacheFormat)
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	unlock, err := lockFile(entry + ".lock")
	if err != nil {
		return nil, err
	}
	defer unlock()

	clusterDir := filepath.Join(opts.DataDir, "postgres")
	if isCluster(entry) {
		server, err := startCopy(ctx, opts, entry, clusterDir)
		if err == nil {
			return server, nil
		}
		// A damaged cache entry must not fail every later run: drop it and start afresh.
		opts.Logger.Warn("testdb: the cached cluster did not start; rebuilding it", "entry", entry, "err", err)
		if err := errors.Join(os.RemoveAll(entry), os.RemoveAll(clusterDir)); err != nil {
			return nil, fmt.Errorf("cache: %w", err)
		}
	}
	server, err := pgserver.Start(ctx, opts)
	if err != nil || !isCluster(clusterDir) { // a cluster kept elsewhere is not cached
		return server, err
	}
	if err := server.Stop(ctx); err != nil {
		return nil, err
	}
	if err := fillCache(clusterDir, entry); err != nil {
		return nil, err
	}
	return pgserver.Start(ctx, opts)
}

func startCopy(ctx context.Context, opts pgserver.Options, entry, clusterDir string) (*pgserver.Server, error) {
	if err := copyTree(entry, clusterDir); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	return pgserver.Start(ctx, opts)
}

// fillCache copies a stopped cluster into the cache entry, atomically.
func fillCache(clusterDir, entry string) error {
	staging := entry + ".tmp"
	if err := os.RemoveAll(staging); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	if err := copyTree(clusterDir, staging); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	if err := os.Rename(staging, entry); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	return nil
}

func isCluster(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "PG_VERSION"))
	return err == nil
}

// lockFile takes an exclusive lock on path, waiting for other processes to release it.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cache lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("cache lock: %w", err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) // closing releases it anyway
		f.Close()
	}, nil
}

// copyTree copies the directories, regular files and symlinks under src to dst, keeping
// permission bits. postmaster.pid and sockets are left out: they belong to a running server.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			return os.MkdirAll(target, info.Mode().Perm())
		case d.Type()&fs.ModeSymlink != 0:
			link, err := os.Readlink(path)
			if err != nil {
				return err
			}
			return os.Symlink(link, target)
		case d.Type().IsRegular() && d.Name() != "postmaster.pid":
			return copyFile(path, target, info.Mode().Perm())
		}
		return nil
	})
}

func copyFile(src, dst string, perm fs.FileMode) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, out.Close()) }()
	_, err = io.Copy(out, in)
	return err
}
