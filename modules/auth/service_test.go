package auth

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/app/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func newService(t *testing.T) (*Service, *gorm.DB) {
	t.Helper()
	db := testdb.Gorm(t)
	s, err := NewService(context.Background(), db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return s, db
}

func TestPasswordHashing(t *testing.T) {
	h, err := hashPassword("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("hash = %q", h)
	}
	if ok, err := verifyPassword("correct horse battery", h); !ok || err != nil {
		t.Errorf("right password: %v %v", ok, err)
	}
	if ok, _ := verifyPassword("correct horse batterY", h); ok {
		t.Error("wrong password verified")
	}
	if _, err := verifyPassword("x", "$2a$10$bcrypt"); err == nil {
		t.Error("a non-argon2 hash was accepted")
	}
	h2, _ := hashPassword("correct horse battery")
	if h == h2 {
		t.Error("two hashes of one password are equal: no salt")
	}
}

func TestCreateUserValidatesEverythingAndWritesNothingOnError(t *testing.T) {
	s, db := newService(t)
	ctx := context.Background()
	_, err := s.CreateUser(ctx, NewUser{Email: "not an email", Name: "", Password: "short", Language: "fr"})
	v, ok := apperr.AsValidation(err)
	if !ok {
		t.Fatalf("err = %v, want validation", err)
	}
	for _, f := range []string{"email", "name", "password", "language"} {
		if !v.Has(f) {
			t.Errorf("no error for %s", f)
		}
	}
	var n int64
	db.Model(&User{}).Count(&n)
	if n != 0 {
		t.Errorf("%d users written after a validation error", n)
	}
	if _, err := s.CreateUser(ctx, NewUser{Email: "Ana@Example.com", Name: "Ana", Password: "long enough pw"}); err != nil {
		t.Fatal(err)
	}
	_, err = s.CreateUser(ctx, NewUser{Email: "ana@example.COM", Name: "Ana 2", Password: "long enough pw"})
	if v, ok := apperr.AsValidation(err); !ok || v.Fields["email"].ID != "auth.email_taken" {
		t.Errorf("duplicate email (other case): %v", err)
	}
}

func TestRolesAndPolicy(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	mk := func(email string, admin bool) User {
		u, err := s.CreateUser(ctx, NewUser{Email: email, Name: email, Password: "long enough pw", Admin: admin})
		if err != nil {
			t.Fatal(err)
		}
		return u
	}
	own, ed, vw, adm := mk("o@x.io", false), mk("e@x.io", false), mk("v@x.io", false), mk("a@x.io", true)
	ws, err := s.CreateWorkspace(actor.With(ctx, actor.Actor{UserID: own.ID}), "Marca")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddMember(ctx, ws.ID, ed.Email, "", RoleEditor); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddMember(ctx, ws.ID, vw.Email, "", RoleViewer); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		who      User
		obj, act string
		want     bool
	}{
		{own, "members", "manage", true},
		{own, "content", "write", true},
		{own, "content", "read", true},
		{ed, "content", "write", true},
		{ed, "members", "manage", false},
		{vw, "content", "read", true},
		{vw, "content", "write", false},
		{vw, "culture", "use", false},
		{adm, "users", "manage", true},
		{adm, "content", "read", false}, // the platform admin reads no client's content by default
		{own, "users", "manage", false},
	}
	for _, c := range cases {
		if got := s.Allowed(c.who.ID, ws.ID, c.obj, c.act); got != c.want {
			t.Errorf("%s %s:%s = %v, want %v", c.who.Email, c.obj, c.act, got, c.want)
		}
	}

	// A role change takes effect at once and survives a restart (policies live in Postgres).
	if err := s.ChangeRole(ctx, ws.ID, vw.ID, RoleEditor); err != nil {
		t.Fatal(err)
	}
	if !s.Allowed(vw.ID, ws.ID, "content", "write") {
		t.Error("promotion to editor not effective")
	}
	restarted, err := NewService(ctx, s.store.db, s.log)
	if err != nil {
		t.Fatal(err)
	}
	if !restarted.Allowed(vw.ID, ws.ID, "content", "write") || restarted.Allowed(vw.ID, ws.ID, "members", "manage") {
		t.Error("policy after restart differs")
	}
	if err := s.RemoveMember(ctx, ws.ID, ed.ID); err != nil {
		t.Fatal(err)
	}
	if s.Allowed(ed.ID, ws.ID, "content", "read") {
		t.Error("removed member keeps access")
	}
	if err := s.RemoveMember(ctx, ws.ID, own.ID); !errors.Is(err, ErrLastOwner) {
		t.Errorf("removing the last owner: %v", err)
	}
}

func TestAuditLogIsAppendOnly(t *testing.T) {
	s, db := newService(t)
	ctx := context.Background()
	if _, err := s.CreateUser(ctx, NewUser{Email: "x@y.io", Name: "X", Password: "long enough pw"}); err != nil {
		t.Fatal(err)
	}
	var n int64
	db.Model(&AuditEntry{}).Where("action = ?", AuditUserCreated).Count(&n)
	if n != 1 {
		t.Fatalf("%d user.created entries", n)
	}
	if err := db.Exec("UPDATE audit_log SET action = 'tampered'").Error; err == nil {
		t.Error("audit_log accepted an UPDATE")
	}
	if err := db.Exec("DELETE FROM audit_log").Error; err == nil {
		t.Error("audit_log accepted a DELETE")
	}
}

func TestTokenLifecycle(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	u, _ := s.CreateUser(ctx, NewUser{Email: "t@y.io", Name: "T", Password: "long enough pw"})
	ctx = actor.With(ctx, actor.Actor{UserID: u.ID})
	ws, _ := s.CreateWorkspace(ctx, "W")
	past := time.Now().Add(-time.Hour)
	if _, _, err := s.CreateToken(ctx, ws.ID, "old", &past); err == nil {
		t.Error("token expiring in the past accepted")
	}
	soon := time.Now().Add(time.Hour)
	plain, tok, err := s.CreateToken(ctx, ws.ID, "ci", &soon)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(tok.TokenHash), plain) || len(tok.TokenHash) != 32 {
		t.Error("token stored in the clear")
	}
	b, err := s.AuthenticateToken(ctx, plain)
	if err != nil {
		t.Fatalf("fresh token: %v", err)
	}
	if b.User.ID != u.ID || b.Role != RoleOwner || b.Token.WorkspaceID != ws.ID || b.User.Email != u.Email {
		t.Errorf("bearer = %+v", b)
	}
	s.now = func() time.Time { return time.Now().Add(2 * time.Hour) }
	if _, err := s.AuthenticateToken(ctx, plain); !errors.Is(err, apperr.ErrUnauthorized) {
		t.Errorf("expired token: %v", err)
	}
}
