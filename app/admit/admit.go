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

// ticket is one admitted holder's slot. Its methods are called by the holder's goroutine
// only: Away and the leave function are never called concurrently for one ticket.
type ticket struct {
	gate  *Gate
	away  bool
	freed bool
}

type ticketKey struct{}

func (t *ticket) leave() {
	if t.freed {
		return
	}
	t.freed = true
	if !t.away {
		<-t.gate.slots
	}
}

// Away runs fn with the caller's slot handed back, then queues for a slot again before it
// returns: fn should be a wait on something outside the process. Without a slot in ctx (a
// background job, a test) it just runs fn. The slot is taken back even if ctx has ended
// meanwhile, so that the work that follows (saving what fn produced) still runs admitted.
func Away(ctx context.Context, fn func()) {
	t, _ := ctx.Value(ticketKey{}).(*ticket)
	if t == nil || t.away || t.freed {
		fn()
		return
	}
	t.away = true
	<-t.gate.slots
	defer func() {
		t.gate.slots <- struct{}{}
		t.away = false
	}()
	fn()
}
