package auth

import (
	"context"
	"strings"

	"github.com/frontierhq/frontier/app/apperr"
)

// UserRow is a user as the admin's users page lists them.
type UserRow struct {
	User
	Locked bool // throttled by failed logins right now
}

// Users lists every user with their lock state.
func (s *Service) Users(ctx context.Context) ([]UserRow, error) {
	us, err := s.store.users(ctx)
	if err != nil {
		return nil, err
	}
	locked, err := s.store.lockedEmails(ctx, s.now().Add(-throttleWindow), accountFailLimit)
	if err != nil {
		return nil, err
	}
	out := make([]UserRow, len(us))
	for i, u := range us {
		out[i] = UserRow{User: u, Locked: locked[strings.ToLower(u.Email)]}
	}
	return out, nil
}

// DisableUser stops a user from signing in and from using their tokens.
func (s *Service) DisableUser(ctx context.Context, userID string) error {
	return s.setUserField(ctx, userID, "disabled_at", s.now(), AuditUserDisabled)
}

// EnableUser lets a disabled user sign in again.
func (s *Service) EnableUser(ctx context.Context, userID string) error {
	return s.setUserField(ctx, userID, "disabled_at", nil, AuditUserEnabled)
}

// UnlockUser forgets the failed logins that throttle an account.
func (s *Service) UnlockUser(ctx context.Context, userID string) error {
	return s.setUserField(ctx, userID, "throttle_reset_at", s.now(), AuditUserUnlocked)
}

// ResetPassword gives a user a new one-time password, returned for the admin to hand over.
func (s *Service) ResetPassword(ctx context.Context, userID string) (string, error) {
	if !validUUID(userID) {
		return "", apperr.ErrNotFound
	}
	pw := randomPassword()
	return pw, s.setPassword(ctx, userID, pw)
}

func (s *Service) setUserField(ctx context.Context, userID, field string, value any, action string) error {
	if !validUUID(userID) {
		return apperr.ErrNotFound
	}
	return s.inTx(ctx, func(tx store) error {
		if err := tx.updateUser(ctx, userID, map[string]any{field: value}); err != nil {
			return err
		}
		return tx.audit(ctx, s.entry(ctx, action, "user:"+userID, nil))
	})
}

// AuditTrail returns the latest audit entries, newest first.
func (s *Service) AuditTrail(ctx context.Context, limit int) ([]AuditEntry, error) {
	return s.store.auditTrail(ctx, limit)
}
