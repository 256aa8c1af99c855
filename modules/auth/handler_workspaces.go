package auth

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	view "github.com/frontierhq/frontier/templates/auth"
	"github.com/frontierhq/frontier/templates/components"
)

func (h *Handler) showWorkspaces(c echo.Context) error {
	return h.renderWorkspaces(c, http.StatusOK, view.WorkspacesView{})
}

func (h *Handler) renderWorkspaces(c echo.Context, status int, v view.WorkspacesView) error {
	a := current(c)
	wss, err := h.svc.Workspaces(c.Request().Context(), a.UserID)
	if err != nil {
		return err
	}
	v.CSRF = h.render.CSRF(c)
	for _, w := range wss {
		v.Workspaces = append(v.Workspaces, view.WorkspaceRow{ID: w.ID, Name: w.Name, Role: tr(c).T("role." + string(w.Role)),
			Current: w.ID == a.WorkspaceID, CanManage: h.svc.Allowed(a.UserID, w.ID, "members", "manage")})
	}
	return h.render.Page(c, status, tr(c).T("auth.workspaces.title"), "", view.Workspaces(v))
}

func (h *Handler) createWorkspace(c echo.Context) error {
	name := c.FormValue("name")
	w, err := h.svc.CreateWorkspace(c.Request().Context(), name)
	if err != nil {
		fields, err := fieldErrors(c, err)
		if err != nil {
			return err
		}
		return h.renderWorkspaces(c, http.StatusUnprocessableEntity, view.WorkspacesView{FormName: name, Errors: fields})
	}
	h.sessions.Put(c, sessWorkspaceID, w.ID)
	h.render.Flash(c, "success", "auth.workspaces.created", "Name", w.Name)
	return seeOther(c, "/")
}

// switchWorkspace makes another workspace current; the route already proved membership.
func (h *Handler) switchWorkspace(c echo.Context) error {
	h.sessions.Put(c, sessWorkspaceID, c.Param("wid"))
	return seeOther(c, "/")
}

func (h *Handler) showMembers(c echo.Context) error {
	return h.renderMembers(c, http.StatusOK, view.MembersView{})
}

func (h *Handler) renderMembers(c echo.Context, status int, v view.MembersView) error {
	ctx := c.Request().Context()
	wid := c.Param("wid")
	ws, err := h.svc.Workspace(ctx, wid)
	if err != nil {
		return err
	}
	members, err := h.svc.Members(ctx, wid)
	if err != nil {
		return err
	}
	v.CSRF, v.WorkspaceID, v.WorkspaceName = h.render.CSRF(c), ws.ID, ws.Name
	v.Roles = h.roleOptions(c, RoleEditor)
	for _, m := range members {
		v.Members = append(v.Members, view.MemberRow{UserID: m.User.ID, Name: m.User.Name, Email: m.User.Email,
			Role: string(m.Role), IsSelf: m.User.ID == current(c).UserID, Roles: h.roleOptions(c, m.Role)})
	}
	return h.render.Page(c, status, tr(c).T("auth.members.title", "Workspace", ws.Name), "", view.Members(v))
}

func (h *Handler) roleOptions(c echo.Context, selected Role) []components.Option {
	out := make([]components.Option, len(Roles))
	for i, r := range Roles {
		out[i] = components.Option{Value: string(r), Label: tr(c).T("role." + string(r)), Selected: r == selected}
	}
	return out
}

func (h *Handler) addMember(c echo.Context) error {
	email, name := c.FormValue("email"), c.FormValue("name")
	oneTime, err := h.svc.AddMember(c.Request().Context(), c.Param("wid"), email, name, Role(c.FormValue("role")))
	if err != nil {
		fields, err := fieldErrors(c, err)
		if err != nil {
			return err
		}
		return h.renderMembers(c, http.StatusUnprocessableEntity, view.MembersView{FormEmail: email, FormName: name, Errors: fields})
	}
	if oneTime != "" {
		c.Response().Header().Set("Cache-Control", "no-store")
		return h.renderMembers(c, http.StatusCreated, view.MembersView{OneTimePassword: oneTime, OneTimeEmail: email})
	}
	h.render.Flash(c, "success", "auth.members.added", "Email", email)
	return seeOther(c, "/workspaces/"+c.Param("wid")+"/members")
}

func (h *Handler) changeRole(c echo.Context) error {
	err := h.svc.ChangeRole(c.Request().Context(), c.Param("wid"), c.Param("uid"), Role(c.FormValue("role")))
	return h.afterMemberChange(c, err, "auth.members.role_changed")
}

func (h *Handler) removeMember(c echo.Context) error {
	err := h.svc.RemoveMember(c.Request().Context(), c.Param("wid"), c.Param("uid"))
	if err == nil && c.Param("uid") == current(c).UserID {
		return seeOther(c, "/workspaces")
	}
	return h.afterMemberChange(c, err, "auth.members.removed")
}

func (h *Handler) afterMemberChange(c echo.Context, err error, okMessage string) error {
	switch {
	case errors.Is(err, ErrLastOwner):
		h.render.Flash(c, "error", "auth.members.last_owner")
	case err != nil:
		return err
	default:
		h.render.Flash(c, "success", okMessage)
	}
	return seeOther(c, "/workspaces/"+c.Param("wid")+"/members")
}

func (h *Handler) renameWorkspace(c echo.Context) error {
	if err := h.svc.RenameWorkspace(c.Request().Context(), c.Param("wid"), c.FormValue("name")); err != nil {
		fields, err := fieldErrors(c, err)
		if err != nil {
			return err
		}
		return h.renderMembers(c, http.StatusUnprocessableEntity, view.MembersView{Errors: map[string]string{"workspace_name": fields["name"]}})
	}
	h.render.Flash(c, "success", "auth.members.renamed")
	return seeOther(c, "/workspaces/"+c.Param("wid")+"/members")
}

func (h *Handler) archiveWorkspace(c echo.Context) error {
	if c.FormValue("confirm") != "yes" {
		h.render.Flash(c, "error", "auth.members.archive_unconfirmed")
		return seeOther(c, "/workspaces/"+c.Param("wid")+"/members")
	}
	if err := h.svc.ArchiveWorkspace(c.Request().Context(), c.Param("wid")); err != nil {
		return err
	}
	h.render.Flash(c, "success", "auth.members.archived")
	return seeOther(c, "/workspaces")
}
