// Package session keeps browser sessions in Postgres with scs. The cookie gets the Secure flag
// when the request came over TLS (directly or, with FRONTIER_TRUST_PROXY, through a proxy).
package session

import (
	"context"
	"database/sql"
	"net/http"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/v2"
	"github.com/labstack/echo/v4"
)

// Timeouts of a browser session.
const (
	IdleTimeout = 2 * time.Hour
	Lifetime    = 12 * time.Hour
	cookieName  = "frontier_session"
)

// Manager loads and saves sessions. It holds two scs managers on one store that differ only in
// the cookie's Secure flag, because scs fixes the flag per manager, not per request.
type Manager struct {
	store      *postgresstore.PostgresStore
	secure     *scs.SessionManager
	plain      *scs.SessionManager
	trustProxy bool
}

// New makes a manager on the sessions table. With trustProxy, a request that a reverse proxy
// says came over HTTPS (X-Forwarded-Proto) gets a Secure cookie too.
func New(db *sql.DB, trustProxy bool) *Manager {
	store := postgresstore.NewWithCleanupInterval(db, 10*time.Minute)
	mk := func(secure bool) *scs.SessionManager {
		sm := scs.New()
		sm.Store = store
		sm.IdleTimeout = IdleTimeout
		sm.Lifetime = Lifetime
		sm.Cookie.Name = cookieName
		sm.Cookie.HttpOnly = true
		sm.Cookie.SameSite = http.SameSiteLaxMode
		sm.Cookie.Path = "/"
		sm.Cookie.Secure = secure
		return sm
	}
	return &Manager{store: store, secure: mk(true), plain: mk(false), trustProxy: trustProxy}
}

// Close stops the expired-session cleanup.
func (m *Manager) Close() { m.store.StopCleanup() }

func (m *Manager) pick(c echo.Context) *scs.SessionManager {
	if IsHTTPS(c, m.trustProxy) {
		return m.secure
	}
	return m.plain
}

// Secure reports whether cookies set on this request must carry the Secure flag.
func (m *Manager) Secure(c echo.Context) bool { return IsHTTPS(c, m.trustProxy) }

// IsHTTPS reports whether the request came over TLS, directly or, when the proxy is trusted,
// as the proxy says. echo's own Scheme() believes the header from anyone.
func IsHTTPS(c echo.Context, trustProxy bool) bool {
	if c.Request().TLS != nil {
		return true
	}
	return trustProxy && c.Request().Header.Get(echo.HeaderXForwardedProto) == "https"
}

// Middleware loads the session before the handler and saves it before the first byte of the
// response. Errors are rendered inside, so the session is saved with the error page too.
func (m *Manager) Middleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		m.pick(c).LoadAndSave(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			c.SetRequest(r)
			c.Response().Writer = w
			if err := next(c); err != nil {
				c.Error(err)
			}
		})).ServeHTTP(c.Response().Writer, c.Request())
		return nil
	}
}

func ctx(c echo.Context) context.Context { return c.Request().Context() }

// Renew issues a new session token, keeping the data (call it at login: no fixation).
func (m *Manager) Renew(c echo.Context) error { return m.pick(c).RenewToken(ctx(c)) }

// Destroy ends the session.
func (m *Manager) Destroy(c echo.Context) error { return m.pick(c).Destroy(ctx(c)) }

// Put stores a value.
func (m *Manager) Put(c echo.Context, key string, v any) { m.pick(c).Put(ctx(c), key, v) }

// String reads a string value.
func (m *Manager) String(c echo.Context, key string) string { return m.pick(c).GetString(ctx(c), key) }

// PopString reads and removes a string value (flash messages).
func (m *Manager) PopString(c echo.Context, key string) string {
	return m.pick(c).PopString(ctx(c), key)
}

// Token is the current session token ("" before the first save), for tests and logs.
func (m *Manager) Token(c echo.Context) string { return m.pick(c).Token(ctx(c)) }
