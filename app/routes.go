package app

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/app/route"
	"github.com/frontierhq/frontier/modules/auth"
	"github.com/frontierhq/frontier/modules/culture"
	"github.com/frontierhq/frontier/modules/generation"
)

const csrfContextKey = "csrf"

// errCSRF is a state-changing browser request without a valid CSRF token.
var errCSRF = fmt.Errorf("%w: missing or invalid CSRF token", echo.ErrForbidden)

// routes is Frontier's whole HTTP surface: each line states who may call it.
func (a *App) routes(authH *auth.Handler, genH *generation.Handler, cultureH *culture.Handler) *route.Table {
	t := &route.Table{}
	t.GET("/api/v1/health", a.health, route.Public)
	t.GET("/healthz", a.liveness, route.Public)
	t.GET("/readyz", a.readiness, route.Public)
	t.GET("/lang/:code", a.switchLanguage, route.Public)
	t.GET("/", a.showHome, route.SignedIn)

	auth.Register(t, authH)
	generation.Register(t, genH)
	culture.Register(t, cultureH)

	t.GET("/compliance", a.showUpcoming("compliance"), route.Need("compliance", "manage"))
	t.GET("/analytics", a.showUpcoming("analytics"), route.Need("analytics", "read"))
	t.GET("/admin", a.redirect("/admin/users"), route.Need("users", "manage"))
	return t
}

// mountRoutes registers the table on echo. Browser routes get the session, CSRF protection and
// the signed-in user; API routes get bearer-token identity; every route then its permission.
func (a *App) mountRoutes(e *echo.Echo) error {
	e.GET("/static/*", echo.WrapHandler(a.assets))
	authH := auth.NewHandler(a.auth, a.sessions, renderer{a}, a.log)
	genH := generation.NewHandler(a.generation, renderer{a}, a.workspaceAccess, a.log)
	cultureH := culture.NewHandler(a.culture, renderer{a}, a.auth, a.catalog, a.log)
	browser := func(c echo.Context) bool {
		p := c.Request().URL.Path
		return !strings.HasPrefix(p, "/api/") && !isAssetOrProbe(p)
	}
	e.Use(
		skipUnless(browser, a.sessions.Middleware),
		middleware.CSRFWithConfig(middleware.CSRFConfig{
			Skipper:        func(c echo.Context) bool { return !browser(c) },
			TokenLookup:    "header:X-CSRF-Token,form:_csrf",
			CookieName:     "frontier_csrf",
			CookiePath:     "/",
			CookieHTTPOnly: true,
			CookieSameSite: http.SameSiteStrictMode,
			ContextKey:     csrfContextKey,
			ErrorHandler:   func(error, echo.Context) error { return errCSRF },
		}),
		skipUnless(browser, authH.IdentifySession),
		skipUnless(func(c echo.Context) bool { return !browser(c) }, authH.IdentifyToken),
	)
	seen := map[string]bool{}
	for _, r := range a.routes(authH, genH, cultureH).Routes() {
		key := r.Method + " " + r.Path
		if seen[key] {
			return fmt.Errorf("routes: %s registered twice", key)
		}
		seen[key] = true
		e.Add(r.Method, r.Path, r.Handler, a.authorize(r))
		if r.Method == http.MethodGet {
			e.Add(http.MethodHead, r.Path, r.Handler, a.authorize(r))
		}
	}
	return nil
}

// authorize enforces a route's permission. Inside a workspace named in the path (:wid), a
// person who is not a member gets 404, so workspace ids do not leak; a member without the
// permission gets 403.
func (a *App) authorize(r route.Route) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if r.Permission.IsPublic() {
				return next(c)
			}
			ctx := c.Request().Context()
			who, ok := actor.From(ctx)
			if !ok {
				if !r.API && c.Request().Method == http.MethodGet {
					return c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(c.Request().URL.RequestURI()))
				}
				return apperr.ErrUnauthorized
			}
			if r.Permission.IsSignedIn() {
				return next(c)
			}
			if wid := c.Param("wid"); wid != "" {
				role, err := a.auth.Role(ctx, who.UserID, wid)
				if errors.Is(err, apperr.ErrNotFound) {
					return apperr.ErrNotFound
				} else if err != nil {
					return err
				}
				who.WorkspaceID, who.Role = wid, string(role)
				c.SetRequest(c.Request().WithContext(actor.With(ctx, who)))
			}
			if !a.auth.Allowed(who.UserID, who.WorkspaceID, r.Permission.Object, r.Permission.Action) {
				return apperr.ErrForbidden
			}
			return next(c)
		}
	}
}

// skipUnless runs mw only for requests that match.
func skipUnless(match func(echo.Context) bool, mw echo.MiddlewareFunc) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		with := mw(next)
		return func(c echo.Context) error {
			if match(c) {
				return with(c)
			}
			return next(c)
		}
	}
}

func (a *App) redirect(to string) echo.HandlerFunc {
	return func(c echo.Context) error { return c.Redirect(http.StatusSeeOther, to) }
}

// RouteList is the whole route table, for tests that walk every route and for documentation.
// Handlers in it are bound to no running app and must not be called.
func RouteList() []route.Route {
	return (&App{}).routes(nil, nil, nil).Routes()
}

// workspaceAccess tells the generation module whether a user may act on an object in a
// workspace named in a request; a workspace the user is not a member of is not found.
func (a *App) workspaceAccess(ctx context.Context, userID, workspaceID, object, action string) (bool, error) {
	if _, err := a.auth.Role(ctx, userID, workspaceID); err != nil {
		return false, err
	}
	return a.auth.Allowed(userID, workspaceID, object, action), nil
}
