package llm_test

import (
	"context"
	"errors"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

// fake is one provider kind with its fake server and how to read what the
// client sent.
type fake struct {
	kind      llm.Kind
	model     string
	start     func(testing.TB) *llmtest.Server
	baseURL   func(*llmtest.Server) string
	sentBody  func(t *testing.T, body map[string]any) sentRequest
	streamKey func(body map[string]any) bool
	// alwaysStreams: langchaingo never sends "stream": false to Ollama, so
	// Ollama streams on the wire and the client joins the lines.
	alwaysStreams bool
}

// sentRequest is what a provider client put on the wire, in common terms.
type sentRequest struct {
	model       string
	system      string
	prompt      string
	temperature float64
	maxTokens   float64
	stop        []any
}

// num is a JSON number, or -1 when v is none.
func num(v any) float64 {
	if f, ok := v.(float64); ok {
		return f
	}
	return -1
}

func fakes() []fake {
	return []fake{
		{
			kind:    llm.KindOpenAI,
			model:   "gpt-4o-mini",
			start:   llmtest.NewOpenAI,
			baseURL: (*llmtest.Server).OpenAIBaseURL,
			sentBody: func(t *testing.T, body map[string]any) sentRequest {
				msgs := body["messages"].([]any)
				if len(msgs) != 2 {
					t.Fatalf("messages = %v, want system and user", msgs)
				}
				system, user := msgs[0].(map[string]any), msgs[1].(map[string]any)
				if system["role"] != "system" || user["role"] != "user" {
					t.Errorf("roles = %v, %v", system["role"], user["role"])
				}
				stop, _ := body["stop"].([]any)
				return sentRequest{
					model: body["model"].(string), system: system["content"].(string), prompt: user["content"].(string),
					temperature: num(body["temperature"]), maxTokens: num(body["max_tokens"]), stop: stop,
				}
			},
			streamKey: func(body map[string]any) bool {
				opts, _ := body["stream_options"].(map[string]any)
				return body["stream"] == true && opts["include_usage"] == true
			},
		},
		{
			kind:    llm.KindAnthropic,
			model:   "claude-haiku-4-5",
			start:   llmtest.NewAnthropic,
			baseURL: func(s *llmtest.Server) string { return s.URL },
			sentBody: func(t *testing.T, body map[string]any) sentRequest {
				msgs := body["messages"].([]any)
				if len(msgs) != 1 {
					t.Fatalf("messages = %v, want the user message only", msgs)
				}
				user := msgs[0].(map[string]any)
				if user["role"] != "user" {
					t.Errorf("role = %v", user["role"])
				}
				content := user["content"].([]any)[0].(map[string]any)
				stop, _ := body["stop_sequences"].([]any)
				return sentRequest{
					model: body["model"].(string), system: body["system"].(string), prompt: content["text"].(string),
					temperature: num(body["temperature"]), maxTokens: num(body["max_tokens"]), stop: stop,
				}
			},
			streamKey: func(body map[string]any) bool { return body["stream"] == true },
		},
		{
			kind:    llm.KindOllama,
			model:   "llama3.1:8b",
			start:   llmtest.NewOllama,
			baseURL: func(s *llmtest.Server) string { return s.URL },
			sentBody: func(t *testing.T, body map[string]any) sentRequest {
				msgs := body["messages"].([]any)
				if len(msgs) != 2 {
					t.Fatalf("messages = %v, want system and user", msgs)
				}
				system, user := msgs[0].(map[string]any), msgs[1].(map[string]any)
				if system["role"] != "system" || user["role"] != "user" {
					t.Errorf("roles = %v, %v", system["role"], user["role"])
				}
				opts := body["options"].(map[string]any)
				stop, _ := opts["stop"].([]any)
				return sentRequest{
					model: body["model"].(string), system: system["content"].(string), prompt: user["content"].(string),
					temperature: num(opts["temperature"]), maxTokens: num(opts["num_predict"]), stop: stop,
				}
			},
			// Ollama streams unless told "stream": false.
			streamKey:     func(body map[string]any) bool { s, ok := body["stream"]; return !ok || s == true },
			alwaysStreams: true,
		},
	}
}

func newFakeProvider(t *testing.T, f fake, srv *llmtest.Server, timeout time.Duration) llm.Provider {
	t.Helper()
	p, err := llm.NewProvider(llm.Config{
		Kind:          f.kind,
		BaseURL:       f.baseURL(srv),
		APIKey:        llmtest.DefaultAPIKey,
		Model:         f.model,
		Temperature:   0.4,
		MaxTokens:     300,
		Timeout:       timeout,
		PriceInPer1K:  0.5,
		PriceOutPer1K: 2,
	})
	if err != nil {
		t.Fatalf("NewProvider: %v", err)
	}
	return p
}

func TestProvidersSpeakTheirProtocol(t *testing.T) {
	for _, f := range fakes() {
		for _, streaming := range []bool{false, true} {
			name := string(f.kind) + map[bool]string{false: "/json", true: "/stream"}[streaming]
			t.Run(name, func(t *testing.T) {
				srv := f.start(t)
				srv.Reply = llmtest.Reply{Chunks: []string{"Compra ", "ya, ", "che."}, TokensIn: 120, TokensOut: 30}
				p := newFakeProvider(t, f, srv, 5*time.Second)

				var chunks []string
				var onChunk func(string)
				if streaming {
					onChunk = func(c string) { chunks = append(chunks, c) }
				}
				req := llm.Request{
					System: "Sos redactor publicitario en Argentina.",
					Prompt: "Un post para Instagram sobre mate.",
					Stop:   []string{"###"},
				}
				resp, err := p.Generate(context.Background(), req, onChunk)
				if err != nil {
					t.Fatalf("Generate: %v", err)
				}

				if resp.Text != "Compra ya, che." {
					t.Errorf("Text = %q", resp.Text)
				}
				if resp.Model != f.model || resp.TokensIn != 120 || resp.TokensOut != 30 {
					t.Errorf("Response = %+v, want model %s, 120 in, 30 out", resp, f.model)
				}
				if want := 120.0/1000*0.5 + 30.0/1000*2; math.Abs(resp.CostUSD-want) > 1e-12 {
					t.Errorf("CostUSD = %v, want %v", resp.CostUSD, want)
				}
				if streaming && strings.Join(chunks, "") != resp.Text {
					t.Errorf("streamed %q, want %q", chunks, resp.Text)
				}
				if streaming && len(chunks) < 3 {
					t.Errorf("streamed %d chunks, want one per event", len(chunks))
				}

				reqs := srv.Requests()
				if len(reqs) != 1 {
					t.Fatalf("server got %d requests, want 1", len(reqs))
				}
				body := reqs[0].Body
				got := f.sentBody(t, body)
				want := sentRequest{model: f.model, system: req.System, prompt: req.Prompt, temperature: 0.4, maxTokens: 300}
				if got.model != want.model || got.system != want.system || got.prompt != want.prompt ||
					math.Abs(got.temperature-want.temperature) > 1e-6 || got.maxTokens != want.maxTokens {
					t.Errorf("sent %+v, want %+v", got, want)
				}
				if len(got.stop) != 1 || got.stop[0] != "###" {
					t.Errorf("stop = %v, want [###]", got.stop)
				}
				if f.streamKey(body) != (streaming || f.alwaysStreams) {
					t.Errorf("streaming flags in %v, want streaming=%v", body, streaming)
				}
			})
		}
	}
}

func TestRequestOverridesConfiguredSettings(t *testing.T) {
	srv := llmtest.NewAnthropic(t)
	f := fakes()[1]
	p := newFakeProvider(t, f, srv, 5*time.Second)
	if _, err := p.Generate(context.Background(), llm.Request{Prompt: "hola", Temperature: 0.9, MaxTokens: 64}, nil); err != nil {
		t.Fatal(err)
	}
	body := srv.Requests()[0].Body
	if body["temperature"] != 0.9 || body["max_tokens"] != 64.0 {
		t.Errorf("temperature %v, max_tokens %v; want 0.9, 64", body["temperature"], body["max_tokens"])
	}
	if _, ok := body["system"]; ok {
		t.Errorf("empty system prompt was sent: %v", body["system"])
	}
}

func TestCompatibleServerGetsLegacyMaxTokens(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	p := newFakeProvider(t, fakes()[0], srv, 5*time.Second)
	if _, err := p.Generate(context.Background(), llm.Request{Prompt: "hola"}, nil); err != nil {
		t.Fatal(err)
	}
	body := srv.Requests()[0].Body
	// The fake is not api.openai.com, so it is treated as a compatible server
	// and gets the field every such server knows.
	if _, modern := body["max_completion_tokens"]; modern || body["max_tokens"] != 300.0 {
		t.Errorf("body %v, want max_tokens 300 and no max_completion_tokens", body)
	}
}

func TestProviderFaultsAreClassified(t *testing.T) {
	type outcome struct {
		status     int
		retryable  bool
		retryAfter time.Duration
		is         error
	}
	cases := []struct {
		name      string
		fault     llmtest.Fault
		streaming bool
		apiKey    string
		want      outcome
	}{
		{name: "500", fault: llmtest.FaultServerError, want: outcome{status: 500, retryable: true}},
		{name: "429", fault: llmtest.FaultRateLimit, want: outcome{status: 429, retryable: true, retryAfter: 2 * time.Second}},
		{name: "slow", fault: llmtest.FaultSlow, want: outcome{status: 0, retryable: true, is: llm.ErrTimeout}},
		{name: "malformed json", fault: llmtest.FaultMalformed, want: outcome{status: 200, retryable: true}},
		{name: "malformed stream", fault: llmtest.FaultMalformed, streaming: true, want: outcome{status: 200, retryable: true}},
		{name: "stream error event", fault: llmtest.FaultStreamError, streaming: true, want: outcome{status: 200, retryable: true}},
		{name: "stall without watchdog", fault: llmtest.FaultStall, streaming: true, want: outcome{status: 200, retryable: true, is: llm.ErrTimeout}},
		{name: "wrong key", apiKey: "wrong", want: outcome{status: 401, retryable: false}},
	}
	for _, f := range fakes() {
		for _, tc := range cases {
			if f.kind == llm.KindOllama && tc.apiKey != "" {
				continue // Ollama has no keys.
			}
			t.Run(string(f.kind)+"/"+tc.name, func(t *testing.T) {
				t.Parallel()
				srv := f.start(t)
				srv.RetryAfter = "2"
				if tc.apiKey != "" {
					srv.APIKey = tc.apiKey
				}
				srv.Enqueue(tc.fault)
				p := newFakeProvider(t, f, srv, 500*time.Millisecond)
				var onChunk func(string)
				if tc.streaming {
					onChunk = func(string) {}
				}
				_, err := p.Generate(context.Background(), llm.Request{Prompt: "hola"}, onChunk)
				var pe *llm.ProviderError
				if !errors.As(err, &pe) {
					t.Fatalf("err = %v, want a *ProviderError", err)
				}
				got := outcome{status: pe.Status, retryable: pe.Retryable, retryAfter: pe.RetryAfter}
				want := tc.want
				want.is = nil
				if got != want {
					t.Errorf("got %+v, want %+v (err %v)", got, want, err)
				}
				if tc.want.is != nil && !errors.Is(err, tc.want.is) {
					t.Errorf("err = %v, want it to wrap %v", err, tc.want.is)
				}
				if pe.Provider != string(f.kind) {
					t.Errorf("Provider = %q", pe.Provider)
				}
			})
		}
	}
}

func TestNewProviderRejectsBadConfig(t *testing.T) {
	cases := []struct {
		name string
		cfg  llm.Config
	}{
		{"unknown kind", llm.Config{Kind: "gemini", APIKey: "k"}},
		{"openai without key", llm.Config{Kind: llm.KindOpenAI}},
		{"anthropic without key", llm.Config{Kind: llm.KindAnthropic}},
		{"ollama without host", llm.Config{Kind: llm.KindOllama, BaseURL: "http://"}},
		{"bad url", llm.Config{Kind: llm.KindOpenAI, APIKey: "k", BaseURL: "http://[::1"}},
		{"negative price", llm.Config{Kind: llm.KindOpenAI, APIKey: "k", PriceInPer1K: -1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := llm.NewProvider(tc.cfg); !errors.Is(err, llm.ErrInvalidConfig) {
				t.Errorf("NewProvider(%+v) err = %v, want ErrInvalidConfig", tc.cfg, err)
			}
		})
	}
}

// langchaingo's Anthropic client returns on an in-stream error but leaves
// its reader goroutine scanning; if the connection stays open, that
// goroutine must end instead of blocking forever.
func TestStreamErrorsLeaveNoGoroutineBehind(t *testing.T) {
	for _, f := range fakes() {
		t.Run(string(f.kind), func(t *testing.T) {
			srv := f.start(t)
			srv.Linger = 50 * time.Millisecond
			p := newFakeProvider(t, f, srv, 5*time.Second)
			before := runtime.NumGoroutine()
			const calls = 20
			for range calls {
				srv.Enqueue(llmtest.FaultStreamError)
				if _, err := p.Generate(context.Background(), llm.Request{Prompt: "hola"}, func(string) {}); err == nil {
					t.Fatal("a stream error was taken for an answer")
				}
			}
			deadline := time.Now().Add(2 * time.Second)
			for runtime.NumGoroutine() > before+calls/2 && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if after := runtime.NumGoroutine(); after > before+calls/2 {
				t.Errorf("goroutines grew from %d to %d after %d stream errors", before, after, calls)
			}
		})
	}
}

func TestUnreachableProviderIsRetryable(t *testing.T) {
	for _, f := range fakes() {
		t.Run(string(f.kind), func(t *testing.T) {
			srv := f.start(t)
			p := newFakeProvider(t, f, srv, 5*time.Second)
			srv.Close() // nothing listens on the port any more
			_, err := p.Generate(context.Background(), llm.Request{Prompt: "hola"}, nil)
			var pe *llm.ProviderError
			if !errors.As(err, &pe) || pe.Status != 0 || !pe.Retryable {
				t.Errorf("err = %#v, want a retryable ProviderError without status", err)
			}
		})
	}
}
