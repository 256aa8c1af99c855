package auth

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	view "github.com/frontierhq/frontier/templates/auth"
)

const langCookie = "frontier_lang"

func (h *Handler) showLogin(c echo.Context) error {
	if current(c).UserID != "" {
		return seeOther(c, safeNext(c.QueryParam("next")))
	}
	return h.renderLogin(c, http.StatusOK, "", "")
}

func (h *Handler) renderLogin(c echo.Context, status int, email, msg string) error {
	next := safeNext(c.FormValue("next"))
	if next == "/" {
		next = safeNext(c.QueryParam("next"))
	}
	v := view.LoginView{CSRF: h.render.CSRF(c), Email: email, Next: next, Error: msg}
	return h.render.Bare(c, status, tr(c).T("auth.login.title"), view.Login(v))
}

// login signs a person in: a new session token (no fixation), their language and workspace.
func (h *Handler) login(c echo.Context) error {
	email := strings.TrimSpace(c.FormValue("email"))
	u, err := h.svc.Authenticate(c.Request().Context(), email, c.FormValue("password"), c.RealIP())
	switch {
	case errors.Is(err, ErrThrottled):
		setRetryAfterThrottle(c)
		return h.renderLogin(c, http.StatusTooManyRequests, email, tr(c).T("auth.login.throttled"))
	case errors.Is(err, ErrBadCredentials):
		return h.renderLogin(c, http.StatusUnauthorized, email, tr(c).T("auth.login.failed"))
	case err != nil:
		return err
	}
	if err := h.sessions.Renew(c); err != nil {
		return err
	}
	h.sessions.Put(c, sessUserID, u.ID)
	if wss, err := h.svc.Workspaces(c.Request().Context(), u.ID); err == nil && len(wss) > 0 {
		h.sessions.Put(c, sessWorkspaceID, wss[0].ID)
	}
	h.setLanguageCookie(c, u.Language)
	return seeOther(c, safeNext(c.FormValue("next")))
}

func (h *Handler) logout(c echo.Context) error {
	if err := h.sessions.Destroy(c); err != nil {
		return err
	}
	return seeOther(c, "/login")
}

func (h *Handler) setLanguageCookie(c echo.Context, lang string) {
	c.SetCookie(&http.Cookie{Name: langCookie, Value: lang, Path: "/", MaxAge: 365 * 24 * 3600,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: h.sessions.Secure(c)})
}

// safeNext keeps post-login redirects on this site.
func safeNext(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/\\") || strings.HasPrefix(p, "/login") {
		return "/"
	}
	return p
}

// setRetryAfterThrottle tells a throttled client when to try again: the failures that throttle
// it leave the window after throttleWindow, and every attempt meanwhile counts as one more.
func setRetryAfterThrottle(c echo.Context) {
	c.Response().Header().Set("Retry-After", strconv.Itoa(int(throttleWindow.Seconds())))
}
