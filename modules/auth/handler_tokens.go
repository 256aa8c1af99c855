package auth

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	view "github.com/frontierhq/frontier/templates/auth"
)

func (h *Handler) showTokens(c echo.Context) error {
	return h.renderTokens(c, http.StatusOK, view.TokensView{})
}

func (h *Handler) renderTokens(c echo.Context, status int, v view.TokensView) error {
	ctx := c.Request().Context()
	a := current(c)
	ws, err := h.svc.Workspace(ctx, a.WorkspaceID)
	if err != nil {
		return err
	}
	tokens, err := h.svc.Tokens(ctx, a.UserID, a.WorkspaceID)
	if err != nil {
		return err
	}
	now := time.Now()
	v.CSRF, v.WorkspaceName = h.render.CSRF(c), ws.Name
	for _, t := range tokens {
		row := view.TokenRow{ID: t.ID, Name: t.Name, Prefix: t.Prefix, Created: formatTime(c, &t.CreatedAt),
			LastUsed: formatTime(c, t.LastUsedAt), Active: t.Active(now)}
		row.Expires = tr(c).T("auth.tokens.no_expiry")
		if t.ExpiresAt != nil {
			row.Expires = formatTime(c, t.ExpiresAt)
		}
		switch {
		case t.RevokedAt != nil:
			row.Status = tr(c).T("auth.tokens.revoked")
		case !row.Active:
			row.Status = tr(c).T("auth.tokens.expired")
		default:
			row.Status = tr(c).T("auth.tokens.active")
		}
		v.Tokens = append(v.Tokens, row)
	}
	return h.render.Page(c, status, tr(c).T("auth.tokens.title"), "", view.Tokens(v))
}

func (h *Handler) createToken(c echo.Context) error {
	a := current(c)
	name, days := c.FormValue("name"), strings.TrimSpace(c.FormValue("expires_in_days"))
	var expires *time.Time
	if days != "" {
		n, err := strconv.Atoi(days)
		if err != nil || n < 1 || n > 366 {
			return h.renderTokens(c, http.StatusUnprocessableEntity, view.TokensView{FormName: name, FormDays: days,
				Errors: map[string]string{"expires_at": tr(c).T("auth.token_expiry_range")}})
		}
		t := time.Now().UTC().Add(time.Duration(n) * 24 * time.Hour)
		expires = &t
	}
	plain, _, err := h.svc.CreateToken(c.Request().Context(), a.WorkspaceID, name, expires)
	if err != nil {
		fields, err := fieldErrors(c, err)
		if err != nil {
			return err
		}
		return h.renderTokens(c, http.StatusUnprocessableEntity, view.TokensView{FormName: name, FormDays: days, Errors: fields})
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return h.renderTokens(c, http.StatusCreated, view.TokensView{NewToken: plain})
}

func (h *Handler) revokeToken(c echo.Context) error {
	if err := h.svc.RevokeToken(c.Request().Context(), current(c).UserID, c.Param("id")); err != nil {
		return err
	}
	h.render.Flash(c, "success", "auth.tokens.revoked_flash")
	return seeOther(c, "/account/tokens")
}
