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

// Gate admits at most n holders at a time, the others in the order they arrived; holders
// coming back from Away go before newcomers, since they have already waited their turn once.
type Gate struct {
	mu        sync.Mutex
	size      int
	inUse     int
	returning lane // served first
	newcomers lane
	maxWait   time.Duration
}

// lane is a first come, first served queue of waiters.
type lane []*waiter

// waiter is one goroutine queued for a slot; ready is closed when the slot is handed to it.
type waiter struct{ ready chan struct{} }

func (l *lane) push(w *waiter) { *l = append(*l, w) }

func (l *lane) pop() *waiter {
	if len(*l) == 0 {
		return nil
	}
	w := (*l)[0]
	(*l)[0] = nil
	*l = (*l)[1:]
	return w
}

// remove takes w out of the lane; false if it is no longer there (it was handed a slot).
func (l *lane) remove(w *waiter) bool {
	for i, x := range *l {
		if x == w {
			*l = append((*l)[:i], (*l)[i+1:]...)
			return true
		}
	}
	return false
}

// New returns a gate of n slots (at least 1) where nobody waits longer than maxWait.
func New(n int, maxWait time.Duration) *Gate {
	return &Gate{size: max(n, 1), maxWait: maxWait}
}

// Size is the number of slots.
func (g *Gate) Size() int { return g.size }

// InUse is the number of slots taken now.
func (g *Gate) InUse() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.inUse
}

// Enter waits for a slot. It returns a context that carries the slot (for Away) and the
// function that gives the slot back, to be called once when the work is done. It fails with
// ErrBusy after the gate's longest wait, or with ctx's error if ctx ends first.
func (g *Gate) Enter(ctx context.Context) (context.Context, func(), error) {
	if err := g.acquire(ctx, &g.newcomers, g.maxWait); err != nil {
		return ctx, nil, err
	}
	t := &ticket{gate: g}
	return context.WithValue(ctx, ticketKey{}, t), t.leave, nil
}

// acquire takes a slot, queueing in lane behind the waiters already there (and, for
// newcomers, behind every returning waiter). maxWait 0 waits as long as ctx allows.
func (g *Gate) acquire(ctx context.Context, l *lane, maxWait time.Duration) error {
	g.mu.Lock()
	if g.inUse < g.size && len(g.returning) == 0 && len(*l) == 0 {
		g.inUse++
		g.mu.Unlock()
		return nil
	}
	w := &waiter{ready: make(chan struct{})}
	l.push(w)
	g.mu.Unlock()

	var expired <-chan time.Time
	if maxWait > 0 {
		timer := time.NewTimer(maxWait)
		defer timer.Stop()
		expired = timer.C
	}
	var err error
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		err = ctx.Err()
	case <-expired:
		err = ErrBusy
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if !l.remove(w) {
		g.releaseLocked() // the slot came as we gave up: pass it on
	}
	return err
}

// release gives a slot back.
func (g *Gate) release() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.releaseLocked()
}

// releaseLocked hands the slot to the first returning waiter, else to the first newcomer,
// else frees it; the caller holds g.mu.
func (g *Gate) releaseLocked() {
	if w := g.returning.pop(); w != nil {
		close(w.ready)
		return
	}
	if w := g.newcomers.pop(); w != nil {
		close(w.ready)
		return
	}
	g.inUse--
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
		t.gate.release()
	}
	t.state = freed
}

// awayAfter is how long Away lets fn run before it hands the slot back: a wait that ends
// sooner (a provider on the same machine answering at once) keeps its place rather than
// queueing behind every newcomer a second time.
const awayAfter = 20 * time.Millisecond

// Away runs fn, a wait on something outside the process, and hands the caller's slot back
// if fn takes longer than awayAfter; it then queues for a slot again, ahead of newcomers,
// before it returns.
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
	t.gate.release()
	return true
}

// takeBack queues for a slot again, ahead of newcomers, unless the holder left meanwhile.
func (t *ticket) takeBack() {
	t.mu.Lock()
	if t.state == freed {
		t.mu.Unlock()
		return
	}
	t.mu.Unlock()
	_ = t.gate.acquire(context.Background(), &t.gate.returning, 0) // waits without a deadline: cannot fail
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state == freed { // the holder left while we queued
		t.gate.release()
		return
	}
	t.state = held
}

// Detach returns ctx without its slot, for work that goes on after the request that started
// it: such work waits for nothing on the request's behalf.
func Detach(ctx context.Context) context.Context {
	return context.WithValue(ctx, ticketKey{}, (*ticket)(nil))
}
