// Package config reads Frontier's configuration from the environment and validates it.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strings"
)

// Config is Frontier's validated configuration. It is built once by Load and passed down
// explicitly; nothing reads the environment after start.
type Config struct {
	// Addr is the HTTP listen address.
	Addr string
	// DatabaseURL points at an external Postgres; empty means Frontier runs its own cluster.
	DatabaseURL string
	// DataDir holds the private Postgres cluster, the generated secret key and other state.
	DataDir string
	// SecretKey signs and encrypts; empty means "generate one and keep it in DataDir".
	SecretKey string
	// LogFormat is "text" or "json".
	LogFormat string
	// LogLevel is the minimum level logged.
	LogLevel slog.Level
	// AdminEmail and AdminPassword create the platform admin on first start.
	AdminEmail    string
	AdminPassword string
	// TrustProxy makes Frontier believe X-Forwarded-Proto/For from a reverse proxy.
	TrustProxy bool
	// Getenv gives modules access to their own variables (LLM providers) without a global.
	Getenv func(string) string
}

// Var documents one environment variable for `frontier help` and the README.
type Var struct {
	Name    string
	Default string
	Secret  bool // also read from NAME_FILE
	Help    string
}

// Vars lists every variable Frontier reads, in the order `frontier help` shows them.
func Vars() []Var {
	return []Var{
		{Name: "FRONTIER_ADDR", Default: ":8080", Help: "HTTP listen address"},
		{Name: "DATABASE_URL", Secret: true, Help: "external Postgres URL; unset = Frontier runs its own Postgres in the data dir"},
		{Name: "FRONTIER_DATA_DIR", Default: "./data", Help: "private Postgres cluster, generated secret key and other state"},
		{Name: "FRONTIER_SECRET_KEY", Secret: true, Help: "secret for sessions and encryption (32+ characters); unset = generated once and kept in the data dir"},
		{Name: "FRONTIER_LOG_FORMAT", Default: "text", Help: "log format: text or json"},
		{Name: "FRONTIER_LOG_LEVEL", Default: "info", Help: "minimum log level: debug, info, warn or error"},
		{Name: "FRONTIER_ADMIN_EMAIL", Default: "admin@localhost", Help: "email of the platform admin created on first start"},
		{Name: "FRONTIER_ADMIN_PASSWORD", Secret: true, Help: "password of that admin; unset = generated and printed once"},
		{Name: "FRONTIER_TRUST_PROXY", Default: "false", Help: "trust X-Forwarded-* headers from a reverse proxy (secure cookies behind TLS termination)"},
		{Name: "OPENAI_API_KEY", Secret: true, Help: "enables the OpenAI provider (or any OpenAI-compatible server)"},
		{Name: "OPENAI_BASE_URL", Help: "base URL of an OpenAI-compatible API"},
		{Name: "OPENAI_MODEL", Help: "OpenAI model name"},
		{Name: "ANTHROPIC_API_KEY", Secret: true, Help: "enables the Anthropic (Claude) provider"},
		{Name: "ANTHROPIC_BASE_URL", Help: "base URL of the Anthropic API"},
		{Name: "ANTHROPIC_MODEL", Help: "Anthropic model name"},
		{Name: "OLLAMA_HOST", Help: "enables the self-hosted model through Ollama, e.g. http://127.0.0.1:11434"},
		{Name: "OLLAMA_MODEL", Help: "Ollama model name"},
	}
}

// Load reads and validates the configuration. Every problem is reported, one per line.
func Load(getenv func(string) string) (Config, error) {
	env := reader{getenv: getenv}
	cfg := Config{
		Addr:          env.str("FRONTIER_ADDR", ":8080"),
		DatabaseURL:   env.secret("DATABASE_URL"),
		DataDir:       env.str("FRONTIER_DATA_DIR", "./data"),
		SecretKey:     env.secret("FRONTIER_SECRET_KEY"),
		LogFormat:     strings.ToLower(env.str("FRONTIER_LOG_FORMAT", "text")),
		AdminEmail:    strings.TrimSpace(env.str("FRONTIER_ADMIN_EMAIL", "admin@localhost")),
		AdminPassword: env.secret("FRONTIER_ADMIN_PASSWORD"),
		Getenv:        env.resolved,
	}
	cfg.TrustProxy = env.boolean("FRONTIER_TRUST_PROXY")
	cfg.LogLevel = env.level("FRONTIER_LOG_LEVEL")

	if _, port, err := net.SplitHostPort(cfg.Addr); err != nil || port == "" {
		env.fail("FRONTIER_ADDR %q is not a listen address such as :8080 or 127.0.0.1:8080", cfg.Addr)
	}
	if cfg.DatabaseURL != "" {
		if err := checkDatabaseURL(cfg.DatabaseURL); err != nil {
			env.fail("DATABASE_URL: %v", err)
		}
	}
	if strings.TrimSpace(cfg.DataDir) == "" {
		env.fail("FRONTIER_DATA_DIR must not be empty")
	}
	if cfg.SecretKey != "" && len(cfg.SecretKey) < 32 {
		env.fail("FRONTIER_SECRET_KEY must be at least 32 characters (it is %d)", len(cfg.SecretKey))
	}
	if cfg.LogFormat != "text" && cfg.LogFormat != "json" {
		env.fail("FRONTIER_LOG_FORMAT must be text or json, not %q", cfg.LogFormat)
	}
	if !strings.Contains(cfg.AdminEmail, "@") {
		env.fail("FRONTIER_ADMIN_EMAIL %q is not an email address", cfg.AdminEmail)
	}
	if cfg.AdminPassword != "" && len([]rune(cfg.AdminPassword)) < 10 {
		env.fail("FRONTIER_ADMIN_PASSWORD must be at least 10 characters")
	}
	if len(env.problems) > 0 {
		return Config{}, errors.Join(env.problems...)
	}
	return cfg, nil
}

func checkDatabaseURL(raw string) error {
	if !strings.Contains(raw, "://") {
		// A libpq keyword/value string such as "host=/run/pg dbname=frontier".
		if !strings.Contains(raw, "=") {
			return errors.New("not a postgres:// URL or key=value connection string")
		}
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("not a valid URL")
	}
	if u.Scheme != "postgres" && u.Scheme != "postgresql" {
		return fmt.Errorf("scheme %q, want postgres://", u.Scheme)
	}
	return nil
}

// reader collects problems while reading variables, so Load reports all of them at once.
type reader struct {
	getenv   func(string) string
	problems []error
}

func (r *reader) fail(format string, args ...any) {
	r.problems = append(r.problems, fmt.Errorf(format, args...))
}

func (r *reader) str(name, def string) string {
	if v := r.getenv(name); v != "" {
		return v
	}
	return def
}

// secret reads NAME, or the contents of the file named by NAME_FILE (trailing newline trimmed).
func (r *reader) secret(name string) string {
	v, file := r.getenv(name), r.getenv(name+"_FILE")
	if v != "" && file != "" {
		r.fail("%s and %s_FILE are both set; keep one", name, name)
		return v
	}
	if file == "" {
		return v
	}
	b, err := os.ReadFile(file)
	if err != nil {
		r.fail("%s_FILE: %v", name, err)
		return ""
	}
	return strings.TrimRight(string(b), "\r\n")
}

// resolved is the getenv handed to modules: it sees *_FILE secrets as if they were set directly.
func (r *reader) resolved(name string) string {
	if v := r.getenv(name); v != "" {
		return v
	}
	if file := r.getenv(name + "_FILE"); file != "" {
		if b, err := os.ReadFile(file); err == nil {
			return strings.TrimRight(string(b), "\r\n")
		}
	}
	return ""
}

func (r *reader) boolean(name string) bool {
	switch strings.ToLower(r.getenv(name)) {
	case "", "0", "false", "no", "off":
		return false
	case "1", "true", "yes", "on":
		return true
	default:
		r.fail("%s must be true or false, not %q", name, r.getenv(name))
		return false
	}
}

func (r *reader) level(name string) slog.Level {
	var l slog.Level
	v := r.str(name, "info")
	if err := l.UnmarshalText([]byte(v)); err != nil {
		r.fail("%s must be debug, info, warn or error, not %q", name, v)
	}
	return l
}

// Help is the text of `frontier help`.
func Help() string {
	var b strings.Builder
	b.WriteString(`Frontier — marketing copy for Latin America.

Usage:
  frontier [command]

Commands:
  serve      run the web server (default)
  migrate    apply database migrations and exit
  user       manage users: user create --email E --name N [--admin] | user set-password --email E
  version    print the version
  help       show this help

Environment:
`)
	for _, v := range Vars() {
		line := "  " + v.Name
		if v.Secret {
			line += " (or " + v.Name + "_FILE)"
		}
		fmt.Fprintf(&b, "%-50s %s", line, v.Help)
		if v.Default != "" {
			fmt.Fprintf(&b, " [default %s]", v.Default)
		}
		b.WriteString("\n")
	}
	return b.String()
}
