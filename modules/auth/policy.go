package auth

import (
	"fmt"
	"sync"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	"github.com/casbin/casbin/v2/util"
)

// casbinModel is RBAC with domains. A domain is "ws:<workspace id>" or "platform"; role links
// and permissions written for the domain pattern "*" or "ws:*" hold in every workspace.
const casbinModel = `
[request_definition]
r = sub, dom, obj, act

[policy_definition]
p = sub, dom, obj, act

[role_definition]
g = _, _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.sub, p.sub, r.dom) && keyMatch(r.dom, p.dom) && r.obj == p.obj && r.act == p.act
`

// platformDomain is where the platform admin's permissions live.
const platformDomain = "platform"

// rule is one casbin policy line: ptype followed by its values.
type rule []string

// defaultPolicy is who may do what. Objects and actions are the ones routes declare.
var defaultPolicy = []rule{
	{"p", "role:viewer", "ws:*", "workspace", "read"},
	{"p", "role:viewer", "ws:*", "content", "read"},
	{"p", "role:viewer", "ws:*", "analytics", "read"},
	{"p", "role:viewer", "ws:*", "culture", "read"},
	{"p", "role:viewer", "ws:*", "tokens", "manage"},
	{"p", "role:editor", "ws:*", "content", "write"},
	{"p", "role:editor", "ws:*", "culture", "use"},
	{"p", "role:owner", "ws:*", "workspace", "manage"},
	{"p", "role:owner", "ws:*", "members", "manage"},
	{"p", "role:owner", "ws:*", "brands", "manage"},
	{"p", "role:admin", platformDomain, "users", "manage"},
	{"p", "role:admin", platformDomain, "culture", "read"},
	{"p", "role:admin", platformDomain, "culture", "use"},
	{"p", "role:admin", platformDomain, "culture", "manage"},
	{"p", "role:admin", platformDomain, "providers", "manage"},
	{"p", "role:admin", platformDomain, "compliance", "manage"},
	{"p", "role:admin", platformDomain, "audit", "read"},
	{"g", "role:owner", "role:editor", "*"},
	{"g", "role:editor", "role:viewer", "*"},
}

func userSubject(id string) string     { return "user:" + id }
func roleSubject(r Role) string        { return "role:" + string(r) }
func workspaceDomain(id string) string { return "ws:" + id }

func memberRule(userID, workspaceID string, r Role) rule {
	return rule{"g", userSubject(userID), roleSubject(r), workspaceDomain(workspaceID)}
}

func adminRule(userID string) rule {
	return rule{"g", userSubject(userID), "role:admin", platformDomain}
}

// policy is the casbin enforcer with a memo of its decisions: a route asks the same few
// questions (this user, this workspace, this permission) on every request, and casbin's
// matcher costs far more than a map lookup. Every change to the policy clears the memo.
type policy struct {
	enforcer *casbin.SyncedEnforcer

	mu   sync.RWMutex
	memo map[decision]bool
	// version counts policy changes, so that a decision computed while a change was applied
	// is not memoized.
	version uint64
}

type decision struct{ sub, dom, obj, act string }

// maxDecisions bounds the memo; it starts over when full.
const maxDecisions = 100_000

// newPolicy builds the enforcer on the policy adapter. Auto-save is off: the store writes
// policy rows in the same transaction as the change they mirror, then the service applies the
// change to the enforcer's memory with apply.
func newPolicy(a *policyAdapter) (*policy, error) {
	m, err := model.NewModelFromString(casbinModel)
	if err != nil {
		return nil, fmt.Errorf("auth: casbin model: %w", err)
	}
	e, err := casbin.NewSyncedEnforcer(m, a)
	if err != nil {
		return nil, fmt.Errorf("auth: casbin: %w", err)
	}
	e.EnableAutoSave(false)
	e.AddNamedDomainMatchingFunc("g", "keyMatch", util.KeyMatch)
	if err := e.LoadPolicy(); err != nil {
		return nil, fmt.Errorf("auth: load policy: %w", err)
	}
	return &policy{enforcer: e, memo: map[decision]bool{}}, nil
}

// apply mirrors a committed policy change in the enforcer's memory and forgets every decision.
func (p *policy) apply(r rule, add bool) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var err error
	e := p.enforcer
	switch {
	case r[0] == "g" && add:
		_, err = e.AddGroupingPolicy(r[1], r[2], r[3])
	case r[0] == "g":
		_, err = e.RemoveGroupingPolicy(r[1], r[2], r[3])
	case add:
		_, err = e.AddPolicy(r[1], r[2], r[3], r[4])
	default:
		_, err = e.RemovePolicy(r[1], r[2], r[3], r[4])
	}
	p.version++
	clear(p.memo)
	return err
}

// allowed asks the enforcer, first in the platform domain, then in the workspace.
func (p *policy) allowed(userID, workspaceID, obj, act string) (bool, error) {
	sub := userSubject(userID)
	ok, err := p.enforce(decision{sub, platformDomain, obj, act})
	if err != nil || ok || workspaceID == "" {
		return ok, err
	}
	return p.enforce(decision{sub, workspaceDomain(workspaceID), obj, act})
}

func (p *policy) enforce(d decision) (bool, error) {
	p.mu.RLock()
	ok, known := p.memo[d]
	version := p.version
	p.mu.RUnlock()
	if known {
		return ok, nil
	}
	ok, err := p.enforcer.Enforce(d.sub, d.dom, d.obj, d.act)
	if err != nil {
		return false, err
	}
	p.mu.Lock()
	if p.version == version {
		if len(p.memo) >= maxDecisions {
			clear(p.memo)
		}
		p.memo[d] = ok
	}
	p.mu.Unlock()
	return ok, nil
}
