package generation_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/app/apptest"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

type sseEvent struct{ name, data string }

func parseSSE(body string) []sseEvent {
	var events []sseEvent
	for _, block := range strings.Split(body, "\n\n") {
		var e sseEvent
		var data []string
		for _, line := range strings.Split(block, "\n") {
			switch {
			case strings.HasPrefix(line, "event: "):
				e.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				data = append(data, strings.TrimPrefix(line, "data: "))
			}
		}
		if e.name != "" {
			e.data = strings.Join(data, "\n")
			events = append(events, e)
		}
	}
	return events
}

var streamURL = regexp.MustCompile(`sse-connect="(/generate/stream/[0-9a-f-]{36})"`)

// TestStreamDiscardsTheTextOfAFailedAttempt follows a generation over SSE whose first attempt
// breaks off mid-stream: the browser's text restarts with the retry's, then the result comes.
func TestStreamDiscardsTheTextOfAFailedAttempt(t *testing.T) {
	fake := llmtest.NewOpenAI(t)
	fake.Reply = llmtest.Reply{Chunks: []string{"BODY:\nPrimera parte ", "del mensaje. ¡Compra ahora!"}, TokensIn: 30, TokensOut: 10}
	fake.Enqueue(llmtest.FaultStreamError)
	s := apptest.Start(t, map[string]string{"OPENAI_API_KEY": llmtest.DefaultAPIKey, "OPENAI_BASE_URL": fake.OpenAIBaseURL()})
	b := s.Browser()
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	form := url.Values{"prompt": {"Mensaje de prueba"}, "content_type": {"whatsapp"}, "target_country": {"MX"}, "tone": {"friendly"},
		"provider": {"openai"}, "variants": {"1"}, "_csrf": {b.Cookie("frontier_csrf")}}
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/generate", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("HX-Request", "true")
	res, panel := b.Do(req)
	m := streamURL.FindStringSubmatch(panel)
	if res.StatusCode != http.StatusOK || m == nil {
		t.Fatalf("start: %d\n%s", res.StatusCode, panel)
	}
	req, _ = http.NewRequest(http.MethodGet, s.URL+m[1], nil)
	req.Header.Set("Accept", "text/event-stream")
	res, body := b.Do(req)
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/event-stream" || res.Header.Get("Content-Encoding") != "" {
		t.Fatalf("stream: %d %q %q", res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Content-Encoding"))
	}
	events := parseSSE(body)
	if len(events) < 3 {
		t.Fatalf("events: %+v", events)
	}
	var texts []string
	for _, e := range events {
		if e.name == "v0" {
			texts = append(texts, e.data)
		}
	}
	last := texts[len(texts)-1]
	if strings.Count(last, "Primera parte") != 1 || !strings.Contains(last, "del mensaje") {
		t.Errorf("the stream kept the failed attempt's text: %q (all: %q)", last, texts)
	}
	if n := len(events); events[n-2].name != "result" || events[n-1].name != "done" || !strings.Contains(events[n-2].data, `data-testid="gen-done"`) {
		t.Errorf("the stream ends with %q, %q", events[n-2].name, events[n-1].name)
	}
	if !strings.Contains(events[len(events)-2].data, "Primera parte del mensaje") {
		t.Errorf("result: %s", events[len(events)-2].data)
	}
	// Another person's browser cannot follow the job.
	other := s.Browser()
	other.Login(apptest.AdminEmail, apptest.AdminPassword)
	if res, _ := other.Get("/generate/stream/00000000-0000-4000-8000-000000000000"); res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown job: %d", res.StatusCode)
	}
}
