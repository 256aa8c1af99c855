package llm

import (
	"sync"
	"time"
)

// streamGate forwards one attempt's chunks to the receiver until the attempt
// is over, and fires onStall when, after the first chunk, no chunk arrived
// for stallTimeout. The wait for the first chunk is bounded by the call
// timeout only: a self-hosted model may take long to load.
type streamGate struct {
	stream       StreamFunc
	attempt      int
	provider     string
	stallTimeout time.Duration
	onStall      func()

	mu    sync.Mutex
	stall *time.Timer
	open  bool
	sent  bool
}

func newStreamGate(stream StreamFunc, attempt int, provider string, stallTimeout time.Duration, onStall func()) *streamGate {
	return &streamGate{
		stream:       stream,
		attempt:      attempt,
		provider:     provider,
		stallTimeout: stallTimeout,
		onStall:      onStall,
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
	if g.stall == nil {
		g.stall = time.AfterFunc(g.stallTimeout, g.onStall)
	} else {
		g.stall.Reset(g.stallTimeout)
	}
	g.sent = true
	g.stream(Chunk{Attempt: g.attempt, Provider: g.provider, Text: text})
}

// close ends the attempt's stream and reports whether any text went out.
func (g *streamGate) close() (sent bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.open = false
	if g.stall != nil {
		g.stall.Stop()
	}
	return g.sent
}
