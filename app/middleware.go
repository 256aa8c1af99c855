package app

import (
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/frontierhq/frontier/app/admit"
	"github.com/frontierhq/frontier/app/session"
	"github.com/frontierhq/frontier/locales"
)

const (
	langCookie   = "frontier_lang"
	maxBodyBytes = "2M"
)

// contentSecurityPolicy allows no inline script and no framing; htmx and our own script are
// served from 'self'.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'"

func (a *App) useMiddleware(e *echo.Echo) {
	e.Use(
		middleware.RequestID(),
		a.accessLog,
		middleware.RecoverWithConfig(middleware.RecoverConfig{
			DisableErrorHandler: true,
			LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
				a.log.Error("panic", "err", err, "request_id", requestID(c), "stack", string(stack))
				return err
			},
		}),
		a.securityHeaders,
		middleware.BodyLimit(maxBodyBytes),
		a.localize,
		a.admit,
		middleware.GzipWithConfig(middleware.GzipConfig{
			// The fastest level: on a few kilobytes of JSON or HTML it saves nearly as many
			// bytes as the default at a fraction of the CPU.
			Level: 1,
			// A body that fits in one TCP segment (about 1,460 bytes) still travels as one
			// packet: compressing it saves nothing and costs CPU on both ends.
			MinLength: 1400,
			Skipper: func(c echo.Context) bool {
				return strings.Contains(c.Request().Header.Get(echo.HeaderAccept), "text/event-stream")
			},
		}),
	)
}

// admit queues the request for one of the gate's slots (see package admit) and holds it until
// the response is written. Static assets, health probes and event streams, which are cheap or
// long-lived, go straight through. A request that found no slot in time is answered 503 with
// a Retry-After.
func (a *App) admit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		if isAssetOrProbe(req.URL.Path) || strings.Contains(req.Header.Get(echo.HeaderAccept), "text/event-stream") {
			return next(c)
		}
		ctx, leave, err := a.gate.Enter(req.Context())
		if err != nil {
			if errors.Is(err, admit.ErrBusy) {
				c.Response().Header().Set("Retry-After", "1")
			}
			return err
		}
		defer leave()
		c.SetRequest(req.WithContext(ctx))
		return next(c)
	}
}

// isAssetOrProbe reports whether a path is a static asset or a health probe: public, cheap,
// and too frequent to log at info level.
func isAssetOrProbe(p string) bool {
	return strings.HasPrefix(p, "/static/") || p == "/healthz" || p == "/readyz"
}

// accessLog writes one line per request with its attributes grouped under "http".
func (a *App) accessLog(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		err := next(c)
		if err != nil {
			// Let the error handler write the response now, so the status logged is the real one.
			c.Error(err)
		}
		req, res := c.Request(), c.Response()
		level := slog.LevelInfo
		switch {
		case res.Status >= 500:
			level = slog.LevelError
		case isAssetOrProbe(req.URL.Path):
			level = slog.LevelDebug
		}
		a.log.LogAttrs(req.Context(), level, "request",
			slog.Group("http",
				slog.String("method", req.Method),
				slog.String("path", req.URL.Path),
				slog.Int("status", res.Status),
				slog.Int64("bytes", res.Size),
				slog.Duration("duration", time.Since(start)),
				slog.String("ip", c.RealIP()),
				slog.String("request_id", requestID(c)),
			),
		)
		return nil
	}
}

func (a *App) securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if session.IsHTTPS(c, a.cfg.TrustProxy) {
			h.Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
		}
		return next(c)
	}
}

// localize picks the UI language (the user's choice in a cookie, else Accept-Language) and
// puts its translator in the request context, where templates and error pages find it.
func (a *App) localize(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		var chosen string
		if ck, err := req.Cookie(langCookie); err == nil {
			chosen = ck.Value
		}
		lang := a.catalog.Match(chosen, req.Header.Get("Accept-Language"))
		c.Response().Header().Add("Vary", "Accept-Language, Cookie")
		c.SetRequest(req.WithContext(locales.WithTranslator(req.Context(), a.catalog.Translator(lang))))
		return next(c)
	}
}

// translator returns the request's translator.
func (a *App) translator(c echo.Context) *locales.Translator {
	if t := locales.FromContext(c.Request().Context()); t != nil {
		return t
	}
	return a.catalog.Translator("es")
}

// switchLanguage stores the chosen UI language in a cookie and goes back where the user was.
func (a *App) switchLanguage(c echo.Context) error {
	code := c.Param("code")
	known := false
	for _, l := range locales.Languages() {
		known = known || l.Code == code
	}
	if !known {
		return echo.ErrNotFound
	}
	c.SetCookie(&http.Cookie{
		Name: langCookie, Value: code, Path: "/", MaxAge: 365 * 24 * 3600,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: session.IsHTTPS(c, a.cfg.TrustProxy),
	})
	return c.Redirect(http.StatusSeeOther, localPath(c.QueryParam("next")))
}

// localPath keeps redirects on this site: anything but a plain absolute path becomes "/".
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") {
		return "/"
	}
	return p
}

func requestID(c echo.Context) string {
	return c.Response().Header().Get(echo.HeaderXRequestID)
}
