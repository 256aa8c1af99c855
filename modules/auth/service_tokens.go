package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
)

// tokenPrefix marks Frontier tokens, so secret scanners and people recognise them.
const tokenPrefix = "frt_"

// maxTokenLifetime bounds the expiry a user may choose.
const maxTokenLifetime = 366 * 24 * time.Hour

// loginTokenLifetime is the lifetime of tokens issued by POST /api/v1/auth/token.
const loginTokenLifetime = 30 * 24 * time.Hour

// CreateToken makes a personal API token for the actor in a workspace. The plain token is
// returned once; only its SHA-256 is kept.
func (s *Service) CreateToken(ctx context.Context, workspaceID, name string, expiresAt *time.Time) (string, Token, error) {
	a, _ := actor.From(ctx)
	name = strings.TrimSpace(name)
	var v apperr.Validation
	validateName(&v, "name", name)
	if expiresAt != nil && (!expiresAt.After(s.now()) || expiresAt.After(s.now().Add(maxTokenLifetime))) {
		v.Add("expires_at", "auth.token_expiry_range")
	}
	if err := v.Err(); err != nil {
		return "", Token{}, err
	}
	plain, hash := newTokenSecret()
	t := Token{UserID: a.UserID, WorkspaceID: workspaceID, Name: name, Prefix: plain[:len(tokenPrefix)+6], TokenHash: hash, ExpiresAt: expiresAt}
	err := s.inTx(ctx, func(tx store) error {
		if err := tx.createToken(ctx, &t); err != nil {
			return err
		}
		return tx.audit(ctx, s.workspaceEntry(ctx, workspaceID, AuditTokenCreated, "token:"+t.ID, map[string]any{"name": name}))
	})
	if err != nil {
		return "", Token{}, err
	}
	return plain, t, nil
}

// Tokens lists the actor's tokens in a workspace.
func (s *Service) Tokens(ctx context.Context, userID, workspaceID string) ([]Token, error) {
	return s.store.tokensOf(ctx, userID, workspaceID)
}

// RevokeToken revokes one of the user's own tokens; it stops working on the next request.
func (s *Service) RevokeToken(ctx context.Context, userID, tokenID string) error {
	if !validUUID(tokenID) {
		return apperr.ErrNotFound
	}
	return s.inTx(ctx, func(tx store) error {
		ok, err := tx.revokeToken(ctx, userID, tokenID, s.now())
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("auth: token %s: %w", tokenID, apperr.ErrNotFound)
		}
		return tx.audit(ctx, s.entry(ctx, AuditTokenRevoked, "token:"+tokenID, nil))
	})
}

// Bearer is what a valid API token stands for.
type Bearer struct {
	User  User
	Token Token
	Role  Role // the user's role in the token's workspace
}

// AuthenticateToken resolves a bearer token to its user, token and role in one query, checking
// revocation, expiry, the account and the membership, so a revoked token is refused on the very
// next request. What a valid token stands for is kept a few seconds (see bearerCache). The
// last-use time is written at most once a minute.
func (s *Service) AuthenticateToken(ctx context.Context, plain string) (Bearer, error) {
	if !strings.HasPrefix(plain, tokenPrefix) {
		return Bearer{}, apperr.ErrUnauthorized
	}
	sum := sha256.Sum256([]byte(plain))
	now := s.now()
	b, version, cached := s.bearers.get(sum, now)
	if !cached {
		var err error
		b, err = s.store.bearer(ctx, sum[:])
		if errors.Is(err, apperr.ErrNotFound) {
			return Bearer{}, apperr.ErrUnauthorized
		} else if err != nil {
			return Bearer{}, err
		}
	}
	if !b.Token.Active(now) || b.User.Disabled() {
		return Bearer{}, apperr.ErrUnauthorized
	}
	if !cached {
		s.bearers.put(sum, b, version, now)
	}
	if b.Token.LastUsedAt == nil || now.Sub(*b.Token.LastUsedAt) > time.Minute {
		if err := s.store.touchToken(ctx, b.Token.ID, now); err != nil {
			s.log.Warn("auth: token last use", "err", err)
		} else {
			s.bearers.touched(sum, now)
		}
	}
	return b, nil
}

// IssueToken is POST /api/v1/auth/token: email and password (through the throttle) for a
// token in the named workspace, or the user's first one.
func (s *Service) IssueToken(ctx context.Context, email, password, workspaceID, ip string) (string, Token, error) {
	u, err := s.Authenticate(ctx, email, password, ip)
	if err != nil {
		return "", Token{}, err
	}
	if workspaceID == "" {
		ws, err := s.store.workspacesOf(ctx, u.ID)
		if err != nil {
			return "", Token{}, err
		}
		if len(ws) == 0 {
			return "", Token{}, apperr.Invalid("workspace", "auth.no_workspace")
		}
		workspaceID = ws[0].ID
	} else if _, err := s.Role(ctx, u.ID, workspaceID); err != nil {
		return "", Token{}, apperr.Invalid("workspace", "auth.not_a_member")
	}
	exp := s.now().Add(loginTokenLifetime)
	ctx = actor.With(ctx, actor.Actor{UserID: u.ID, WorkspaceID: workspaceID, IP: ip})
	return s.CreateToken(ctx, workspaceID, "API", &exp)
}

func newTokenSecret() (plain string, hash []byte) {
	raw := make([]byte, 32)
	rand.Read(raw)
	plain = tokenPrefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw))
	sum := sha256.Sum256([]byte(plain))
	return plain, sum[:]
}

func validUUID(s string) bool {
	_, err := uuid.Parse(s)
	return err == nil && len(s) == 36
}
