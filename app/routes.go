package app

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/route"
)

// routes is Frontier's whole HTTP surface: each line states who may call it.
func (a *App) routes() *route.Table {
	t := &route.Table{}
	t.GET("/api/v1/health", a.health, route.Public)
	t.GET("/healthz", a.liveness, route.Public)
	t.GET("/readyz", a.readiness, route.Public)
	t.GET("/lang/:code", a.switchLanguage, route.Public)

	t.GET("/", a.showHome, route.Public)
	for _, section := range navSections {
		t.GET("/"+section, a.showUpcoming(section), route.Public)
	}
	return t
}

// mountRoutes registers the table on echo, each route behind the check of its permission.
func (a *App) mountRoutes(e *echo.Echo) error {
	e.GET("/static/*", echo.WrapHandler(a.assets))
	seen := map[string]bool{}
	for _, r := range a.routes().Routes() {
		key := r.Method + " " + r.Path
		if seen[key] {
			return fmt.Errorf("routes: %s registered twice", key)
		}
		seen[key] = true
		e.Add(r.Method, r.Path, r.Handler, a.authorize(r.Permission))
		if r.Method == http.MethodGet {
			e.Add(http.MethodHead, r.Path, r.Handler, a.authorize(r.Permission))
		}
	}
	return nil
}

// authorize enforces a route's permission. Until accounts exist every route is public.
func (a *App) authorize(p route.Permission) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return next
	}
}
