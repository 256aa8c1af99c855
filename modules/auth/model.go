// Package auth is Frontier's people and access: users, workspaces and their members, browser
// sessions, API tokens, the login throttle, role-based authorization (casbin with workspaces as
// domains) and the audit trail of security events.
package auth

import (
	"fmt"
	"time"

	"github.com/frontierhq/frontier/app/apperr"
)

// Role is a member's role in a workspace.
type Role string

// Workspace roles, from most to least powerful.
const (
	RoleOwner  Role = "owner"
	RoleEditor Role = "editor"
	RoleViewer Role = "viewer"
)

// Roles lists the workspace roles in the order the UI offers them.
var Roles = []Role{RoleOwner, RoleEditor, RoleViewer}

// Valid reports whether r is a workspace role.
func (r Role) Valid() bool { return r == RoleOwner || r == RoleEditor || r == RoleViewer }

// User is a person who signs in.
type User struct {
	ID              string `gorm:"primaryKey;default:gen_random_uuid()"`
	Email           string
	Name            string
	Language        string
	PasswordHash    string `gorm:"column:password_hash"`
	IsAdmin         bool
	DisabledAt      *time.Time
	ThrottleResetAt *time.Time
	CreatedAt       time.Time
	LastLoginAt     *time.Time
}

// Disabled reports whether the account may no longer sign in.
func (u User) Disabled() bool { return u.DisabledAt != nil }

// Workspace is one brand's or client's space: its members, content and settings.
type Workspace struct {
	ID         string `gorm:"primaryKey;default:gen_random_uuid()"`
	Name       string
	CreatedBy  *string
	CreatedAt  time.Time
	ArchivedAt *time.Time
}

// Archived reports whether the workspace was archived.
func (w Workspace) Archived() bool { return w.ArchivedAt != nil }

// Membership gives a user one role in one workspace.
type Membership struct {
	WorkspaceID string `gorm:"primaryKey"`
	UserID      string `gorm:"primaryKey"`
	Role        Role
	CreatedAt   time.Time
}

// MemberView is a membership with the member's person, for the members page.
type MemberView struct {
	User User
	Role Role
}

// WorkspaceView is a workspace with the viewer's role in it.
type WorkspaceView struct {
	Workspace
	Role Role
}

// Token is a personal API token for one workspace. Only its hash is stored.
type Token struct {
	ID          string `gorm:"primaryKey;default:gen_random_uuid()"`
	UserID      string
	WorkspaceID string
	Name        string
	Prefix      string
	TokenHash   []byte
	CreatedAt   time.Time
	ExpiresAt   *time.Time
	LastUsedAt  *time.Time
	RevokedAt   *time.Time
}

// TableName maps Token to api_tokens.
func (Token) TableName() string { return "api_tokens" }

// Active reports whether the token still authenticates at t.
func (t Token) Active(now time.Time) bool {
	return t.RevokedAt == nil && (t.ExpiresAt == nil || now.Before(*t.ExpiresAt))
}

// AuditEntry is one line of the append-only audit trail.
type AuditEntry struct {
	ID          int64 `gorm:"primaryKey"`
	At          time.Time
	ActorID     *string
	WorkspaceID *string
	Action      string
	Target      string
	IP          string
	Details     map[string]any `gorm:"serializer:json"`
}

// TableName maps AuditEntry to audit_log.
func (AuditEntry) TableName() string { return "audit_log" }

// Audit actions.
const (
	AuditLoginSuccess  = "login.success"
	AuditLoginFailure  = "login.failure"
	AuditLogout        = "logout"
	AuditTokenCreated  = "token.created"
	AuditTokenRevoked  = "token.revoked"
	AuditRoleChanged   = "member.role_changed"
	AuditMemberAdded   = "member.added"
	AuditMemberRemoved = "member.removed"
	AuditUserCreated   = "user.created"
	AuditUserDisabled  = "user.disabled"
	AuditUserEnabled   = "user.enabled"
	AuditUserUnlocked  = "user.unlocked"
	AuditPasswordSet   = "user.password_set"
	AuditWorkspaceMade = "workspace.created"
	AuditWorkspaceEdit = "workspace.renamed"
	AuditWorkspaceGone = "workspace.archived"
)

// Errors of this module; they wrap the app-wide sentinels so the app maps them to HTTP.
var (
	// ErrBadCredentials is the one answer to an unknown email, a wrong password and a disabled account.
	ErrBadCredentials = apperr.Describe(fmt.Errorf("auth: invalid email or password: %w", apperr.ErrUnauthorized), "auth.login.failed")
	// ErrThrottled means too many failed attempts for the account or from the address.
	ErrThrottled = apperr.Describe(fmt.Errorf("auth: too many failed attempts: %w", apperr.ErrTooMany), "auth.login.throttled")
	// ErrLastOwner refuses to leave a workspace without an owner.
	ErrLastOwner = apperr.Describe(fmt.Errorf("auth: a workspace needs at least one owner: %w", apperr.ErrConflict), "auth.members.last_owner")
)
