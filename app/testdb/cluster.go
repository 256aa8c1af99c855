package testdb

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/frontierhq/frontier/app/pgserver"
)

// cluster is a throwaway private Postgres cluster in a temporary directory.
type cluster struct {
	dataDir string
	server  *pgserver.Server
	unlock  func() // releases the owner lock, see makeClusterDir
}

// startCluster starts a throwaway cluster, from a copy of the cached initialised cluster in
// cacheDir when there is one (cacheDir "" disables the cache).
func startCluster(ctx context.Context, log *slog.Logger, cacheDir string) (*cluster, error) {
	sweepAbandoned()
	dataDir, unlock, err := makeClusterDir()
	if err != nil {
		return nil, err
	}
	opts := pgserver.Options{DataDir: dataDir, Logger: log, Ephemeral: true}
	server, err := startFromCache(ctx, opts, cacheDir)
	if err != nil {
		_ = os.RemoveAll(dataDir) // the start error is the one to report
		unlock()
		return nil, fmt.Errorf("testdb: private Postgres: %w", err)
	}
	return &cluster{dataDir: dataDir, server: server, unlock: unlock}, nil
}

// stop stops the server and removes its files.
func (c *cluster) stop(ctx context.Context) error {
	if err := c.server.Stop(ctx); err != nil {
		return fmt.Errorf("testdb: stop private Postgres (its files stay in %s): %w", c.dataDir, err)
	}
	err := os.RemoveAll(c.dataDir)
	c.unlock()
	if err != nil {
		return fmt.Errorf("testdb: remove private Postgres: %w", err)
	}
	return nil
}
