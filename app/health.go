package app

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/migrations"
)

// healthReport is the body of GET /api/v1/health (DESIGN.md contract).
type healthReport struct {
	Status    string            `json:"status"`
	Timestamp string            `json:"timestamp"`
	Checks    map[string]string `json:"checks"`
}

// health reports whether Frontier can serve: 200 when healthy, 503 otherwise.
func (a *App) health(c echo.Context) error {
	report := healthReport{Status: "healthy", Timestamp: time.Now().UTC().Format(time.RFC3339), Checks: map[string]string{}}
	report.Checks["database"] = "ok"
	if err := a.pingDB(c.Request().Context()); err != nil {
		report.Checks["database"] = "unreachable"
		report.Status = "unhealthy"
	}
	status := http.StatusOK
	if report.Status != "healthy" {
		status = http.StatusServiceUnavailable
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return writeJSON(c, status, report)
}

// liveness says the process serves HTTP; it checks nothing else.
func (a *App) liveness(c echo.Context) error {
	return c.String(http.StatusOK, "ok\n")
}

// readiness says the database is reachable and every migration is applied.
func (a *App) readiness(c echo.Context) error {
	ctx := c.Request().Context()
	if err := a.pingDB(ctx); err != nil {
		return c.String(http.StatusServiceUnavailable, "database unreachable\n")
	}
	pending, err := migrations.Pending(ctx, a.sqlDB)
	if err != nil || pending {
		return c.String(http.StatusServiceUnavailable, "migrations pending\n")
	}
	return c.String(http.StatusOK, "ready\n")
}

func (a *App) pingDB(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	return a.sqlDB.PingContext(ctx)
}
