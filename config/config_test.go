package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoadDefaults(t *testing.T) {
	cfg, err := Load(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != ":8080" || cfg.DataDir != "./data" || cfg.LogFormat != "text" || cfg.DatabaseURL != "" {
		t.Errorf("defaults = %+v", cfg)
	}
}

func TestLoadReportsEveryProblemOnItsOwnLine(t *testing.T) {
	_, err := Load(env(map[string]string{
		"FRONTIER_ADDR":           "nonsense",
		"FRONTIER_LOG_FORMAT":     "xml",
		"FRONTIER_SECRET_KEY":     "short",
		"DATABASE_URL":            "mysql://x",
		"FRONTIER_TRUST_PROXY":    "maybe",
		"FRONTIER_ADMIN_PASSWORD": "123",
	}))
	if err == nil {
		t.Fatal("bad configuration accepted")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 6 {
		t.Fatalf("want 6 problems, one per line, got %d:\n%v", len(lines), err)
	}
	for _, want := range []string{"FRONTIER_ADDR", "FRONTIER_LOG_FORMAT", "FRONTIER_SECRET_KEY", "DATABASE_URL", "FRONTIER_TRUST_PROXY", "FRONTIER_ADMIN_PASSWORD"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("no line names %s:\n%v", want, err)
		}
	}
}

func TestSecretsFromFiles(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(strings.Repeat("k", 40)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(env(map[string]string{"FRONTIER_SECRET_KEY_FILE": keyFile, "OPENAI_API_KEY_FILE": keyFile}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.SecretKey != strings.Repeat("k", 40) {
		t.Errorf("secret from file = %q", cfg.SecretKey)
	}
	if got := cfg.Getenv("OPENAI_API_KEY"); got != strings.Repeat("k", 40) {
		t.Errorf("modules see OPENAI_API_KEY = %q through the _FILE variant", got)
	}

	_, err = Load(env(map[string]string{"FRONTIER_SECRET_KEY_FILE": filepath.Join(dir, "missing")}))
	if err == nil || !strings.Contains(err.Error(), "FRONTIER_SECRET_KEY_FILE") {
		t.Errorf("missing secret file: err = %v", err)
	}
	_, err = Load(env(map[string]string{"FRONTIER_SECRET_KEY": strings.Repeat("a", 32), "FRONTIER_SECRET_KEY_FILE": keyFile}))
	if err == nil {
		t.Error("both a variable and its _FILE accepted")
	}
}

func TestDatabaseURLForms(t *testing.T) {
	for _, ok := range []string{"postgres://u:p@127.0.0.1:5432/db", "postgresql:///db?host=/run/pg", "host=/tmp dbname=x"} {
		if _, err := Load(env(map[string]string{"DATABASE_URL": ok})); err != nil {
			t.Errorf("%q rejected: %v", ok, err)
		}
	}
}

func TestHelpListsEveryVariable(t *testing.T) {
	h := Help()
	for _, v := range Vars() {
		if !strings.Contains(h, v.Name) {
			t.Errorf("help does not list %s", v.Name)
		}
	}
}
