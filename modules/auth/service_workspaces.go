package auth

import (
	"context"
	"errors"
	"strings"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
)

// Workspaces lists the live workspaces of a user, with their role.
func (s *Service) Workspaces(ctx context.Context, userID string) ([]WorkspaceView, error) {
	return s.store.workspacesOf(ctx, userID)
}

// Role is the user's role in a live workspace; ErrNotFound when they are not a member.
func (s *Service) Role(ctx context.Context, userID, workspaceID string) (Role, error) {
	if !validUUID(workspaceID) {
		return "", apperr.ErrNotFound
	}
	return s.store.role(ctx, userID, workspaceID)
}

// Workspace returns a live workspace.
func (s *Service) Workspace(ctx context.Context, id string) (Workspace, error) {
	if !validUUID(id) {
		return Workspace{}, apperr.ErrNotFound
	}
	return s.store.workspace(ctx, id)
}

// CreateWorkspace makes a workspace with the actor as its owner.
func (s *Service) CreateWorkspace(ctx context.Context, name string) (Workspace, error) {
	a, _ := actor.From(ctx)
	name = strings.TrimSpace(name)
	var v apperr.Validation
	validateName(&v, "name", name)
	if err := v.Err(); err != nil {
		return Workspace{}, err
	}
	w := Workspace{Name: name, CreatedBy: &a.UserID}
	link := rule{}
	err := s.inTx(ctx, func(tx store) error {
		if err := tx.createWorkspace(ctx, &w); err != nil {
			return err
		}
		if err := tx.addMember(ctx, &Membership{WorkspaceID: w.ID, UserID: a.UserID, Role: RoleOwner}); err != nil {
			return err
		}
		link = memberRule(a.UserID, w.ID, RoleOwner)
		if err := tx.addRules(ctx, link); err != nil {
			return err
		}
		e := s.entry(ctx, AuditWorkspaceMade, "workspace:"+w.ID, map[string]any{"name": name})
		e.WorkspaceID = &w.ID
		return tx.audit(ctx, e)
	})
	if err != nil {
		return Workspace{}, err
	}
	return w, s.policy.apply(link, true)
}

// RenameWorkspace changes a workspace's name.
func (s *Service) RenameWorkspace(ctx context.Context, id, name string) error {
	name = strings.TrimSpace(name)
	var v apperr.Validation
	validateName(&v, "name", name)
	if err := v.Err(); err != nil {
		return err
	}
	return s.inTx(ctx, func(tx store) error {
		if err := tx.updateWorkspace(ctx, id, map[string]any{"name": name}); err != nil {
			return err
		}
		return tx.audit(ctx, s.workspaceEntry(ctx, id, AuditWorkspaceEdit, "workspace:"+id, map[string]any{"name": name}))
	})
}

// ArchiveWorkspace hides a workspace from everyone; its data stays.
func (s *Service) ArchiveWorkspace(ctx context.Context, id string) error {
	return s.inTx(ctx, func(tx store) error {
		if err := tx.updateWorkspace(ctx, id, map[string]any{"archived_at": s.now()}); err != nil {
			return err
		}
		return tx.audit(ctx, s.workspaceEntry(ctx, id, AuditWorkspaceGone, "workspace:"+id, nil))
	})
}

// Members lists a workspace's members.
func (s *Service) Members(ctx context.Context, workspaceID string) ([]MemberView, error) {
	return s.store.members(ctx, workspaceID)
}

// AddMember adds a person to a workspace. Someone new gets an account with a one-time password,
// returned so the owner can hand it over; for an existing account the password is "".
func (s *Service) AddMember(ctx context.Context, workspaceID, email, name string, role Role) (oneTime string, err error) {
	email, name = strings.TrimSpace(email), strings.TrimSpace(name)
	var v apperr.Validation
	validateEmail(&v, "email", email)
	if !role.Valid() {
		v.Add("role", "validation.one_of", "Options", "owner, editor, viewer")
	}
	if err := v.Err(); err != nil {
		return "", err
	}
	u, err := s.store.userByEmail(ctx, email)
	if errors.Is(err, apperr.ErrNotFound) {
		if name == "" {
			return "", apperr.Invalid("name", "auth.name_needed_for_new_person")
		}
		oneTime = randomPassword()
		if u, err = s.CreateUser(ctx, NewUser{Email: email, Name: name, Password: oneTime}); err != nil {
			return "", err
		}
	} else if err != nil {
		return "", err
	}
	link := memberRule(u.ID, workspaceID, role)
	err = s.inTx(ctx, func(tx store) error {
		if err := tx.addMember(ctx, &Membership{WorkspaceID: workspaceID, UserID: u.ID, Role: role}); err != nil {
			return err
		}
		if err := tx.addRules(ctx, link); err != nil {
			return err
		}
		return tx.audit(ctx, s.workspaceEntry(ctx, workspaceID, AuditMemberAdded, "user:"+u.ID, map[string]any{"role": role}))
	})
	if isConflict(err) {
		return "", apperr.Invalid("email", "auth.already_member")
	}
	if err != nil {
		return "", err
	}
	return oneTime, s.policy.apply(link, true)
}

// ChangeRole gives a member another role; a workspace always keeps one owner.
func (s *Service) ChangeRole(ctx context.Context, workspaceID, userID string, role Role) error {
	if !role.Valid() {
		return apperr.Invalid("role", "validation.one_of", "Options", "owner, editor, viewer")
	}
	old, err := s.Role(ctx, userID, workspaceID)
	if err != nil || old == role {
		return err
	}
	err = s.inTx(ctx, func(tx store) error {
		owners, err := tx.lockOwners(ctx, workspaceID)
		if err != nil {
			return err
		}
		if old == RoleOwner && owners <= 1 {
			return ErrLastOwner
		}
		if err := tx.setRole(ctx, workspaceID, userID, role); err != nil {
			return err
		}
		if err := tx.removeRule(ctx, memberRule(userID, workspaceID, old)); err != nil {
			return err
		}
		if err := tx.addRules(ctx, memberRule(userID, workspaceID, role)); err != nil {
			return err
		}
		return tx.audit(ctx, s.workspaceEntry(ctx, workspaceID, AuditRoleChanged, "user:"+userID, map[string]any{"from": old, "to": role}))
	})
	if err != nil {
		return err
	}
	if err := s.policy.apply(memberRule(userID, workspaceID, old), false); err != nil {
		return err
	}
	return s.policy.apply(memberRule(userID, workspaceID, role), true)
}

// RemoveMember takes a person out of a workspace; a workspace always keeps one owner.
func (s *Service) RemoveMember(ctx context.Context, workspaceID, userID string) error {
	old, err := s.Role(ctx, userID, workspaceID)
	if err != nil {
		return err
	}
	err = s.inTx(ctx, func(tx store) error {
		owners, err := tx.lockOwners(ctx, workspaceID)
		if err != nil {
			return err
		}
		if old == RoleOwner && owners <= 1 {
			return ErrLastOwner
		}
		if err := tx.removeMember(ctx, workspaceID, userID); err != nil {
			return err
		}
		if err := tx.removeRule(ctx, memberRule(userID, workspaceID, old)); err != nil {
			return err
		}
		return tx.audit(ctx, s.workspaceEntry(ctx, workspaceID, AuditMemberRemoved, "user:"+userID, map[string]any{"role": old}))
	})
	if err != nil {
		return err
	}
	return s.policy.apply(memberRule(userID, workspaceID, old), false)
}

func (s *Service) workspaceEntry(ctx context.Context, workspaceID, action, target string, details map[string]any) AuditEntry {
	e := s.entry(ctx, action, target, details)
	e.WorkspaceID = &workspaceID
	return e
}

func isConflict(err error) bool { return errors.Is(err, apperr.ErrConflict) }
