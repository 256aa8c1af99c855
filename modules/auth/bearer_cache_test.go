package auth

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
)

// TestBearerChangesTakeEffectAtOnce resolves a token (so it is cached), then makes each change
// that must lock it out through the service: the very next request is refused.
func TestBearerChangesTakeEffectAtOnce(t *testing.T) {
	changes := []struct {
		name   string
		change func(ctx context.Context, s *Service, owner, member User, ws Workspace, tokenID string) error
	}{
		{"revoked", func(ctx context.Context, s *Service, _, m User, _ Workspace, id string) error {
			return s.RevokeToken(ctx, m.ID, id)
		}},
		{"account disabled", func(ctx context.Context, s *Service, _, m User, _ Workspace, _ string) error {
			return s.DisableUser(ctx, m.ID)
		}},
		{"removed from the workspace", func(ctx context.Context, s *Service, _, m User, ws Workspace, _ string) error {
			return s.RemoveMember(ctx, ws.ID, m.ID)
		}},
		{"workspace archived", func(ctx context.Context, s *Service, _, _ User, ws Workspace, _ string) error {
			return s.ArchiveWorkspace(ctx, ws.ID)
		}},
	}
	for _, tc := range changes {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := newService(t)
			ctx := context.Background()
			owner, _ := s.CreateUser(ctx, NewUser{Email: "o@y.io", Name: "O", Password: "long enough pw"})
			member, _ := s.CreateUser(ctx, NewUser{Email: "m@y.io", Name: "M", Password: "long enough pw"})
			octx := actor.With(ctx, actor.Actor{UserID: owner.ID})
			ws, _ := s.CreateWorkspace(octx, "W")
			if _, err := s.AddMember(octx, ws.ID, member.Email, "", RoleEditor); err != nil {
				t.Fatal(err)
			}
			mctx := actor.With(ctx, actor.Actor{UserID: member.ID})
			plain, tok, err := s.CreateToken(mctx, ws.ID, "ci", nil)
			if err != nil {
				t.Fatal(err)
			}
			for range 2 { // the second call is answered from the cache
				if b, err := s.AuthenticateToken(ctx, plain); err != nil || b.Role != RoleEditor {
					t.Fatalf("before the change: %+v %v", b, err)
				}
			}
			if err := tc.change(octx, s, owner, member, ws, tok.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := s.AuthenticateToken(ctx, plain); !errors.Is(err, apperr.ErrUnauthorized) {
				t.Errorf("the next request after the change: err = %v, want ErrUnauthorized", err)
			}
		})
	}
}

// TestBearerCacheExpires: a change written to the database behind the service's back (another
// process, an operator's SQL) shows once the cached entry is older than bearerTTL.
func TestBearerCacheExpires(t *testing.T) {
	s, db := newService(t)
	ctx := context.Background()
	u, _ := s.CreateUser(ctx, NewUser{Email: "t@y.io", Name: "T", Password: "long enough pw"})
	ctx = actor.With(ctx, actor.Actor{UserID: u.ID})
	ws, _ := s.CreateWorkspace(ctx, "W")
	plain, tok, err := s.CreateToken(ctx, ws.ID, "ci", nil)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	s.now = func() time.Time { return now }
	if _, err := s.AuthenticateToken(ctx, plain); err != nil {
		t.Fatal(err)
	}
	if err := db.Exec("UPDATE api_tokens SET revoked_at = now() WHERE id = ?", tok.ID).Error; err != nil {
		t.Fatal(err)
	}
	if _, err := s.AuthenticateToken(ctx, plain); err != nil {
		t.Errorf("within the cache's lifetime the token still resolves from memory: %v", err)
	}
	now = now.Add(bearerTTL)
	if _, err := s.AuthenticateToken(ctx, plain); !errors.Is(err, apperr.ErrUnauthorized) {
		t.Errorf("after bearerTTL: err = %v, want ErrUnauthorized", err)
	}
}

// TestBearerCacheSkipsStaleReads: a lookup that read the database before a change committed
// must not store what it read once the change has emptied the cache.
func TestBearerCacheSkipsStaleReads(t *testing.T) {
	c := newBearerCache()
	var sum [32]byte
	now := time.Now()
	_, version, ok := c.get(sum, now)
	if ok {
		t.Fatal("empty cache answered")
	}
	c.forget() // a change commits while the lookup reads the database
	c.put(sum, Bearer{Role: RoleOwner}, version, now)
	if _, _, ok := c.get(sum, now); ok {
		t.Error("a read from before the change was stored")
	}
	_, version, _ = c.get(sum, now)
	c.put(sum, Bearer{Role: RoleOwner}, version, now)
	if b, _, ok := c.get(sum, now); !ok || b.Role != RoleOwner {
		t.Error("a fresh read was not stored")
	}
}
