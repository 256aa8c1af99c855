package llm

import (
	"sync"
	"time"
)

// CircuitState is the state of a provider's circuit breaker.
type CircuitState string

// The breaker states: closed lets calls through, open skips the provider,
// half-open lets one probe call through to find out whether it recovered.
const (
	CircuitClosed   CircuitState = "closed"
	CircuitOpen     CircuitState = "open"
	CircuitHalfOpen CircuitState = "half-open"
)

// breaker opens after threshold consecutive failures and lets one probe
// through once cooldown has passed: a success closes it, a failure opens it
// for another cooldown.
type breaker struct {
	threshold int
	cooldown  time.Duration

	mu       sync.Mutex
	state    CircuitState
	failures int
	openedAt time.Time
	probing  bool
}

func newBreaker(threshold int, cooldown time.Duration) *breaker {
	return &breaker{threshold: threshold, cooldown: cooldown, state: CircuitClosed}
}

// allow reports whether a call may go out now; in half-open only the first
// caller gets through until it reports back.
func (b *breaker) allow(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case CircuitOpen:
		if now.Sub(b.openedAt) < b.cooldown {
			return false
		}
		b.state = CircuitHalfOpen
		b.probing = true
		return true
	case CircuitHalfOpen:
		if b.probing {
			return false
		}
		b.probing = true
		return true
	default:
		return true
	}
}

func (b *breaker) success() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.state, b.failures, b.probing = CircuitClosed, 0, false
}

func (b *breaker) failure(now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.probing = false
	if b.state == CircuitHalfOpen {
		b.state, b.openedAt = CircuitOpen, now
		return
	}
	b.failures++
	if b.failures >= b.threshold {
		b.state, b.openedAt = CircuitOpen, now
	}
}

// release ends a call that says nothing about the provider's health (the
// caller went away), so a half-open breaker may probe again.
func (b *breaker) release() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.probing = false
}

// current is the state as a caller arriving at now would find it.
func (b *breaker) current(now time.Time) CircuitState {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == CircuitOpen && now.Sub(b.openedAt) >= b.cooldown {
		return CircuitHalfOpen
	}
	return b.state
}
