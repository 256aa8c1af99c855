package llm_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

// builtin stands in for the template engine, the last resort.
var builtin = llmtest.Static{ProviderName: llm.ProviderBuiltin, ModelName: "templates-v1", Chunks: []string{"Copia ", "de plantilla."}}

const builtinText = "Copia de plantilla."

// step is what a scripted provider does on one call.
type step func(ctx context.Context, onChunk func(string)) (llm.Response, error)

// scripted is a provider that plays its steps, one per call, repeating the
// last one.
type scripted struct {
	name  string
	steps []step

	mu    sync.Mutex
	calls int
}

func (s *scripted) Name() string  { return s.name }
func (s *scripted) Model() string { return s.name + "-model" }

func (s *scripted) Generate(ctx context.Context, _ llm.Request, onChunk func(string)) (llm.Response, error) {
	s.mu.Lock()
	st := s.steps[min(s.calls, len(s.steps)-1)]
	s.calls++
	s.mu.Unlock()
	return st(ctx, onChunk)
}

func (s *scripted) callCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

func answer(text string) step {
	return func(_ context.Context, onChunk func(string)) (llm.Response, error) {
		if onChunk != nil {
			onChunk(text)
		}
		return llm.Response{Text: text, TokensIn: 10, TokensOut: 5, CostUSD: 0.001}, nil
	}
}

func fail(err error) step {
	return func(context.Context, func(string)) (llm.Response, error) { return llm.Response{}, err }
}

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// sleeps records the waits between retries instead of waiting.
type sleeps struct {
	mu  sync.Mutex
	got []time.Duration
}

func (s *sleeps) Sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.got = append(s.got, d)
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.got...)
}

// receiver collects streamed chunks the way a browser preview would.
type receiver struct {
	mu     sync.Mutex
	chunks []llm.Chunk
	text   strings.Builder
	resets int
}

func (r *receiver) receive(c llm.Chunk) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.chunks = append(r.chunks, c)
	if c.Reset {
		r.resets++
		r.text.Reset()
		return
	}
	r.text.WriteString(c.Text)
}

func (r *receiver) shown() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.text.String()
}

func newChain(t *testing.T, providers []llm.Provider, opts llm.ChainOptions) *llm.Chain {
	t.Helper()
	c, err := llm.NewChain(providers, builtin, opts)
	if err != nil {
		t.Fatalf("NewChain: %v", err)
	}
	return c
}
