// Package actor carries who is calling (a signed-in user or an API token) and in which workspace,
// from the auth middleware to every module, through the request context.
package actor

import "context"

// Actor is the authenticated caller of a request.
type Actor struct {
	UserID      string
	Email       string
	Name        string
	Language    string
	IsAdmin     bool
	WorkspaceID string // the current workspace; empty when the user belongs to none
	Role        string // role in the current workspace: owner, editor, viewer
	TokenID     string // set when the request came with an API token
	IP          string // client address, for the audit trail
}

type ctxKey struct{}

// With stores the actor in ctx.
func With(ctx context.Context, a Actor) context.Context {
	return context.WithValue(ctx, ctxKey{}, a)
}

// From returns the actor stored in ctx.
func From(ctx context.Context) (Actor, bool) {
	a, ok := ctx.Value(ctxKey{}).(Actor)
	return a, ok
}
