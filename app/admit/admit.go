// Package admit lets a bounded number of requests do their work at once and queues the others
// in arrival order.
//
// On a server with a few cores, fifty requests that each need a few milliseconds of CPU and a
// database round trip finish sooner, and far more evenly, when a handful run at a time and the
// rest wait their turn, than when all fifty share the cores and race for the connection pool
// (database/sql hands a freed connection to a random waiter, which is what stretches the tail).
// The queue is first come, first served, so the slowest request waits about as long as the
// typical one.
//
// A request that waits on something outside the process, a model provider answering over the
// network for instance, hands its slot back for that time with Away, so slow providers never
// hold up the requests that could run meanwhile.
package admit

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/frontierhq/frontier/app/apperr"
)

// ErrBusy is returned by Enter when no slot freed up within the gate's longest wait.
var ErrBusy = fmt.Errorf("server busy: %w", apperr.ErrUnavailable)

// Gate admits at most n holders at a time, the others in the order they arrived.
type Gate struct {
	// slots holds one token per admitted holder. Goroutines blocked sending on a channel are
	// woken in the order they blocked, which is what makes the queue first come, first served.
	slots   chan struct{}
	maxWait time.Duration
}

// New returns a gate of n slots (at least 1) where nobody waits longer than maxWait.
func New(n int, maxWait time.Duration) *Gate {
	return &Gate{slots: make(chan struct{}, max(n, 1)), maxWait: maxWait}
}

// Size is the number of slots.
func (g *Gate) Size() int { return cap(g.slots) }

// InUse is the number of slots taken now.
func (g *Gate) InUse() int { return len(g.slots) }

// Enter waits for a slot. It returns a context that carries the slot (for Away) and the
// function that gives the slot back, to be called once when the work is done. It fails with
// ErrBusy after the gate's longest wait, or with ctx's error if ctx ends first.
func (g *Gate) Enter(ctx context.Context) (context.Context, func(), error) {
	select {
	case g.slots <- struct{}{}:
		// A free slot means nobody is queued: a queued sender fills a slot the moment it frees.
	default:
		timer := time.NewTimer(g.maxWait)
		defer timer.Stop()
		select {
		case g.slots <- struct{}{}:
		case <-ctx.Done():
			return ctx, nil, ctx.Err()
		case <-timer.C:
			return ctx, nil, ErrBusy
		}
	}
	t := &ticket{gate: g}
	return context.WithValue(ctx, ticketKey{}, t), t.leave, nil
}

// ticket is one admitted holder's slot. Work the holder hands to other goroutines may carry
// its context, so every method is safe to call concurrently: the slot is given back exactly
// once, whatever the order.
type ticket struct {
	gate *Gate

	mu    sync.Mutex
	state ticketState
}

type ticketState int

const (
	held  ticketState = iota // the ticket holds a slot
	away                     // the slot was handed back by Away, to be taken again
	freed                    // the holder left: the ticket holds nothing and never will
)

type ticketKey struct{}

func (t *ticket) leave() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state == held {
		<-t.gate.slots
	}
	t.state = freed
}

// awayAfter is how long Away lets fn run before it hands the slot back: a wait that ends
// sooner (a provider on the same machine answering at once) keeps its place rather than
// queueing behind every newcomer a second time.
const awayAfter = 20 * time.Millisecond

// Away runs fn, a wait on something outside the process, and hands the caller's slot back
// if fn takes longer than awayAfter; it then queues for a slot again before it returns.
// Without a slot in ctx (a background job, a test, a holder that already left, a nested
// Away) it just runs fn. The slot is taken back even if ctx has ended meanwhile, so that the
// work that follows (saving what fn produced) still runs admitted; if the holder left
// meanwhile, it is not.
func Away(ctx context.Context, fn func()) {
	t, _ := ctx.Value(ticketKey{}).(*ticket)
	if t == nil {
		fn()
		return
	}
	finished := make(chan struct{})
	handed := make(chan bool, 1)
	go func() {
		timer := time.NewTimer(awayAfter)
		defer timer.Stop()
		select {
		case <-finished:
			handed <- false
		case <-timer.C:
			handed <- t.handBack()
		}
	}()
	fn()
	close(finished)
	if <-handed {
		t.takeBack()
	}
}

// handBack gives the ticket's slot back for a while; false if it held none.
func (t *ticket) handBack() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state != held {
		return false
	}
	t.state = away
	<-t.gate.slots
	return true
}

// takeBack queues for a slot like any newcomer, unless the holder left meanwhile.
func (t *ticket) takeBack() {
	t.mu.Lock()
	if t.state == freed {
		t.mu.Unlock()
		return
	}
	t.mu.Unlock()
	t.gate.slots <- struct{}{}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state == freed { // the holder left while we queued
		<-t.gate.slots
		return
	}
	t.state = held
}

// Detach returns ctx without its slot, for work that goes on after the request that started
// it: such work waits for nothing on the request's behalf.
func Detach(ctx context.Context) context.Context {
	return context.WithValue(ctx, ticketKey{}, (*ticket)(nil))
}
