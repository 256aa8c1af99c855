package auth

import (
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/locales"
)

// Session keys.
const (
	sessUserID      = "user_id"
	sessWorkspaceID = "workspace_id"
)

// Renderer draws pages inside the app's shell; the app implements it.
type Renderer interface {
	Page(c echo.Context, status int, title, active string, body templ.Component) error
	Bare(c echo.Context, status int, title string, body templ.Component) error
	Flash(c echo.Context, kind, messageID string, kv ...any)
	CSRF(c echo.Context) string
}

// Sessions is what the handlers need of browser sessions.
type Sessions interface {
	Renew(c echo.Context) error
	Destroy(c echo.Context) error
	Put(c echo.Context, key string, v any)
	String(c echo.Context, key string) string
	Secure(c echo.Context) bool
}

// Handler serves the auth module's pages and API.
type Handler struct {
	svc      *Service
	sessions Sessions
	render   Renderer
	log      *slog.Logger
}

// NewHandler wires the handlers.
func NewHandler(svc *Service, sessions Sessions, render Renderer, log *slog.Logger) *Handler {
	return &Handler{svc: svc, sessions: sessions, render: render, log: log}
}

// IdentifySession puts the signed-in user (and their current workspace) in the request
// context. A disabled or deleted user is signed out on the spot.
func (h *Handler) IdentifySession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		uid := h.sessions.String(c, sessUserID)
		if uid == "" {
			return next(c)
		}
		ctx := c.Request().Context()
		u, err := h.svc.User(ctx, uid)
		if err != nil || u.Disabled() {
			if err != nil && !errors.Is(err, apperr.ErrNotFound) {
				return err
			}
			if err := h.sessions.Destroy(c); err != nil {
				return err
			}
			return next(c)
		}
		a := actor.Actor{UserID: u.ID, Email: u.Email, Name: u.Name, Language: u.Language, IsAdmin: u.IsAdmin, IP: c.RealIP()}
		wsID := h.sessions.String(c, sessWorkspaceID)
		role, err := h.svc.Role(ctx, u.ID, wsID)
		if err != nil {
			// The remembered workspace is gone (archived, or the user was removed): fall back to the first.
			wss, werr := h.svc.Workspaces(ctx, u.ID)
			if werr != nil {
				return werr
			}
			wsID, role = "", ""
			if len(wss) > 0 {
				wsID, role = wss[0].ID, wss[0].Role
			}
			h.sessions.Put(c, sessWorkspaceID, wsID)
		}
		a.WorkspaceID, a.Role = wsID, string(role)
		c.SetRequest(c.Request().WithContext(actor.With(ctx, a)))
		return next(c)
	}
}

// IdentifyToken authenticates API requests by their bearer token, on every request, so a
// revoked token is refused at once.
func (h *Handler) IdentifyToken(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		header := c.Request().Header.Get(echo.HeaderAuthorization)
		if header == "" {
			return next(c)
		}
		scheme, plain, ok := strings.Cut(header, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return apperr.ErrUnauthorized
		}
		ctx := c.Request().Context()
		b, err := h.svc.AuthenticateToken(ctx, strings.TrimSpace(plain))
		if err != nil {
			return err
		}
		a := actor.Actor{UserID: b.User.ID, Email: b.User.Email, Name: b.User.Name, Language: b.User.Language, IsAdmin: b.User.IsAdmin,
			WorkspaceID: b.Token.WorkspaceID, Role: string(b.Role), TokenID: b.Token.ID, IP: c.RealIP()}
		c.SetRequest(c.Request().WithContext(actor.With(ctx, a)))
		return next(c)
	}
}

func tr(c echo.Context) *locales.Translator {
	return locales.FromContext(c.Request().Context())
}

func current(c echo.Context) actor.Actor {
	a, _ := actor.From(c.Request().Context())
	return a
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

func formatTime(c echo.Context, t *time.Time) string {
	if t == nil || t.IsZero() {
		return tr(c).T("common.never")
	}
	return tr(c).DateTime(*t)
}

func seeOther(c echo.Context, path string) error {
	if c.Request().Header.Get("HX-Request") != "" {
		c.Response().Header().Set("HX-Redirect", path)
		return c.NoContent(http.StatusNoContent)
	}
	return c.Redirect(http.StatusSeeOther, path)
}
