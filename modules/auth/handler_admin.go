package auth

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	view "github.com/frontierhq/frontier/templates/auth"
)

func (h *Handler) showUsers(c echo.Context) error {
	return h.renderUsers(c, http.StatusOK, view.UsersView{})
}

func (h *Handler) renderUsers(c echo.Context, status int, v view.UsersView) error {
	rows, err := h.svc.Users(c.Request().Context())
	if err != nil {
		return err
	}
	v.CSRF = h.render.CSRF(c)
	for _, u := range rows {
		v.Users = append(v.Users, view.UserRow{ID: u.ID, Name: u.Name, Email: u.Email, Admin: u.IsAdmin,
			Disabled: u.Disabled(), Locked: u.Locked, IsSelf: u.ID == current(c).UserID,
			LastLogin: formatTime(c, u.LastLoginAt), Created: formatTime(c, &u.CreatedAt)})
	}
	return h.render.Page(c, status, tr(c).T("auth.admin.title"), "admin", view.Users(v))
}

func (h *Handler) createUser(c echo.Context) error {
	in := NewUser{Email: c.FormValue("email"), Name: c.FormValue("name"), Password: randomPassword(), Admin: c.FormValue("admin") == "1"}
	if _, err := h.svc.CreateUser(c.Request().Context(), in); err != nil {
		fields, err := fieldErrors(c, err)
		if err != nil {
			return err
		}
		return h.renderUsers(c, http.StatusUnprocessableEntity, view.UsersView{FormEmail: in.Email, FormName: in.Name, FormAdmin: in.Admin, Errors: fields})
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return h.renderUsers(c, http.StatusCreated, view.UsersView{NewPassword: in.Password, NewFor: in.Email})
}

func (h *Handler) userAction(c echo.Context) error {
	ctx, id := c.Request().Context(), c.Param("uid")
	var err error
	switch c.Param("action") {
	case "disable":
		if id == current(c).UserID {
			h.render.Flash(c, "error", "auth.admin.cannot_disable_self")
			return seeOther(c, "/admin/users")
		}
		err = h.svc.DisableUser(ctx, id)
	case "enable":
		err = h.svc.EnableUser(ctx, id)
	case "unlock":
		err = h.svc.UnlockUser(ctx, id)
	case "reset-password":
		pw, err := h.svc.ResetPassword(ctx, id)
		if err != nil {
			return err
		}
		u, err := h.svc.User(ctx, id)
		if err != nil {
			return err
		}
		c.Response().Header().Set("Cache-Control", "no-store")
		return h.renderUsers(c, http.StatusOK, view.UsersView{NewPassword: pw, NewFor: u.Email})
	default:
		return echo.ErrNotFound
	}
	if err != nil {
		return err
	}
	h.render.Flash(c, "success", "auth.admin.done")
	return seeOther(c, "/admin/users")
}

func (h *Handler) showAudit(c echo.Context) error {
	ctx := c.Request().Context()
	entries, err := h.svc.AuditTrail(ctx, 200)
	if err != nil {
		return err
	}
	names := auditNames{svc: h.svc, users: map[string]string{}, workspaces: map[string]string{}}
	var v view.AuditView
	for _, e := range entries {
		row := view.AuditRow{At: formatTime(c, &e.At), Action: e.Action, Target: names.target(c, e.Target), IP: e.IP}
		if id := "auth.audit.action." + e.Action; tr(c).Has(id) {
			row.Action = tr(c).T(id)
		}
		if e.ActorID != nil {
			row.Actor = names.user(c, *e.ActorID)
		}
		if len(e.Details) > 0 {
			b, _ := json.Marshal(e.Details)
			row.Details = string(b)
		}
		v.Entries = append(v.Entries, row)
	}
	return h.render.Page(c, http.StatusOK, tr(c).T("auth.admin.audit"), "admin", view.Audit(v))
}

// auditNames shows people by email and workspaces by name instead of their ids, looking each
// up once per page.
type auditNames struct {
	svc        *Service
	users      map[string]string
	workspaces map[string]string
}

func (n auditNames) user(c echo.Context, id string) string {
	if name, ok := n.users[id]; ok {
		return name
	}
	name := id
	if u, err := n.svc.User(c.Request().Context(), id); err == nil {
		name = u.Email
	}
	n.users[id] = name
	return name
}

func (n auditNames) target(c echo.Context, target string) string {
	kind, id, _ := strings.Cut(target, ":")
	switch kind {
	case "user":
		return n.user(c, id)
	case "workspace":
		if name, ok := n.workspaces[id]; ok {
			return name
		}
		name := id
		if w, err := n.svc.Workspace(c.Request().Context(), id); err == nil {
			name = w.Name
		}
		n.workspaces[id] = name
		return name
	case "email":
		return id
	}
	return target
}
