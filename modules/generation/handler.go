package generation

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/locales"
)

// Renderer draws pages inside the app's shell; the app implements it.
type Renderer interface {
	Page(c echo.Context, status int, title, active string, body templ.Component) error
	Flash(c echo.Context, kind, messageID string, kv ...any)
	CSRF(c echo.Context) string
}

// WorkspaceAccess tells whether a user may act on an object in a workspace ("content",
// "write"); a workspace the user is not a member of wraps apperr.ErrNotFound. app/ implements
// it with the auth module.
type WorkspaceAccess func(ctx context.Context, userID, workspaceID, object, action string) (allowed bool, err error)

// Handler serves the generation module's pages and API.
type Handler struct {
	svc    *Service
	render Renderer
	access WorkspaceAccess
	log    *slog.Logger
}

// NewHandler wires the handlers.
func NewHandler(svc *Service, render Renderer, access WorkspaceAccess, log *slog.Logger) *Handler {
	return &Handler{svc: svc, render: render, access: access, log: log}
}

func tr(c echo.Context) *locales.Translator {
	return locales.FromContext(c.Request().Context())
}

func current(c echo.Context) actor.Actor {
	a, _ := actor.From(c.Request().Context())
	return a
}

func caller(c echo.Context) Caller {
	a := current(c)
	return Caller{WorkspaceID: a.WorkspaceID, UserID: a.UserID}
}

// fieldErrors translates a validation error for a form; other errors are returned as they are.
func fieldErrors(c echo.Context, err error) (map[string]string, error) {
	v, ok := apperr.AsValidation(err)
	if !ok {
		return nil, err
	}
	t := tr(c)
	out := make(map[string]string, len(v.Fields))
	for f, m := range v.Fields {
		out[f] = t.TMap(m.ID, m.Args)
	}
	return out, nil
}

// writeJSON answers an API request without HTML escaping (copy often carries & and <).
func writeJSON(c echo.Context, status int, v any) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMEApplicationJSON)
	c.Response().WriteHeader(status)
	enc := json.NewEncoder(c.Response())
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func seeOther(c echo.Context, path string) error {
	if c.Request().Header.Get("HX-Request") != "" {
		c.Response().Header().Set("HX-Redirect", path)
		return c.NoContent(http.StatusNoContent)
	}
	return c.Redirect(http.StatusSeeOther, path)
}
