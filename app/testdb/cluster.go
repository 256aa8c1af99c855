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
}

// startCluster starts a throwaway cluster, from a copy of the cached initialised cluster in
// cacheDir when there is one (cacheDir "" disables the cache).
func startCluster(ctx context.Context, log *slog.Logger, cacheDir string) (*cluster, error) {
	dataDir, err := os.MkdirTemp("", "frontier-testdb-")
	if err != nil {
		return nil, fmt.Errorf("testdb: %w", err)
	}
	// When the tests run as root the server runs as another user, who must be able to enter.
	if err := os.Chmod(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("testdb: %w", err)
	}
	opts := pgserver.Options{DataDir: dataDir, Logger: log, Ephemeral: true}
	server, err := startFromCache(ctx, opts, cacheDir)
	if err != nil {
		_ = os.RemoveAll(dataDir) // the start error is the one to report
		return nil, fmt.Errorf("testdb: private Postgres: %w", err)
	}
	return &cluster{dataDir: dataDir, server: server}, nil
}

// stop stops the server and removes its files.
func (c *cluster) stop(ctx context.Context) error {
	if err := c.server.Stop(ctx); err != nil {
		return fmt.Errorf("testdb: stop private Postgres (its files stay in %s): %w", c.dataDir, err)
	}
	if err := os.RemoveAll(c.dataDir); err != nil {
		return fmt.Errorf("testdb: remove private Postgres: %w", err)
	}
	return nil
}
