// Package pgserver runs Frontier's private Postgres cluster, used when DATABASE_URL is unset.
//
// The cluster lives in <data dir>/postgres and is created with initdb on first start. The server
// listens on a unix socket inside the cluster directory and on no TCP port, so it never clashes
// with another Postgres, and writes its log to <data dir>/postgres.log. When Frontier runs as
// root, the server runs as an unprivileged system user, because Postgres refuses root. The server
// is told to shut down when Frontier dies, even by SIGKILL, and a cluster left behind by a killed
// Frontier is recovered on the next start.
package pgserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// Options configure Start.
type Options struct {
	// DataDir is Frontier's data directory (FRONTIER_DATA_DIR); the cluster lives in
	// DataDir/postgres and the server log in DataDir/postgres.log. It is created if missing.
	DataDir string
	// Logger receives what pgserver does (not Postgres' own log). Nil discards.
	Logger *slog.Logger
	// BinDir holds the postgres and initdb programs; empty means FindBinaries, preferring the
	// installed version that matches an existing cluster.
	BinDir string
	// ServiceUser is the account the server runs as when Frontier runs as root. Empty means the
	// "postgres" user if it exists, else a "frontier" system user, created when missing.
	ServiceUser string
	// Ephemeral is for throwaway clusters (tests): fsync is off, so an operating system crash
	// may lose or corrupt data. Never set it for real data.
	Ephemeral bool
	// StartTimeout bounds the wait for the server to accept connections, crash recovery
	// included. Zero means two minutes.
	StartTimeout time.Duration

	// fallbackRoot and searchRoots replace defaultFallbackRoot and defaultSearchRoots in tests.
	fallbackRoot string
	searchRoots  []string
}

// Server is a running private Postgres server.
type Server struct {
	logger     *slog.Logger
	cluster    *cluster
	socketDir  string
	postmaster *child
	lock       *os.File // the data directory's lock, see lockDataDir
}

// Start starts the private Postgres server for opts.DataDir, creating the cluster and the
// DatabaseName database on first use, and returns once the server accepts connections. It
// returns an error wrapping ErrNoBinaries when Postgres is not installed.
func Start(ctx context.Context, opts Options) (*Server, error) {
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if opts.DataDir == "" {
		return nil, errors.New("pgserver: no data directory")
	}
	dataDir, err := filepath.Abs(opts.DataDir)
	if err != nil {
		return nil, fmt.Errorf("pgserver: data directory: %w", err)
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("pgserver: data directory: %w", err)
	}
	// Postgres processes are recognised by their working directory, which the kernel reports
	// with symlinks resolved.
	if dataDir, err = filepath.EvalSymlinks(dataDir); err != nil {
		return nil, fmt.Errorf("pgserver: data directory: %w", err)
	}
	lock, err := lockDataDir(dataDir)
	if err != nil {
		return nil, err
	}
	c, fresh, err := prepareCluster(ctx, opts, logger, dataDir)
	if err != nil {
		lock.Close()
		return nil, err
	}
	s, err := start(ctx, logger, c, fresh, opts.StartTimeout)
	if err != nil {
		c.log.Close()
		lock.Close()
		return nil, err
	}
	s.lock = lock
	logger.Info("pgserver: Postgres is ready", "version", c.version, "cluster", c.dir, "socket", s.socketDir, "pid", s.postmaster.pid())
	return s, nil
}

// prepareCluster settles who runs the server, where its cluster lives and which binaries serve
// it, and opens its log. fresh reports that the cluster does not exist yet.
func prepareCluster(ctx context.Context, opts Options, logger *slog.Logger, dataDir string) (c *cluster, fresh bool, err error) {
	var runAs *account
	if os.Geteuid() == 0 {
		if runAs, err = serviceAccount(ctx, opts.ServiceUser); err != nil {
			return nil, false, err
		}
	}
	fallbackRoot := opts.fallbackRoot
	if fallbackRoot == "" {
		fallbackRoot = defaultFallbackRoot
	}
	clusterDir, why, err := clusterLocation(dataDir, runAs, fallbackRoot)
	if err != nil {
		return nil, false, err
	}
	if why != "" {
		logger.Info("pgserver: " + why)
	}

	existingVersion, err := clusterVersion(clusterDir)
	if err != nil {
		return nil, false, err
	}
	binDir := opts.BinDir
	if binDir == "" {
		searchRoots := opts.searchRoots
		if searchRoots == nil {
			searchRoots = defaultSearchRoots
		}
		if binDir, err = findBinaries(os.Getenv("PATH"), searchRoots, existingVersion); err != nil {
			return nil, false, err
		}
	}
	version, err := MajorVersion(binDir)
	if err != nil {
		return nil, false, err
	}
	if existingVersion != "" && existingVersion != version {
		return nil, false, fmt.Errorf("pgserver: the cluster in %s was made by Postgres %s but %s holds Postgres %s: install Postgres %s or upgrade the cluster with pg_upgrade",
			clusterDir, existingVersion, binDir, version, existingVersion)
	}

	log, err := openLog(filepath.Join(dataDir, "postgres.log"))
	if err != nil {
		return nil, false, err
	}
	c = &cluster{dir: clusterDir, binDir: binDir, version: version, runAs: runAs, log: log, noFsync: opts.Ephemeral}
	return c, existingVersion == "", nil
}

// start brings the cluster up: recovery from an unclean end, initdb when fresh, then the server.
func start(ctx context.Context, logger *slog.Logger, c *cluster, fresh bool, timeout time.Duration) (*Server, error) {
	if fresh {
		logger.Info("pgserver: creating the Postgres cluster", "dir", c.dir)
		if err := c.initialise(); err != nil {
			return nil, err
		}
	} else {
		if err := recoverCluster(ctx, logger, c.dir, shutdownSteps); err != nil {
			return nil, err
		}
		if err := c.makeOwnedDir(c.dir); err != nil {
			return nil, err
		}
		if c.runAs != nil {
			if err := c.runAs.chownTree(c.dir); err != nil {
				return nil, err
			}
		}
	}
	socketDir, short, err := socketDirectory(c.dir, c.runAs)
	if err != nil {
		return nil, err
	}
	if short {
		logger.Info("pgserver: the cluster path is too long for a unix socket, so the socket lives in a private directory", "socket_dir", socketDir)
	}
	postmaster, err := startChild(c.command("postgres", c.serverArgs(socketDir)...), syscall.SIGINT)
	if err != nil {
		return nil, err
	}
	s := &Server{logger: logger, cluster: c, socketDir: socketDir, postmaster: postmaster}
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	if err := s.waitReady(ctx, timeout); err != nil {
		_ = s.stop(context.WithoutCancel(ctx)) // the start error is the one worth reporting
		return nil, err
	}
	if err := s.ensureDatabase(ctx, DatabaseName); err != nil {
		_ = s.stop(context.WithoutCancel(ctx))
		return nil, err
	}
	return s, nil
}

// URL returns a pgx connection URL for database on this server, over its unix socket, as the
// Superuser role.
func (s *Server) URL(database string) string {
	u := url.URL{
		Scheme:   "postgres",
		User:     url.User(Superuser),
		Path:     "/" + database,
		RawQuery: url.Values{"host": {s.socketDir}, "sslmode": {"disable"}}.Encode(),
	}
	return u.String()
}

// Done is closed when the server process has exited, whether through Stop or on its own.
func (s *Server) Done() <-chan struct{} {
	return s.postmaster.exited
}

// Stop shuts the server down and waits for it to exit: a fast shutdown (open transactions
// roll back, a checkpoint is written), escalating to an immediate shutdown and then SIGKILL when
// it takes too long or ctx ends. It is safe to call more than once.
func (s *Server) Stop(ctx context.Context) error {
	err := s.stop(ctx)
	if err == nil {
		s.logger.Info("pgserver: Postgres stopped", "cluster", s.cluster.dir)
	}
	return err
}

func (s *Server) stop(ctx context.Context) error {
	if err := shutdown(ctx, s.postmaster.signal, s.postmaster.exited, shutdownSteps); err != nil {
		return err
	}
	if s.socketDir != s.cluster.dir {
		_ = os.Remove(s.socketDir) // empty once Postgres is gone; the next start recreates it anyway
	}
	if s.lock != nil {
		s.lock.Close() // releases the lock; a second Stop finds it closed
	}
	if err := s.cluster.log.Close(); err != nil && !errors.Is(err, os.ErrClosed) {
		return fmt.Errorf("pgserver: close log: %w", err)
	}
	return nil
}

// waitReady polls the server until it accepts a connection, failing early with Postgres' own
// words when the server exits.
func (s *Server) waitReady(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		attemptCtx, cancelAttempt := context.WithTimeout(ctx, 2*time.Second)
		conn, err := pgx.Connect(attemptCtx, s.URL("postgres"))
		cancelAttempt()
		if err == nil {
			return conn.Close(ctx)
		}
		select {
		case <-s.postmaster.exited:
			return fmt.Errorf("pgserver: postgres exited while starting (%v)\n%s", s.postmaster.err, logTail(s.cluster.log.Name()))
		case <-ctx.Done():
			return fmt.Errorf("pgserver: postgres not ready after %s: %w\n%s", timeout, err, logTail(s.cluster.log.Name()))
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// ensureDatabase creates database unless it exists.
func (s *Server) ensureDatabase(ctx context.Context, database string) error {
	conn, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return fmt.Errorf("pgserver: connect: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", database).Scan(&exists); err != nil {
		return fmt.Errorf("pgserver: look up database %s: %w", database, err)
	}
	if exists {
		return nil
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{database}.Sanitize()); err != nil {
		return fmt.Errorf("pgserver: create database %s: %w", database, err)
	}
	s.logger.Info("pgserver: created database", "database", database)
	return nil
}
