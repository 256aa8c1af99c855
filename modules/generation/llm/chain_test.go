package llm_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

func TestChainFallsBackOnEveryFault(t *testing.T) {
	faults := []struct {
		name        string
		fault       llmtest.Fault
		wantErr     string
		wantPartial bool // the fault streams text before it fails
	}{
		{"500", llmtest.FaultServerError, "500", false},
		{"429", llmtest.FaultRateLimit, "429", false},
		{"timeout", llmtest.FaultSlow, llm.ErrTimeout.Error(), false},
		{"malformed", llmtest.FaultMalformed, "", false},
		{"stall", llmtest.FaultStall, llm.ErrStalled.Error(), true},
		{"stream error", llmtest.FaultStreamError, "", true},
	}
	for _, f := range fakes() {
		for _, tc := range faults {
			t.Run(string(f.kind)+"/"+tc.name, func(t *testing.T) {
				t.Parallel()
				srv := f.start(t)
				srv.RetryAfter = "1"
				srv.Enqueue(tc.fault, tc.fault)
				clock, waits := newFakeClock(), &sleeps{}
				chain := newChain(t, []llm.Provider{newFakeProvider(t, f, srv, 5*time.Second)}, llm.ChainOptions{
					MaxAttempts:  2,
					CallTimeout:  500 * time.Millisecond,
					StallTimeout: 200 * time.Millisecond,
					Now:          clock.Now,
					Sleep:        waits.Sleep,
				})
				var recv receiver

				res, err := chain.Generate(context.Background(), []string{string(f.kind), llm.ProviderBuiltin},
					llm.Request{Prompt: "Un asunto de email para el Buen Fin."}, recv.receive)
				if err != nil {
					t.Fatalf("Generate: %v", err)
				}

				if res.Provider != llm.ProviderBuiltin || res.Text != builtinText {
					t.Errorf("result from %q: %q, want the builtin copy", res.Provider, res.Text)
				}
				if recv.shown() != builtinText {
					t.Errorf("receiver shows %q, want %q", recv.shown(), builtinText)
				}
				if tc.wantPartial && recv.resets == 0 {
					t.Errorf("no reset after a failed attempt streamed text: %+v", recv.chunks)
				}
				if len(res.Attempts) != 3 {
					t.Fatalf("attempts = %+v, want two failures and the builtin", res.Attempts)
				}
				for _, a := range res.Attempts[:2] {
					if a.Provider != string(f.kind) || a.Model != f.model || a.Err == "" || !a.Retryable || a.Latency <= 0 {
						t.Errorf("failed attempt = %+v", a)
					}
					if !strings.Contains(a.Err, tc.wantErr) {
						t.Errorf("attempt error %q does not mention %q", a.Err, tc.wantErr)
					}
				}
				if last := res.Attempts[2]; last.Provider != llm.ProviderBuiltin || last.Err != "" {
					t.Errorf("last attempt = %+v, want the builtin's success", last)
				}
				if got := len(srv.Requests()); got != 2 {
					t.Errorf("server got %d requests, want 2", got)
				}
				if got := len(waits.all()); got != 1 {
					t.Errorf("waited %d times between tries, want 1", got)
				}
			})
		}
	}
}

func TestChainFallsBackToTheNextProvider(t *testing.T) {
	openaiFake, anthropicFake := fakes()[0], fakes()[1]
	broken := openaiFake.start(t)
	broken.Enqueue(llmtest.FaultServerError, llmtest.FaultServerError, llmtest.FaultServerError)
	healthy := anthropicFake.start(t)
	waits := &sleeps{}
	chain := newChain(t, []llm.Provider{
		newFakeProvider(t, openaiFake, broken, 5*time.Second),
		newFakeProvider(t, anthropicFake, healthy, 5*time.Second),
	}, llm.ChainOptions{MaxAttempts: 3, BaseBackoff: 100 * time.Millisecond, MaxBackoff: time.Second, Sleep: waits.Sleep})

	res, err := chain.Generate(context.Background(), []string{"openai", "anthropic", "builtin"}, llm.Request{Prompt: "hola"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Provider != "anthropic" || res.Text != healthy.Reply.Text() {
		t.Errorf("result from %s: %q", res.Provider, res.Text)
	}
	if len(res.Attempts) != 4 {
		t.Fatalf("attempts = %+v, want 3 openai and 1 anthropic", res.Attempts)
	}
	for _, a := range res.Attempts[:3] {
		if a.Provider != "openai" || a.Status != 500 {
			t.Errorf("attempt %+v, want an openai 500", a)
		}
	}
	won := res.Attempts[3]
	wantCost := 42.0/1000*0.5 + 7.0/1000*2
	if won.Provider != "anthropic" || won.TokensIn != 42 || won.TokensOut != 7 || won.CostUSD != wantCost || won.Err != "" {
		t.Errorf("winning attempt %+v", won)
	}
	if res.TokensIn != 42 || res.CostUSD != wantCost {
		t.Errorf("result usage %+v", res.Response)
	}
	// Backoff doubles: 100ms then 200ms, each jittered to between half and all of it.
	got := waits.all()
	if len(got) != 2 || got[0] < 50*time.Millisecond || got[0] > 100*time.Millisecond ||
		got[1] < 100*time.Millisecond || got[1] > 200*time.Millisecond {
		t.Errorf("waits = %v, want ~100ms then ~200ms", got)
	}
}

func TestChainHonoursRetryAfter(t *testing.T) {
	cases := []struct {
		name         string
		retryAfter   string
		wantProvider string
		wantWaits    []time.Duration
	}{
		{"waits what the provider asks", "3", "openai", []time.Duration{3 * time.Second}},
		{"moves on when the wait is too long", "30", llm.ProviderBuiltin, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := fakes()[0]
			srv := f.start(t)
			srv.RetryAfter = tc.retryAfter
			srv.Enqueue(llmtest.FaultRateLimit)
			waits := &sleeps{}
			chain := newChain(t, []llm.Provider{newFakeProvider(t, f, srv, 5*time.Second)},
				llm.ChainOptions{MaxRetryAfter: 10 * time.Second, Sleep: waits.Sleep})

			res, err := chain.Generate(context.Background(), []string{"openai"}, llm.Request{Prompt: "hola"}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if res.Provider != tc.wantProvider {
				t.Errorf("provider = %s, want %s", res.Provider, tc.wantProvider)
			}
			if got := waits.all(); !equalDurations(got, tc.wantWaits) {
				t.Errorf("waits = %v, want %v", got, tc.wantWaits)
			}
			if first := res.Attempts[0]; first.Status != 429 || !first.Retryable {
				t.Errorf("first attempt = %+v, want a retryable 429", first)
			}
		})
	}
}

func equalDurations(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestChainDoesNotRetryClientErrors(t *testing.T) {
	f := fakes()[1]
	srv := f.start(t)
	srv.APIKey = "another-key"
	waits := &sleeps{}
	chain := newChain(t, []llm.Provider{newFakeProvider(t, f, srv, 5*time.Second)}, llm.ChainOptions{Sleep: waits.Sleep})

	res, err := chain.Generate(context.Background(), []string{"anthropic", "builtin"}, llm.Request{Prompt: "hola"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Attempts) != 2 || res.Attempts[0].Status != 401 || res.Attempts[0].Retryable || res.Provider != "builtin" {
		t.Errorf("attempts = %+v, want one 401 then the builtin", res.Attempts)
	}
	if len(waits.all()) != 0 {
		t.Errorf("waited %v before giving up on a 401", waits.all())
	}
}

func TestCircuitBreaker(t *testing.T) {
	down := errors.New("connection refused")
	clock := newFakeClock()
	p := &scripted{name: "openai", steps: []step{fail(down), fail(down), fail(down), answer("de vuelta")}}
	chain := newChain(t, []llm.Provider{p}, llm.ChainOptions{
		MaxAttempts: 1, BreakerThreshold: 2, BreakerCooldown: 30 * time.Second, Now: clock.Now,
	})
	generate := func() llm.Result {
		t.Helper()
		res, err := chain.Generate(context.Background(), []string{"openai"}, llm.Request{Prompt: "hola"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	expect := func(step string, res llm.Result, wantProvider string, wantCalls int, wantState llm.CircuitState) {
		t.Helper()
		if res.Provider != wantProvider || p.callCount() != wantCalls || chain.CircuitState("openai") != wantState {
			t.Errorf("%s: provider %s, calls %d, state %s; want %s, %d, %s",
				step, res.Provider, p.callCount(), chain.CircuitState("openai"), wantProvider, wantCalls, wantState)
		}
	}

	expect("first failure", generate(), "builtin", 1, llm.CircuitClosed)
	expect("second failure opens", generate(), "builtin", 2, llm.CircuitOpen)

	res := generate()
	expect("open skips the provider", res, "builtin", 2, llm.CircuitOpen)
	if res.Attempts[0].Provider != "openai" || res.Attempts[0].Err != llm.ErrCircuitOpen.Error() {
		t.Errorf("skipped attempt = %+v, want it recorded as circuit open", res.Attempts[0])
	}

	clock.Advance(30 * time.Second)
	if got := chain.CircuitState("openai"); got != llm.CircuitHalfOpen {
		t.Errorf("after cooldown state = %s, want half-open", got)
	}
	expect("failed probe reopens", generate(), "builtin", 3, llm.CircuitOpen)
	clock.Advance(29 * time.Second)
	expect("still open", generate(), "builtin", 3, llm.CircuitOpen)
	clock.Advance(time.Second)
	expect("good probe closes", generate(), "openai", 4, llm.CircuitClosed)
}

func TestChainStreamsResetThenTheNextAttempt(t *testing.T) {
	released := make(chan struct{})
	lateDone := make(chan struct{})
	flaky := &scripted{name: "anthropic", steps: []step{
		func(_ context.Context, onChunk func(string)) (llm.Response, error) {
			onChunk("Texto a ")
			onChunk("medias")
			go func() {
				// A provider that keeps streaming after it gave up.
				defer close(lateDone)
				<-released
				onChunk(" y tarde")
			}()
			return llm.Response{}, errors.New("connection reset by peer")
		},
	}}
	chain := newChain(t, []llm.Provider{flaky}, llm.ChainOptions{MaxAttempts: 1})
	var recv receiver

	res, err := chain.Generate(context.Background(), []string{"anthropic"}, llm.Request{Prompt: "hola"}, recv.receive)
	close(released)
	<-lateDone
	if err != nil {
		t.Fatal(err)
	}

	want := []llm.Chunk{
		{Attempt: 0, Provider: "anthropic", Text: "Texto a "},
		{Attempt: 0, Provider: "anthropic", Text: "medias"},
		{Attempt: 1, Provider: "builtin", Reset: true},
		{Attempt: 1, Provider: "builtin", Text: "Copia "},
		{Attempt: 1, Provider: "builtin", Text: "de plantilla."},
	}
	recv.mu.Lock()
	got := append([]llm.Chunk(nil), recv.chunks...)
	recv.mu.Unlock()
	if len(got) != len(want) {
		t.Fatalf("chunks = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("chunk %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if res.Text != builtinText || recv.shown() != builtinText {
		t.Errorf("result %q, shown %q", res.Text, recv.shown())
	}
}

func TestChainStopsWhenTheCallerLeaves(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := &scripted{name: "openai", steps: []step{func(ctx context.Context, _ func(string)) (llm.Response, error) {
		cancel()
		return llm.Response{}, ctx.Err()
	}}}
	chain := newChain(t, []llm.Provider{p}, llm.ChainOptions{})

	res, err := chain.Generate(ctx, []string{"openai", "builtin"}, llm.Request{Prompt: "hola"}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if len(res.Attempts) != 1 || p.callCount() != 1 {
		t.Errorf("attempts = %+v, want the one interrupted call and no builtin", res.Attempts)
	}
	if chain.CircuitState("openai") != llm.CircuitClosed {
		t.Errorf("a caller leaving counted against the provider")
	}
}

func TestChainReportsWhenEvenTheLastResortFails(t *testing.T) {
	broken := &scripted{name: llm.ProviderBuiltin, steps: []step{fail(errors.New("template missing"))}}
	chain, err := llm.NewChain(nil, broken, llm.ChainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := chain.Generate(context.Background(), []string{llm.ProviderBuiltin}, llm.Request{Prompt: "hola"}, nil)
	if !errors.Is(err, llm.ErrAllProvidersFailed) || len(res.Attempts) != 1 {
		t.Errorf("err = %v, attempts %+v; want ErrAllProvidersFailed after one attempt", err, res.Attempts)
	}
}

func TestChainTreatsEmptyAnswersAsFailures(t *testing.T) {
	empty := &scripted{name: "ollama", steps: []step{answer("")}}
	chain := newChain(t, []llm.Provider{empty}, llm.ChainOptions{MaxAttempts: 2, Sleep: (&sleeps{}).Sleep})
	res, err := chain.Generate(context.Background(), []string{"ollama"}, llm.Request{Prompt: "hola"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Provider != "builtin" || empty.callCount() != 2 || res.Attempts[0].Err != llm.ErrEmptyResponse.Error() {
		t.Errorf("result %+v after %d calls", res, empty.callCount())
	}
}

func TestChainIsSafeForConcurrentUse(t *testing.T) {
	p := &scripted{name: "openai", steps: []step{answer("listo")}}
	chain := newChain(t, []llm.Provider{p}, llm.ChainOptions{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			var recv receiver
			res, err := chain.Generate(context.Background(), []string{"openai"}, llm.Request{Prompt: "hola"}, recv.receive)
			if err != nil || res.Text != "listo" || recv.shown() != "listo" {
				t.Errorf("res %+v, err %v, shown %q", res, err, recv.shown())
			}
		})
	}
	wg.Wait()
}

func TestNewChainValidates(t *testing.T) {
	a := &scripted{name: "openai", steps: []step{answer("x")}}
	if _, err := llm.NewChain([]llm.Provider{a, a}, builtin, llm.ChainOptions{}); err == nil {
		t.Error("duplicate provider names accepted")
	}
	if _, err := llm.NewChain([]llm.Provider{a}, nil, llm.ChainOptions{}); err == nil {
		t.Error("missing last resort accepted")
	}
	chain := newChain(t, []llm.Provider{a}, llm.ChainOptions{})
	if _, err := chain.Generate(context.Background(), []string{"gemini"}, llm.Request{}, nil); !errors.Is(err, llm.ErrUnknownProvider) {
		t.Errorf("unknown provider in order: err = %v", err)
	}
	if got := chain.Configured(); len(got) != 1 || got[0] != "openai" {
		t.Errorf("Configured() = %v", got)
	}
}

func TestChainStreamsTheTextOfProvidersThatDoNotStream(t *testing.T) {
	quiet := &scripted{name: "ollama", steps: []step{func(context.Context, func(string)) (llm.Response, error) {
		return llm.Response{Text: "Todo de una vez."}, nil
	}}}
	chain := newChain(t, []llm.Provider{quiet}, llm.ChainOptions{})
	var recv receiver
	res, err := chain.Generate(context.Background(), []string{"ollama"}, llm.Request{Prompt: "hola"}, recv.receive)
	if err != nil {
		t.Fatal(err)
	}
	if recv.shown() != res.Text || len(recv.chunks) != 1 || recv.chunks[0].Provider != "ollama" {
		t.Errorf("chunks %+v for result %q", recv.chunks, res.Text)
	}
}
