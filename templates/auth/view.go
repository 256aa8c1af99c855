// Package auth holds the pages of accounts and access: login, account, tokens, workspaces,
// members and the admin's users and audit pages. View models carry translated text only.
package auth

import "github.com/frontierhq/frontier/templates/components"

// LoginView is the login form.
type LoginView struct {
	CSRF, Email, Next, Error string
}

// AccountView is the account page.
type AccountView struct {
	CSRF, Name, Email string
	Language          components.SelectInput
	PasswordErrors    map[string]string
}

// TokensView is the API tokens page of the current workspace.
type TokensView struct {
	CSRF, WorkspaceName string
	NewToken            string // shown once, right after creation
	Tokens              []TokenRow
	Errors              map[string]string
	FormName, FormDays  string
}

// TokenRow is one token in the list.
type TokenRow struct {
	ID, Name, Prefix, Created, Expires, LastUsed, Status string
	Active                                               bool
}

// WorkspacesView lists the user's workspaces and offers to create one.
type WorkspacesView struct {
	CSRF       string
	Workspaces []WorkspaceRow
	Errors     map[string]string
	FormName   string
}

// WorkspaceRow is one workspace in the list.
type WorkspaceRow struct {
	ID, Name, Role string
	Current        bool
	CanManage      bool
}

// MembersView is a workspace's settings and members page (owners only).
type MembersView struct {
	CSRF, WorkspaceID, WorkspaceName string
	Members                          []MemberRow
	Roles                            []components.Option
	OneTimePassword, OneTimeEmail    string
	Errors                           map[string]string
	FormEmail, FormName              string
}

// MemberRow is one member.
type MemberRow struct {
	UserID, Name, Email, Role string
	IsSelf                    bool
	Roles                     []components.Option
}

// UsersView is the admin's users page.
type UsersView struct {
	CSRF                string
	Users               []UserRow
	NewPassword, NewFor string
	Errors              map[string]string
	FormEmail, FormName string
	FormAdmin           bool
}

// UserRow is one user for the admin.
type UserRow struct {
	ID, Name, Email, LastLogin, Created string
	Admin, Disabled, Locked, IsSelf     bool
}

// AuditView is the admin's audit trail.
type AuditView struct {
	Entries []AuditRow
}

// AuditRow is one audit entry.
type AuditRow struct {
	At, Actor, Action, Target, IP, Details string
}
