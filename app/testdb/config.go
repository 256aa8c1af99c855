package testdb

import (
	"errors"
	"net/url"
	"strings"

	"github.com/peterldowns/pgtestdb"
)

// configFromURL turns a postgres:// URL into the pgtestdb configuration for that server. pgtestdb
// pastes its fields into a URL unescaped, so the user and password go in already escaped and an
// IPv6 host keeps its brackets; query parameters (host=/socket/dir, sslmode...) pass through.
func configFromURL(rawURL string) (pgtestdb.Config, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		// The value is not quoted: it may hold a password.
		return pgtestdb.Config{}, errors.New("testdb: DATABASE_URL must be a postgres:// URL")
	}
	conf := pgtestdb.Config{
		DriverName: "pgx",
		Host:       u.Hostname(),
		Port:       u.Port(),
		Database:   strings.TrimPrefix(u.Path, "/"),
		Options:    u.RawQuery,
		TestRole: &pgtestdb.Role{
			Username:     Role,
			Password:     Role,
			Capabilities: "NOSUPERUSER NOCREATEDB NOCREATEROLE",
		},
		// Connections a test leaves open (a server still shutting down, a leaked pool) must not
		// stop its database from being dropped.
		ForceTerminateConnections: true,
	}
	if strings.Contains(conf.Host, ":") {
		conf.Host = "[" + conf.Host + "]"
	}
	if u.User != nil {
		conf.User = url.User(u.User.Username()).String()
		if password, ok := u.User.Password(); ok {
			conf.Password = strings.TrimPrefix(url.UserPassword("", password).String(), ":")
		}
	}
	if conf.Database == "" {
		conf.Database = "postgres"
	}
	return conf, nil
}
