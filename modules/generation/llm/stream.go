package llm

import (
	"sync"
	"time"
)

// streamGate forwards one attempt's chunks to the receiver until the attempt
// is over, and fires onStall when no chunk arrived for stallTimeout.
type streamGate struct {
	stream       StreamFunc
	attempt      int
	provider     string
	stallTimeout time.Duration
	stall        *time.Timer

	mu   sync.Mutex
	open bool
	sent bool
}

func newStreamGate(stream StreamFunc, attempt int, provider string, stallTimeout time.Duration, onStall func()) *streamGate {
	return &streamGate{
		stream:       stream,
		attempt:      attempt,
		provider:     provider,
		stallTimeout: stallTimeout,
		stall:        time.AfterFunc(stallTimeout, onStall),
		open:         true,
	}
}

// send forwards text unless the attempt is already over: a provider that
// keeps streaming after it was given up on must not mix its text into the
// next attempt's.
func (g *streamGate) send(text string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.open {
		return
	}
	g.stall.Reset(g.stallTimeout)
	g.sent = true
	g.stream(Chunk{Attempt: g.attempt, Provider: g.provider, Text: text})
}

// close ends the attempt's stream and reports whether any text went out.
func (g *streamGate) close() (sent bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.open = false
	g.stall.Stop()
	return g.sent
}
