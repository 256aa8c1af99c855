package llmtest_test

import (
	"bufio"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

// post sends body to the fake with the given headers.
func post(t *testing.T, url, body string, header map[string]string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func TestOllamaAnswersOneObjectWhenToldNotToStream(t *testing.T) {
	srv := llmtest.NewOllama(t)
	resp := post(t, srv.URL+"/api/chat", `{"model":"llama3.1:8b","stream":false,"messages":[{"role":"user","content":"hola"}]}`, nil)
	var got struct {
		Message         struct{ Content string }
		Done            bool
		PromptEvalCount int `json:"prompt_eval_count"`
		EvalCount       int `json:"eval_count"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if !got.Done || got.Message.Content != srv.Reply.Text() || got.PromptEvalCount != 42 || got.EvalCount != 7 {
		t.Errorf("got %+v", got)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
}

func TestOllamaStreamsNDJSONByDefault(t *testing.T) {
	srv := llmtest.NewOllama(t)
	resp := post(t, srv.URL+"/api/chat", `{"model":"llama3.1:8b","messages":[{"role":"user","content":"hola"}]}`, nil)
	if ct := resp.Header.Get("Content-Type"); ct != "application/x-ndjson" {
		t.Errorf("Content-Type %q", ct)
	}
	var text strings.Builder
	lines := 0
	scanner := bufio.NewScanner(resp.Body)
	for scanner.Scan() {
		var line struct {
			Message   struct{ Content string }
			Done      bool
			EvalCount int `json:"eval_count"`
		}
		if err := json.Unmarshal(scanner.Bytes(), &line); err != nil {
			t.Fatalf("line %q: %v", scanner.Text(), err)
		}
		lines++
		text.WriteString(line.Message.Content)
		if line.Done && line.EvalCount != 7 {
			t.Errorf("final line without eval_count: %q", scanner.Text())
		}
	}
	if lines != len(srv.Reply.Chunks)+1 || text.String() != srv.Reply.Text() {
		t.Errorf("%d lines with %q", lines, text.String())
	}
}

func TestAnthropicChecksItsHeaders(t *testing.T) {
	srv := llmtest.NewAnthropic(t)
	body := `{"model":"claude-haiku-4-5","max_tokens":10,"messages":[{"role":"user","content":"hola"}]}`
	cases := []struct {
		name   string
		header map[string]string
		want   int
	}{
		{"both", map[string]string{"x-api-key": llmtest.DefaultAPIKey, "anthropic-version": llmtest.AnthropicVersion}, 200},
		{"no version", map[string]string{"x-api-key": llmtest.DefaultAPIKey}, 400},
		{"wrong key", map[string]string{"x-api-key": "nope", "anthropic-version": llmtest.AnthropicVersion}, 401},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := post(t, srv.URL+"/v1/messages", body, tc.header).StatusCode; got != tc.want {
				t.Errorf("status %d, want %d", got, tc.want)
			}
		})
	}
}

func TestOpenAIStreamEndsWithUsageAndDone(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	resp := post(t, srv.OpenAIBaseURL()+"/chat/completions",
		`{"model":"gpt-4o","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hola"}]}`,
		map[string]string{"Authorization": "Bearer " + llmtest.DefaultAPIKey})
	var data []string
	scanner := bufio.NewScanner(resp.Body)
	for scanner.Scan() {
		if rest, ok := strings.CutPrefix(scanner.Text(), "data: "); ok {
			data = append(data, rest)
		}
	}
	if len(data) < 3 || data[len(data)-1] != "[DONE]" {
		t.Fatalf("events %q, want chunks ending in [DONE]", data)
	}
	var usage struct {
		Choices []any
		Usage   struct {
			PromptTokens     int `json:"prompt_tokens"`
			CompletionTokens int `json:"completion_tokens"`
		}
	}
	if err := json.Unmarshal([]byte(data[len(data)-2]), &usage); err != nil {
		t.Fatal(err)
	}
	if len(usage.Choices) != 0 || usage.Usage.PromptTokens != 42 || usage.Usage.CompletionTokens != 7 {
		t.Errorf("usage chunk %s", data[len(data)-2])
	}
}

func TestQueuedFaultsApplyInOrder(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	srv.RetryAfter = "5"
	srv.Enqueue(llmtest.FaultRateLimit, llmtest.FaultServerError)
	auth := map[string]string{"Authorization": "Bearer " + llmtest.DefaultAPIKey}
	body := `{"model":"gpt-4o","messages":[{"role":"user","content":"hola"}]}`

	first := post(t, srv.OpenAIBaseURL()+"/chat/completions", body, auth)
	second := post(t, srv.OpenAIBaseURL()+"/chat/completions", body, auth)
	third := post(t, srv.OpenAIBaseURL()+"/chat/completions", body, auth)
	if first.StatusCode != 429 || first.Header.Get("Retry-After") != "5" || second.StatusCode != 500 || third.StatusCode != 200 {
		t.Errorf("statuses %d (Retry-After %q), %d, %d; want 429 (5), 500, 200",
			first.StatusCode, first.Header.Get("Retry-After"), second.StatusCode, third.StatusCode)
	}
	if got := len(srv.Requests()); got != 3 {
		t.Errorf("recorded %d requests", got)
	}
}
