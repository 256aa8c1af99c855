package auth

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
)

// Login throttle: a sliding window per account and per client address.
const (
	throttleWindow   = 15 * time.Minute
	accountFailLimit = 5
	addressFailLimit = 50
	minPasswordLen   = 10
	maxPasswordLen   = 256
	maxNameLen       = 120
)

// Service is the auth module's business logic. It owns the transactions.
type Service struct {
	store     store
	policy    *policy
	bearers   *bearerCache
	log       *slog.Logger
	now       func() time.Time
	dummyHash string // verified against when the email is unknown, so timing reveals nothing
}

// NewService loads the policy, making sure the default rules exist and the user links match
// the memberships (a repair that is a no-op when nothing drifted).
func NewService(ctx context.Context, db *gorm.DB, log *slog.Logger) (*Service, error) {
	st := store{db: db}
	err := st.inTx(ctx, func(tx store) error {
		if err := tx.addRules(ctx, defaultPolicy...); err != nil {
			return err
		}
		rules, err := tx.derivedRules(ctx)
		if err != nil {
			return err
		}
		return tx.replaceUserRules(ctx, rules)
	})
	if err != nil {
		return nil, fmt.Errorf("auth: policy: %w", err)
	}
	pol, err := newPolicy(&policyAdapter{db: db})
	if err != nil {
		return nil, err
	}
	dummy, err := hashPassword(randomPassword())
	if err != nil {
		return nil, err
	}
	return &Service{store: st, policy: pol, bearers: newBearerCache(), log: log, now: func() time.Time { return time.Now().UTC() }, dummyHash: dummy}, nil
}

// Allowed reports whether the user may perform act on obj in the workspace (or platform-wide).
func (s *Service) Allowed(userID, workspaceID, obj, act string) bool {
	ok, err := s.policy.allowed(userID, workspaceID, obj, act)
	if err != nil {
		s.log.Error("auth: enforce", "err", err)
		return false
	}
	return ok
}

// Bootstrap creates the platform admin on first start, with a first workspace. It returns the
// generated password when none was configured, to be printed once; "" otherwise.
func (s *Service) Bootstrap(ctx context.Context, email, password string) (string, error) {
	n, err := s.store.countUsers(ctx)
	if err != nil || n > 0 {
		return "", err
	}
	generated := ""
	if password == "" {
		password = randomPassword()
		generated = password
	}
	u, err := s.CreateUser(ctx, NewUser{Email: email, Name: "Admin", Password: password, Language: "es", Admin: true})
	if err != nil {
		return "", err
	}
	if _, err := s.CreateWorkspace(actor.With(ctx, actor.Actor{UserID: u.ID}), "Frontier"); err != nil {
		return "", err
	}
	return generated, nil
}

// NewUser is the input of CreateUser.
type NewUser struct {
	Email, Name, Password, Language string
	Admin                           bool
}

// CreateUser validates and stores a new person.
func (s *Service) CreateUser(ctx context.Context, in NewUser) (User, error) {
	var v apperr.Validation
	in.Email = strings.TrimSpace(in.Email)
	in.Name = strings.TrimSpace(in.Name)
	validateEmail(&v, "email", in.Email)
	validateName(&v, "name", in.Name)
	validatePassword(&v, "password", in.Password)
	if in.Language == "" {
		in.Language = "es"
	}
	if !validLanguage(in.Language) {
		v.Add("language", "validation.one_of", "Options", "es, pt-BR, en")
	}
	if err := v.Err(); err != nil {
		return User{}, err
	}
	hash, err := hashPassword(in.Password)
	if err != nil {
		return User{}, err
	}
	u := User{Email: in.Email, Name: in.Name, Language: in.Language, PasswordHash: hash, IsAdmin: in.Admin}
	err = s.inTx(ctx, func(tx store) error {
		if err := tx.createUser(ctx, &u); err != nil {
			return err
		}
		if in.Admin {
			if err := tx.addRules(ctx, adminRule(u.ID)); err != nil {
				return err
			}
		}
		return tx.audit(ctx, s.entry(ctx, AuditUserCreated, "user:"+u.ID, map[string]any{"email": u.Email, "admin": in.Admin}))
	})
	if err != nil {
		if isConflict(err) {
			return User{}, apperr.Invalid("email", "auth.email_taken")
		}
		return User{}, err
	}
	if in.Admin {
		if err := s.policy.apply(adminRule(u.ID), true); err != nil {
			return User{}, err
		}
	}
	return u, nil
}

// User returns one user.
func (s *Service) User(ctx context.Context, id string) (User, error) {
	return s.store.userByID(ctx, id)
}

// UserByEmail returns one user by email, case-insensitively.
func (s *Service) UserByEmail(ctx context.Context, email string) (User, error) {
	return s.store.userByEmail(ctx, email)
}

// Authenticate checks an email and password, through the throttle. Unknown email, wrong
// password and disabled account all get ErrBadCredentials after the same amount of work.
func (s *Service) Authenticate(ctx context.Context, email, password, ip string) (User, error) {
	email = strings.TrimSpace(email)
	emailLower := strings.ToLower(email)
	now := s.now()
	since := now.Add(-throttleWindow)
	byAccount, err := s.store.failuresForEmail(ctx, emailLower, since)
	if err != nil {
		return User{}, err
	}
	byAddress, err := s.store.failuresForIP(ctx, ip, since)
	if err != nil {
		return User{}, err
	}
	if byAccount >= accountFailLimit || byAddress >= addressFailLimit {
		if err := s.recordFailure(ctx, emailLower, ip, nil, "throttled"); err != nil {
			return User{}, err
		}
		return User{}, ErrThrottled
	}

	u, lookupErr := s.store.userByEmail(ctx, email)
	hash := s.dummyHash
	if lookupErr == nil {
		hash = u.PasswordHash
	}
	ok, verr := verifyPassword(password, hash)
	if lookupErr != nil || verr != nil || !ok || u.Disabled() {
		reason := "password"
		var uid *string
		switch {
		case lookupErr != nil:
			reason = "unknown_email"
		case u.Disabled():
			reason, uid = "disabled", &u.ID
		default:
			uid = &u.ID
		}
		if err := s.recordFailure(ctx, emailLower, ip, uid, reason); err != nil {
			return User{}, err
		}
		return User{}, ErrBadCredentials
	}
	err = s.inTx(ctx, func(tx store) error {
		if err := tx.recordAttempt(ctx, loginAttempt{EmailLower: emailLower, IP: ip, Success: true, At: now}); err != nil {
			return err
		}
		if err := tx.updateUser(ctx, u.ID, map[string]any{"last_login_at": now}); err != nil {
			return err
		}
		e := s.entry(ctx, AuditLoginSuccess, "user:"+u.ID, nil)
		e.ActorID, e.IP = &u.ID, ip
		return tx.audit(ctx, e)
	})
	u.LastLoginAt = &now
	return u, err
}

func (s *Service) recordFailure(ctx context.Context, emailLower, ip string, userID *string, reason string) error {
	return s.inTx(ctx, func(tx store) error {
		if err := tx.recordAttempt(ctx, loginAttempt{EmailLower: emailLower, IP: ip, At: s.now()}); err != nil {
			return err
		}
		e := s.entry(ctx, AuditLoginFailure, "email:"+emailLower, map[string]any{"reason": reason})
		e.ActorID, e.IP = userID, ip
		return tx.audit(ctx, e)
	})
}

// SetLanguage stores the user's UI language.
func (s *Service) SetLanguage(ctx context.Context, userID, lang string) error {
	if !validLanguage(lang) {
		return apperr.Invalid("language", "validation.one_of", "Options", "es, pt-BR, en")
	}
	err := s.store.updateUser(ctx, userID, map[string]any{"language": lang})
	s.bearers.forget()
	return err
}

// ChangePassword lets a user replace their own password, proving they know the current one.
func (s *Service) ChangePassword(ctx context.Context, userID, current, next string) error {
	u, err := s.store.userByID(ctx, userID)
	if err != nil {
		return err
	}
	if ok, err := verifyPassword(current, u.PasswordHash); err != nil || !ok {
		return apperr.Invalid("current_password", "auth.current_password_wrong")
	}
	return s.setPassword(ctx, userID, next)
}

// SetPassword sets a user's password (operators and admins).
func (s *Service) SetPassword(ctx context.Context, userID, password string) error {
	return s.setPassword(ctx, userID, password)
}

func (s *Service) setPassword(ctx context.Context, userID, password string) error {
	var v apperr.Validation
	validatePassword(&v, "password", password)
	if err := v.Err(); err != nil {
		return err
	}
	hash, err := hashPassword(password)
	if err != nil {
		return err
	}
	return s.inTx(ctx, func(tx store) error {
		if err := tx.updateUser(ctx, userID, map[string]any{"password_hash": hash}); err != nil {
			return err
		}
		return tx.audit(ctx, s.entry(ctx, AuditPasswordSet, "user:"+userID, nil))
	})
}

// entry starts an audit entry for the actor in ctx.
func (s *Service) entry(ctx context.Context, action, target string, details map[string]any) AuditEntry {
	e := AuditEntry{At: s.now(), Action: action, Target: target, Details: details}
	if e.Details == nil {
		e.Details = map[string]any{}
	}
	if a, ok := actor.From(ctx); ok {
		if a.UserID != "" {
			e.ActorID = &a.UserID
		}
		if a.WorkspaceID != "" {
			e.WorkspaceID = &a.WorkspaceID
		}
		e.IP = a.IP
	}
	return e
}

// ---- validation helpers

func validateEmail(v *apperr.Validation, field, email string) {
	if email == "" {
		v.Add(field, "validation.required")
		return
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || len(email) > 254 {
		v.Add(field, "validation.email")
	}
}

func validateName(v *apperr.Validation, field, name string) {
	if name == "" {
		v.Add(field, "validation.required")
	} else if utf8.RuneCountInString(name) > maxNameLen {
		v.Add(field, "validation.too_long", "Max", maxNameLen)
	}
}

func validatePassword(v *apperr.Validation, field, pw string) {
	switch n := utf8.RuneCountInString(pw); {
	case n == 0:
		v.Add(field, "validation.required")
	case n < minPasswordLen:
		v.Add(field, "validation.too_short", "Min", minPasswordLen)
	case n > maxPasswordLen:
		v.Add(field, "validation.too_long", "Max", maxPasswordLen)
	}
}

func validLanguage(l string) bool { return l == "es" || l == "pt-BR" || l == "en" }

// OneTimePassword makes a password to hand over once: easy to read aloud and type.
func OneTimePassword() string { return randomPassword() }

// randomPassword makes a one-time password that is easy to read aloud and type.
func randomPassword() string {
	const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789"
	b := make([]byte, 16)
	rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b[:4]) + "-" + string(b[4:8]) + "-" + string(b[8:12]) + "-" + string(b[12:])
}
