package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"

	"github.com/frontierhq/frontier/app/apperr"
)

// store is the only code of this module that touches the database. A store made by inTx works
// inside one transaction.
type store struct {
	db *gorm.DB
}

func (s store) inTx(ctx context.Context, fn func(tx store) error) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error { return fn(store{db: tx}) })
}

func (s store) with(ctx context.Context) *gorm.DB { return s.db.WithContext(ctx) }

// isUniqueViolation recognises a unique-constraint error whatever the gorm configuration.
func isUniqueViolation(err error) bool {
	var pgErr *pgconn.PgError
	return errors.Is(err, gorm.ErrDuplicatedKey) || (errors.As(err, &pgErr) && pgErr.Code == "23505")
}

func notFound(err error, what string) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return fmt.Errorf("auth: %s: %w", what, apperr.ErrNotFound)
	}
	return fmt.Errorf("auth: %s: %w", what, err)
}

// ---- users

func (s store) userByEmail(ctx context.Context, email string) (User, error) {
	var u User
	err := s.with(ctx).Where("lower(email) = lower(?)", email).Take(&u).Error
	if err != nil {
		return User{}, notFound(err, "user "+email)
	}
	return u, nil
}

func (s store) userByID(ctx context.Context, id string) (User, error) {
	var u User
	if err := s.with(ctx).Where("id = ?", id).Take(&u).Error; err != nil {
		return User{}, notFound(err, "user "+id)
	}
	return u, nil
}

func (s store) countUsers(ctx context.Context) (int64, error) {
	var n int64
	err := s.with(ctx).Model(&User{}).Count(&n).Error
	return n, err
}

func (s store) createUser(ctx context.Context, u *User) error {
	err := s.with(ctx).Create(u).Error
	if isUniqueViolation(err) {
		return fmt.Errorf("auth: user %s: %w", u.Email, apperr.ErrConflict)
	}
	return err
}

func (s store) updateUser(ctx context.Context, id string, fields map[string]any) error {
	res := s.with(ctx).Model(&User{}).Where("id = ?", id).Updates(fields)
	if res.Error != nil {
		return fmt.Errorf("auth: update user %s: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("auth: user %s: %w", id, apperr.ErrNotFound)
	}
	return nil
}

func (s store) users(ctx context.Context) ([]User, error) {
	var us []User
	err := s.with(ctx).Order("lower(email)").Find(&us).Error
	return us, err
}

// ---- workspaces and members

func (s store) createWorkspace(ctx context.Context, w *Workspace) error {
	return s.with(ctx).Create(w).Error
}

func (s store) workspace(ctx context.Context, id string) (Workspace, error) {
	var w Workspace
	if err := s.with(ctx).Where("id = ? AND archived_at IS NULL", id).Take(&w).Error; err != nil {
		return Workspace{}, notFound(err, "workspace "+id)
	}
	return w, nil
}

func (s store) updateWorkspace(ctx context.Context, id string, fields map[string]any) error {
	return s.with(ctx).Model(&Workspace{}).Where("id = ? AND archived_at IS NULL", id).Updates(fields).Error
}

// workspacesOf lists the live workspaces a user belongs to, with their role, by name.
func (s store) workspacesOf(ctx context.Context, userID string) ([]WorkspaceView, error) {
	var out []WorkspaceView
	err := s.with(ctx).Table("workspaces AS w").
		Select("w.*, m.role").
		Joins("JOIN memberships m ON m.workspace_id = w.id").
		Where("m.user_id = ? AND w.archived_at IS NULL", userID).
		Order("lower(w.name), w.created_at").
		Scan(&out).Error
	return out, err
}

// role returns the user's role in a live workspace, or ErrNotFound.
func (s store) role(ctx context.Context, userID, workspaceID string) (Role, error) {
	var m Membership
	err := s.with(ctx).Table("memberships AS m").Select("m.*").
		Joins("JOIN workspaces w ON w.id = m.workspace_id AND w.archived_at IS NULL").
		Where("m.user_id = ? AND m.workspace_id = ?", userID, workspaceID).Take(&m).Error
	if err != nil {
		return "", notFound(err, "membership")
	}
	return m.Role, nil
}

func (s store) members(ctx context.Context, workspaceID string) ([]MemberView, error) {
	var rows []struct {
		User
		Role Role
	}
	err := s.with(ctx).Table("users AS u").Select("u.*, m.role").
		Joins("JOIN memberships m ON m.user_id = u.id").
		Where("m.workspace_id = ?", workspaceID).
		Order("lower(u.name), lower(u.email)").Scan(&rows).Error
	out := make([]MemberView, len(rows))
	for i, r := range rows {
		out[i] = MemberView{User: r.User, Role: r.Role}
	}
	return out, err
}

func (s store) addMember(ctx context.Context, m *Membership) error {
	err := s.with(ctx).Create(m).Error
	if isUniqueViolation(err) {
		return fmt.Errorf("auth: membership: %w", apperr.ErrConflict)
	}
	return err
}

func (s store) setRole(ctx context.Context, workspaceID, userID string, r Role) error {
	return s.with(ctx).Model(&Membership{}).Where("workspace_id = ? AND user_id = ?", workspaceID, userID).Update("role", r).Error
}

func (s store) removeMember(ctx context.Context, workspaceID, userID string) error {
	return s.with(ctx).Where("workspace_id = ? AND user_id = ?", workspaceID, userID).Delete(&Membership{}).Error
}

// lockOwners locks the workspace's owner rows and counts them, so two concurrent demotions
// cannot both pass the "one owner remains" check.
func (s store) lockOwners(ctx context.Context, workspaceID string) (int, error) {
	var ids []string
	err := s.with(ctx).Raw("SELECT user_id FROM memberships WHERE workspace_id = ? AND role = 'owner' FOR UPDATE", workspaceID).Scan(&ids).Error
	return len(ids), err
}

// ---- tokens

func (s store) createToken(ctx context.Context, t *Token) error { return s.with(ctx).Create(t).Error }

// bearer loads a token with its user and the user's role in the token's live workspace.
func (s store) bearer(ctx context.Context, hash []byte) (Bearer, error) {
	// Every API request runs this query: it goes straight to the connection, without gorm's
	// statement building and reflection.
	var b Bearer
	t, u := &b.Token, &b.User
	err := s.with(ctx).Statement.ConnPool.QueryRowContext(ctx, `
		SELECT t.id, t.user_id, t.workspace_id, t.name, t.prefix, t.token_hash, t.created_at, t.expires_at, t.last_used_at, t.revoked_at,
		       m.role, u.id, u.email, u.name, u.language, u.is_admin, u.disabled_at
		FROM api_tokens t
		JOIN users u ON u.id = t.user_id
		JOIN memberships m ON m.user_id = t.user_id AND m.workspace_id = t.workspace_id
		JOIN workspaces w ON w.id = t.workspace_id AND w.archived_at IS NULL
		WHERE t.token_hash = $1`, hash).Scan(
		&t.ID, &t.UserID, &t.WorkspaceID, &t.Name, &t.Prefix, &t.TokenHash, &t.CreatedAt, &t.ExpiresAt, &t.LastUsedAt, &t.RevokedAt,
		&b.Role, &u.ID, &u.Email, &u.Name, &u.Language, &u.IsAdmin, &u.DisabledAt)
	if errors.Is(err, sql.ErrNoRows) {
		err = gorm.ErrRecordNotFound
	}
	if err != nil {
		return Bearer{}, notFound(err, "token")
	}
	return b, nil
}

func (s store) tokensOf(ctx context.Context, userID, workspaceID string) ([]Token, error) {
	var ts []Token
	err := s.with(ctx).Where("user_id = ? AND workspace_id = ?", userID, workspaceID).Order("created_at DESC").Find(&ts).Error
	return ts, err
}

func (s store) revokeToken(ctx context.Context, userID, tokenID string, at time.Time) (bool, error) {
	res := s.with(ctx).Model(&Token{}).Where("id = ? AND user_id = ? AND revoked_at IS NULL", tokenID, userID).Update("revoked_at", at)
	return res.RowsAffected == 1, res.Error
}

func (s store) touchToken(ctx context.Context, id string, at time.Time) error {
	return s.with(ctx).Model(&Token{}).Where("id = ?", id).Update("last_used_at", at).Error
}

// ---- login attempts

type loginAttempt struct {
	ID         int64 `gorm:"primaryKey"`
	EmailLower string
	IP         string
	Success    bool
	At         time.Time
}

func (loginAttempt) TableName() string { return "login_attempts" }

func (s store) recordAttempt(ctx context.Context, a loginAttempt) error {
	return s.with(ctx).Create(&a).Error
}

// failuresForEmail counts failed attempts for an email since a moment, ignoring those before
// the account's last unlock.
func (s store) failuresForEmail(ctx context.Context, emailLower string, since time.Time) (int64, error) {
	var n int64
	err := s.with(ctx).Raw(`
		SELECT count(*) FROM login_attempts a
		WHERE a.email_lower = ? AND NOT a.success AND a.at > ?
		  AND a.at > coalesce((SELECT throttle_reset_at FROM users WHERE lower(email) = ?), '-infinity')`,
		emailLower, since, emailLower).Scan(&n).Error
	return n, err
}

func (s store) failuresForIP(ctx context.Context, ip string, since time.Time) (int64, error) {
	var n int64
	err := s.with(ctx).Model(&loginAttempt{}).Where("ip = ? AND NOT success AND at > ?", ip, since).Count(&n).Error
	return n, err
}

// lockedEmails lists the emails whose failures in the window reach the limit.
func (s store) lockedEmails(ctx context.Context, since time.Time, limit int) (map[string]bool, error) {
	var emails []string
	err := s.with(ctx).Raw(`
		SELECT a.email_lower FROM login_attempts a
		LEFT JOIN users u ON lower(u.email) = a.email_lower
		WHERE NOT a.success AND a.at > ? AND a.at > coalesce(u.throttle_reset_at, '-infinity')
		GROUP BY a.email_lower HAVING count(*) >= ?`, since, limit).Scan(&emails).Error
	out := make(map[string]bool, len(emails))
	for _, e := range emails {
		out[e] = true
	}
	return out, err
}

// ---- audit and policy

func (s store) audit(ctx context.Context, e AuditEntry) error {
	return s.with(ctx).Create(&e).Error
}

func (s store) auditTrail(ctx context.Context, limit int) ([]AuditEntry, error) {
	var es []AuditEntry
	err := s.with(ctx).Order("id DESC").Limit(limit).Find(&es).Error
	return es, err
}

func (s store) addRules(ctx context.Context, rules ...rule) error {
	return insertRules(s.with(ctx), rules...)
}

func (s store) removeRule(ctx context.Context, r rule) error {
	return deleteRule(s.with(ctx), r)
}

// derivedRules is every user-to-role link implied by memberships and admin flags.
func (s store) derivedRules(ctx context.Context) ([]rule, error) {
	var ms []Membership
	if err := s.with(ctx).Find(&ms).Error; err != nil {
		return nil, err
	}
	var admins []string
	if err := s.with(ctx).Model(&User{}).Where("is_admin").Pluck("id", &admins).Error; err != nil {
		return nil, err
	}
	out := make([]rule, 0, len(ms)+len(admins))
	for _, m := range ms {
		out = append(out, memberRule(m.UserID, m.WorkspaceID, m.Role))
	}
	for _, id := range admins {
		out = append(out, adminRule(id))
	}
	return out, nil
}

// replaceUserRules rewrites every user link so they match memberships exactly.
func (s store) replaceUserRules(ctx context.Context, rules []rule) error {
	if err := s.with(ctx).Where("ptype = 'g' AND v0 LIKE 'user:%'").Delete(&casbinRule{}).Error; err != nil {
		return err
	}
	return insertRules(s.with(ctx), rules...)
}
