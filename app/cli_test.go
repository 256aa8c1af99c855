package app_test

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/app"
	"github.com/frontierhq/frontier/app/apptest"
	"github.com/frontierhq/frontier/app/testdb"
)

func run(t *testing.T, env map[string]string, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := app.Run(context.Background(), args, func(k string) string { return env[k] }, &out)
	return out.String(), err
}

func TestCommands(t *testing.T) {
	if out, err := run(t, nil, "version"); err != nil || !strings.HasPrefix(out, "frontier ") {
		t.Errorf("version: %q %v", out, err)
	}
	out, err := run(t, nil, "help")
	if err != nil || !strings.Contains(out, "FRONTIER_SECRET_KEY_FILE") || !strings.Contains(out, "migrate") {
		t.Errorf("help: %v\n%s", err, out)
	}
	if _, err := run(t, nil, "frobnicate"); err == nil || !strings.Contains(err.Error(), "frontier help") {
		t.Errorf("unknown command: %v", err)
	}
	if _, err := run(t, map[string]string{"FRONTIER_LOG_FORMAT": "xml"}, "serve"); err == nil || !strings.Contains(err.Error(), "FRONTIER_LOG_FORMAT") {
		t.Errorf("bad configuration: %v", err)
	}
}

func TestMigrateAndUserCommands(t *testing.T) {
	env := map[string]string{"DATABASE_URL": testdb.URL(t), "FRONTIER_DATA_DIR": t.TempDir(), "FRONTIER_ADMIN_PASSWORD": "first-admin-pw", "FRONTIER_LOG_LEVEL": "error"}
	if out, err := run(t, env, "migrate"); err != nil || !strings.Contains(out, "migrations applied") {
		t.Fatalf("migrate: %q %v", out, err)
	}
	out, err := run(t, env, "user", "create", "--email", "marta@example.com", "--name", "Marta Díaz")
	if err != nil || !strings.Contains(out, "one-time password: ") {
		t.Fatalf("user create: %q %v", out, err)
	}
	if _, err := run(t, env, "user", "create", "--email", "marta@example.com", "--name", "Marta"); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("duplicate user: %v", err)
	}
	if _, err := run(t, env, "user", "create", "--email", "x@example.com"); err == nil || !strings.Contains(err.Error(), "--name") {
		t.Errorf("missing name: %v", err)
	}
	out, err = run(t, env, "user", "set-password", "--email", "marta@example.com")
	if err != nil {
		t.Fatal(err)
	}
	pw := strings.TrimSpace(out[strings.Index(out, "one-time password: ")+len("one-time password: "):])

	env["FRONTIER_ADMIN_PASSWORD"] = ""
	s := apptest.Start(t, env)
	b := s.Browser()
	b.Login("marta@example.com", pw)
	if res, _ := b.Get("/workspaces"); res.StatusCode != http.StatusOK {
		t.Errorf("new user's workspaces page: %d", res.StatusCode)
	}
}
