// Package testdb gives every test its own fully migrated Postgres database.
//
// Each call to URL, New or Gorm creates a fresh database cloned from a template database that
// holds every migration in package migrations; the template is built once per set of migration
// files (it is named after their hash, so changing a migration builds a new one). A database is
// dropped when its test passes and kept when it fails, so it can be inspected: the test log
// shows its URL. A private cluster (below) is deleted whole when its test binary ends, so to
// inspect a failed test's database, run the tests with DATABASE_URL set.
//
// With DATABASE_URL set, the databases are made on that server, and test binaries running at the
// same time share it safely (template creation takes an advisory lock). Otherwise every test
// binary runs a throwaway private cluster of its own (package pgserver), which needs a TestMain
// in each package that uses testdb:
//
//	func TestMain(m *testing.M) { testdb.Main(m) }
//
// Test databases belong to a role without superuser rights (Role), as an application's own
// database would.
package testdb

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/peterldowns/pgtestdb"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Role owns every test database and is the user test connections log in as.
const Role = "frontier_test"

// private is the throwaway cluster of this test binary. The testing package calls TestMain and
// the tests without arguments of ours, so a package variable is the only way to share it; Main
// sets mainRunning before any test runs, and the cluster starts on first use so that a package
// whose selected tests need no database never starts one.
var private struct {
	mainRunning bool
	once        sync.Once
	cluster     *cluster
	err         error
}

// Main runs the tests of a package, then stops the private cluster if a test started one. Call it
// from TestMain in every package that uses testdb:
//
//	func TestMain(m *testing.M) { testdb.Main(m) }
func Main(m *testing.M) {
	private.mainRunning = true
	code := m.Run()
	if private.cluster == nil {
		return
	}
	if err := private.cluster.stop(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		if code == 0 {
			os.Exit(1)
		}
	}
}

// URL creates a fresh migrated database for t and returns a pgx connection URL to it. The
// database is dropped when t passes, after every connection to it is closed.
func URL(t testing.TB) string {
	t.Helper()
	serverURL, err := serverURL()
	if err != nil {
		t.Fatalf("%v", err)
	}
	conf, err := configFromURL(serverURL)
	if err != nil {
		t.Fatalf("%v", err)
	}
	return pgtestdb.Custom(t, conf, migrator{}).URL()
}

// New returns a connection pool to a fresh migrated database for t, closed when t ends.
func New(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", URL(t))
	if err != nil {
		t.Fatalf("testdb: open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Gorm returns a gorm handle on a fresh migrated database for t, closed when t ends. Without
// options gorm logs nothing; pass a *gorm.Config to choose.
func Gorm(t testing.TB, opts ...gorm.Option) *gorm.DB {
	t.Helper()
	if len(opts) == 0 {
		opts = []gorm.Option{&gorm.Config{Logger: logger.Discard}}
	}
	db, err := gorm.Open(postgres.Open(URL(t)), opts...)
	if err != nil {
		t.Fatalf("testdb: gorm: %v", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		t.Fatalf("testdb: gorm: %v", err)
	}
	t.Cleanup(func() { sqlDB.Close() })
	return db
}

// serverURL returns an administrative URL for the server test databases are made on:
// DATABASE_URL, or this binary's private cluster, started on first use.
func serverURL() (string, error) {
	if url := os.Getenv("DATABASE_URL"); url != "" {
		return url, nil
	}
	if !private.mainRunning {
		return "", fmt.Errorf("testdb: DATABASE_URL is unset, so this package needs a private Postgres: add\n\tfunc TestMain(m *testing.M) { testdb.Main(m) }")
	}
	private.once.Do(func() {
		log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
		private.cluster, private.err = startCluster(context.Background(), log, templateCacheDir())
	})
	if private.err != nil {
		return "", private.err
	}
	return private.cluster.server.URL("postgres"), nil
}
