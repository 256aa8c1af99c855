package auth

import (
	"errors"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/app/bind"
)

type tokenRequest struct {
	Email     string `json:"email"`
	Password  string `json:"password"`
	Workspace string `json:"workspace"`
}

type tokenResponse struct {
	Token     string    `json:"token"`
	ExpiresAt time.Time `json:"expires_at"`
}

// issueToken is POST /api/v1/auth/token.
func (h *Handler) issueToken(c echo.Context) error {
	var req tokenRequest
	if err := bind.JSON(c, &req); err != nil {
		return err
	}
	var v apperr.Validation
	if req.Email == "" {
		v.Add("email", "validation.required")
	}
	if req.Password == "" {
		v.Add("password", "validation.required")
	}
	if err := v.Err(); err != nil {
		return err
	}
	plain, t, err := h.svc.IssueToken(c.Request().Context(), req.Email, req.Password, req.Workspace, c.RealIP())
	if errors.Is(err, ErrThrottled) {
		setRetryAfterThrottle(c)
	}
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusCreated, tokenResponse{Token: plain, ExpiresAt: *t.ExpiresAt})
}

type meResponse struct {
	ID        string `json:"id"`
	Email     string `json:"email"`
	Name      string `json:"name"`
	Language  string `json:"language"`
	Admin     bool   `json:"admin"`
	Workspace struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Role string `json:"role"`
	} `json:"workspace"`
}

// me is GET /api/v1/me: who the token belongs to and its workspace.
func (h *Handler) me(c echo.Context) error {
	a := current(c)
	ws, err := h.svc.Workspace(c.Request().Context(), a.WorkspaceID)
	if err != nil {
		return err
	}
	var out meResponse
	out.ID, out.Email, out.Name, out.Language, out.Admin = a.UserID, a.Email, a.Name, a.Language, a.IsAdmin
	out.Workspace.ID, out.Workspace.Name, out.Workspace.Role = ws.ID, ws.Name, a.Role
	return c.JSON(http.StatusOK, out)
}
