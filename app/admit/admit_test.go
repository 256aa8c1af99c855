package admit

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/frontierhq/frontier/app/apperr"
)

func TestGateAdmitsInArrivalOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := New(2, time.Minute)
		var leaves []func()
		for range 2 {
			_, leave, err := g.Enter(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			leaves = append(leaves, leave)
		}
		var order []int
		done := make(chan struct{})
		for i := range 6 {
			go func() {
				_, leave, err := g.Enter(t.Context())
				if err != nil {
					t.Error(err)
					return
				}
				order = append(order, i) // one at a time: the holders below leave one by one
				leave()
				done <- struct{}{}
			}()
			synctest.Wait() // i is queued before i+1 arrives
		}
		if g.InUse() != 2 {
			t.Fatalf("in use = %d, want 2", g.InUse())
		}
		leaves[0]()
		for range 6 {
			<-done
		}
		leaves[1]()
		if want := []int{0, 1, 2, 3, 4, 5}; !slices.Equal(order, want) {
			t.Errorf("admitted in order %v, want %v", order, want)
		}
		if g.InUse() != 0 {
			t.Errorf("in use = %d after everyone left", g.InUse())
		}
	})
}

func TestGateGivesUpAfterMaxWait(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := New(1, 5*time.Second)
		_, leave, err := g.Enter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		defer leave()
		start := time.Now()
		_, _, err = g.Enter(t.Context())
		if !errors.Is(err, ErrBusy) || !errors.Is(err, apperr.ErrUnavailable) {
			t.Fatalf("err = %v, want ErrBusy wrapping apperr.ErrUnavailable", err)
		}
		if waited := time.Since(start); waited != 5*time.Second {
			t.Errorf("gave up after %v, want 5s", waited)
		}
	})
}

func TestGateStopsWaitingWhenTheCallerLeaves(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := New(1, time.Minute)
		_, leave, _ := g.Enter(t.Context())
		defer leave()
		ctx, cancel := context.WithCancel(t.Context())
		errc := make(chan error)
		go func() {
			_, _, err := g.Enter(ctx)
			errc <- err
		}()
		synctest.Wait()
		cancel()
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
		if g.InUse() != 1 {
			t.Errorf("in use = %d, want 1 (the abandoned wait took no slot)", g.InUse())
		}
	})
}

func TestAwayLendsTheSlotAndTakesItBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := New(1, time.Minute)
		ctx, leave, err := g.Enter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		other := make(chan func())
		Away(ctx, func() {
			// While away, somebody else gets in, does its work and leaves.
			go func() {
				_, l, err := g.Enter(t.Context())
				if err != nil {
					t.Error(err)
				}
				other <- l
			}()
			(<-other)()
		})
		if g.InUse() != 1 {
			t.Fatalf("in use = %d after Away, want the slot back", g.InUse())
		}
		// Nobody else gets in until the holder leaves.
		entered := make(chan struct{})
		go func() {
			_, l, _ := g.Enter(t.Context())
			close(entered)
			l()
		}()
		synctest.Wait()
		select {
		case <-entered:
			t.Fatal("a second holder got in while the first held the only slot")
		default:
		}
		leave()
		leave() // leaving twice frees one slot only
		<-entered
		synctest.Wait()
		if g.InUse() != 0 {
			t.Errorf("in use = %d, want 0", g.InUse())
		}
	})
}

func TestAwayWithoutASlotJustRuns(t *testing.T) {
	ran := false
	Away(context.Background(), func() { ran = true })
	if !ran {
		t.Fatal("fn did not run")
	}
}

// TestHolderLeavingDuringAway: work handed to another goroutine carries the holder's context;
// the holder leaves while that work is away. The slot is given back once, and not taken again.
func TestHolderLeavingDuringAway(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := New(1, time.Minute)
		ctx, leave, err := g.Enter(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		inside, release, done := make(chan struct{}), make(chan struct{}), make(chan struct{})
		go func() {
			Away(ctx, func() {
				close(inside)
				<-release
			})
			close(done)
		}()
		<-inside
		leave() // the request is over; its background work is still away
		close(release)
		<-done
		if g.InUse() != 0 {
			t.Errorf("in use = %d after the holder left and the work came back, want 0", g.InUse())
		}
		// The gate still admits: nothing leaked.
		if _, l, err := g.Enter(t.Context()); err != nil {
			t.Fatal(err)
		} else {
			l()
		}
	})
}

// TestHolderLeavingWhileAwayQueues: the work comes back from Away and queues for a slot behind
// someone else; the holder leaves meanwhile. The slot it then gets is handed on at once.
func TestHolderLeavingWhileAwayQueues(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := New(1, time.Minute)
		ctx, leave, _ := g.Enter(t.Context())
		others := make(chan func(), 1)
		done := make(chan struct{})
		go func() {
			Away(ctx, func() {
				_, other, _ := g.Enter(t.Context()) // someone takes the lent slot
				others <- other
			})
			close(done)
		}()
		time.Sleep(2 * awayAfter) // the slot is handed back, taken by the other holder
		synctest.Wait()           // and Away queues behind it
		leave()
		(<-others)()
		<-done
		if g.InUse() != 0 {
			t.Errorf("in use = %d, want 0", g.InUse())
		}
	})
}

// TestShortWaitsKeepTheSlot: a wait that ends within awayAfter never hands the slot back, so
// it does not queue again behind newcomers.
func TestShortWaitsKeepTheSlot(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := New(1, time.Minute)
		ctx, leave, _ := g.Enter(t.Context())
		defer leave()
		entered := make(chan struct{})
		go func() {
			_, l, err := g.Enter(t.Context())
			if err == nil {
				close(entered)
				l()
			}
		}()
		synctest.Wait()
		Away(ctx, func() { time.Sleep(awayAfter / 2) })
		synctest.Wait()
		select {
		case <-entered:
			t.Fatal("the slot was handed back during a short wait")
		default:
		}
		if g.InUse() != 1 {
			t.Errorf("in use = %d, want 1", g.InUse())
		}
	})
}

func TestDetachDropsTheSlot(t *testing.T) {
	g := New(1, time.Minute)
	ctx, leave, _ := g.Enter(context.Background())
	defer leave()
	Away(Detach(ctx), func() {
		if g.InUse() != 1 {
			t.Errorf("detached work handed the holder's slot back")
		}
	})
}

// TestReturningHoldersGoFirst: a holder back from a long wait on a provider is admitted before
// the newcomers that queued meanwhile: it has waited its turn once already.
func TestReturningHoldersGoFirst(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		g := New(1, time.Minute)
		ctx, leave, _ := g.Enter(t.Context())
		var order []string
		var mu sync.Mutex
		note := func(who string) {
			mu.Lock()
			order = append(order, who)
			mu.Unlock()
		}
		providerDone := make(chan struct{})
		returned := make(chan struct{})
		go func() {
			Away(ctx, func() { <-providerDone }) // hands the slot back after awayAfter
			note("returning")
			leave()
			close(returned)
		}()
		time.Sleep(2 * awayAfter)
		// B took the slot handed back; C queues behind it.
		_, leaveB, _ := g.Enter(t.Context())
		cDone := make(chan struct{})
		go func() {
			_, leaveC, err := g.Enter(t.Context())
			if err == nil {
				note("newcomer")
				leaveC()
			}
			close(cDone)
		}()
		synctest.Wait()
		close(providerDone) // the provider answers: the holder queues again, after C
		synctest.Wait()
		leaveB()
		<-returned
		<-cDone
		if want := []string{"returning", "newcomer"}; !slices.Equal(order, want) {
			t.Errorf("admitted %v, want %v", order, want)
		}
		if g.InUse() != 0 {
			t.Errorf("in use = %d", g.InUse())
		}
	})
}
