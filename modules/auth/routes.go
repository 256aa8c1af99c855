package auth

import (
	"github.com/frontierhq/frontier/app/route"
)

// Register adds the auth module's routes, each with the permission it needs.
func Register(t *route.Table, h *Handler) {
	t.GET("/login", h.showLogin, route.Public)
	t.POST("/login", h.login, route.Public)
	t.POST("/logout", h.logout, route.SignedIn)

	t.GET("/account", h.showAccount, route.SignedIn)
	t.POST("/account/language", h.saveLanguage, route.SignedIn)
	t.POST("/account/password", h.changePassword, route.SignedIn)
	t.GET("/account/tokens", h.showTokens, route.Need("tokens", "manage"))
	t.POST("/account/tokens", h.createToken, route.Need("tokens", "manage"))
	t.POST("/account/tokens/:id/revoke", h.revokeToken, route.Need("tokens", "manage"))

	t.GET("/workspaces", h.showWorkspaces, route.SignedIn)
	t.POST("/workspaces", h.createWorkspace, route.SignedIn)
	t.POST("/workspaces/:wid/switch", h.switchWorkspace, route.Need("workspace", "read"))
	t.GET("/workspaces/:wid/members", h.showMembers, route.Need("members", "manage"))
	t.POST("/workspaces/:wid/members", h.addMember, route.Need("members", "manage"))
	t.POST("/workspaces/:wid/members/:uid/role", h.changeRole, route.Need("members", "manage"))
	t.POST("/workspaces/:wid/members/:uid/remove", h.removeMember, route.Need("members", "manage"))
	t.POST("/workspaces/:wid/rename", h.renameWorkspace, route.Need("workspace", "manage"))
	t.POST("/workspaces/:wid/archive", h.archiveWorkspace, route.Need("workspace", "manage"))

	t.GET("/admin/users", h.showUsers, route.Need("users", "manage"))
	t.POST("/admin/users", h.createUser, route.Need("users", "manage"))
	t.POST("/admin/users/:uid/:action", h.userAction, route.Need("users", "manage"))
	t.GET("/admin/audit", h.showAudit, route.Need("audit", "read"))

	t.POST("/api/v1/auth/token", h.issueToken, route.Public)
	t.GET("/api/v1/me", h.me, route.SignedIn)
}
