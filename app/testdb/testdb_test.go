package testdb

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/frontierhq/frontier/migrations"
	"github.com/jackc/pgx/v5/pgconn"
)

func TestMain(m *testing.M) { Main(m) }

// latestMigration is the highest goose version among the migration files.
func latestMigration(t *testing.T) int64 {
	t.Helper()
	entries, err := migrations.FS.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var latest int64
	for _, e := range entries {
		var v int64
		for _, r := range e.Name() {
			if r < '0' || r > '9' {
				break
			}
			v = v*10 + int64(r-'0')
		}
		latest = max(latest, v)
	}
	return latest
}

func TestEachTestGetsItsOwnMigratedDatabase(t *testing.T) {
	ctx := t.Context()
	first, second := New(t), New(t)

	names := map[string]bool{}
	for _, db := range []*sql.DB{first, second} {
		var name string
		var version int64
		if err := db.QueryRowContext(ctx, "SELECT current_database(), (SELECT max(version_id) FROM goose_db_version)").Scan(&name, &version); err != nil {
			t.Fatalf("query: %v", err)
		}
		if want := latestMigration(t); version != want {
			t.Errorf("database %s is at migration %d, want %d", name, version, want)
		}
		names[name] = true
	}
	if len(names) != 2 {
		t.Fatalf("both got database %v", names)
	}

	if _, err := first.ExecContext(ctx, "CREATE TABLE scratch (n int); INSERT INTO scratch VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	var exists bool
	if err := second.QueryRowContext(ctx, "SELECT to_regclass('scratch') IS NOT NULL").Scan(&exists); err != nil {
		t.Fatal(err)
	}
	if exists {
		t.Error("a table made in one test database shows up in the other")
	}
}

func TestConnectionsAreNotSuperuser(t *testing.T) {
	var user string
	var super bool
	if err := New(t).QueryRowContext(t.Context(), "SELECT current_user, usesuper FROM pg_user WHERE usename = current_user").Scan(&user, &super); err != nil {
		t.Fatal(err)
	}
	if user != Role || super {
		t.Errorf("connected as %s (superuser %v), want %s without superuser rights", user, super, Role)
	}
}

func TestGorm(t *testing.T) {
	db := Gorm(t)
	var tables int64
	if err := db.Raw("SELECT count(*) FROM information_schema.tables WHERE table_name = 'goose_db_version'").Scan(&tables).Error; err != nil {
		t.Fatal(err)
	}
	if tables != 1 {
		t.Errorf("goose_db_version tables: %d", tables)
	}
}

func TestDatabaseOfPassedTestIsDropped(t *testing.T) {
	var name string
	t.Run("passing", func(t *testing.T) {
		if err := New(t).QueryRowContext(t.Context(), "SELECT current_database()").Scan(&name); err != nil {
			t.Fatal(err)
		}
	})
	admin := adminDB(t)
	var exists bool
	if err := admin.QueryRowContext(t.Context(), "SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		t.Fatal(err)
	}
	if exists {
		t.Errorf("database %s remains after its test passed", name)
	}
}

func adminDB(t *testing.T) *sql.DB {
	t.Helper()
	url, err := serverURL()
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestHashFollowsMigrationFiles(t *testing.T) {
	base := fstest.MapFS{
		"00001_init.sql": {Data: []byte("-- +goose Up\nCREATE TABLE a (n int);\n")},
		"00002_more.sql": {Data: []byte("-- +goose Up\nCREATE TABLE b (n int);\n")},
	}
	hash := func(fsys fstest.MapFS) string {
		h, err := hashFiles(fsys)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	edited := maps(base)
	edited["00002_more.sql"] = &fstest.MapFile{Data: []byte("-- +goose Up\nCREATE TABLE b (n bigint);\n")}
	added := maps(base)
	added["00003_extra.sql"] = &fstest.MapFile{Data: []byte("-- +goose Up\nSELECT 1;\n")}
	renamed := fstest.MapFS{
		"00001_init.sql": base["00001_init.sql"],
		"00003_more.sql": base["00002_more.sql"],
	}

	if hash(base) != hash(maps(base)) {
		t.Error("the same files hash differently")
	}
	for name, changed := range map[string]fstest.MapFS{"edited": edited, "added": added, "renamed": renamed} {
		if hash(changed) == hash(base) {
			t.Errorf("%s migration: hash unchanged", name)
		}
	}
}

func maps(fsys fstest.MapFS) fstest.MapFS {
	clone := fstest.MapFS{}
	for k, v := range fsys {
		clone[k] = v
	}
	return clone
}

func TestConfigFromURL(t *testing.T) {
	tests := []string{
		"postgres://app:s3cret@db.internal:5433/frontier?sslmode=require",
		"postgres://app:p%40ss%2Fw%3Ard@localhost/frontier?sslmode=disable",
		"postgresql://frontier@/postgres?host=%2Ftmp%2Fpg&sslmode=disable",
		"postgres://u@[::1]:5432/x?sslmode=disable",
	}
	for _, url := range tests {
		conf, err := configFromURL(url)
		if err != nil {
			t.Errorf("configFromURL(%q): %v", url, err)
			continue
		}
		// pgtestdb builds its URLs from the config: they must reach the same server as the
		// original, as the same user.
		want, err := pgconn.ParseConfig(url)
		if err != nil {
			t.Fatal(err)
		}
		got, err := pgconn.ParseConfig(conf.URL())
		if err != nil {
			t.Errorf("configFromURL(%q) gives the unparsable %q: %v", url, conf.URL(), err)
			continue
		}
		if got.Host != want.Host || got.Port != want.Port || got.User != want.User || got.Password != want.Password ||
			got.Database != want.Database || (got.TLSConfig == nil) != (want.TLSConfig == nil) {
			t.Errorf("configFromURL(%q) connects to %s:%d as %s:%s db %s (TLS %v)", url,
				got.Host, got.Port, got.User, got.Password, got.Database, got.TLSConfig != nil)
		}
	}
	for _, bad := range []string{"host=localhost user=app password=secret", "mysql://app:secret@localhost/x"} {
		_, err := configFromURL(bad)
		if err == nil || strings.Contains(err.Error(), "secret") {
			t.Errorf("configFromURL(%q) = %v, want an error that does not show the password", bad, err)
		}
	}
}

func TestClusterStartsFromCache(t *testing.T) {
	cacheDir := t.TempDir()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	for _, run := range []string{"fills the cache", "starts from the cache"} {
		c, err := startCluster(t.Context(), log, cacheDir)
		if err != nil {
			t.Fatalf("%s: %v", run, err)
		}
		var one int
		err = adminConn(t, c).QueryRowContext(t.Context(), "SELECT 1").Scan(&one)
		if stopErr := c.stop(context.Background()); stopErr != nil {
			t.Fatalf("%s: stop: %v", run, stopErr)
		}
		if err != nil {
			t.Fatalf("%s: query: %v", run, err)
		}
		if _, err := os.Stat(c.dataDir); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: data dir %s remains after stop", run, c.dataDir)
		}
		entries, _ := filepath.Glob(filepath.Join(cacheDir, "testdb-pg*-v"+cacheFormat, "PG_VERSION"))
		if len(entries) != 1 {
			t.Errorf("%s: cache entries %v", run, entries)
		}
	}
}

func adminConn(t *testing.T, c *cluster) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", c.server.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkStartCluster shows what the cluster cache saves each test binary.
func BenchmarkStartCluster(b *testing.B) {
	log := slog.New(slog.DiscardHandler)
	for _, bc := range []struct {
		name     string
		cacheDir string
	}{{"initdb", ""}, {"cached", b.TempDir()}} {
		b.Run(bc.name, func(b *testing.B) {
			if bc.cacheDir != "" {
				fill, err := startCluster(b.Context(), log, bc.cacheDir)
				if err != nil {
					b.Fatal(err)
				}
				if err := fill.stop(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
			for b.Loop() {
				c, err := startCluster(b.Context(), log, bc.cacheDir)
				if err != nil {
					b.Fatal(err)
				}
				if err := c.stop(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
