package llm

import (
	"net/http"
	"testing"
	"time"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		header map[string]string
		want   time.Duration
	}{
		{"absent", nil, 0},
		{"seconds", map[string]string{"Retry-After": "7"}, 7 * time.Second},
		{"fractional seconds", map[string]string{"Retry-After": "0.5"}, 500 * time.Millisecond},
		{"http date", map[string]string{"Retry-After": "Sun, 01 Mar 2026 12:00:20 GMT"}, 20 * time.Second},
		{"date in the past", map[string]string{"Retry-After": "Sun, 01 Mar 2026 11:00:00 GMT"}, 0},
		{"milliseconds win", map[string]string{"Retry-After": "2", "Retry-After-Ms": "1500"}, 1500 * time.Millisecond},
		{"garbage", map[string]string{"Retry-After": "soon"}, 0},
		{"negative", map[string]string{"Retry-After": "-3"}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tc.header {
				h.Set(k, v)
			}
			if got := parseRetryAfter(h, now); got != tc.want {
				t.Errorf("parseRetryAfter(%v) = %v, want %v", tc.header, got, tc.want)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	cases := []struct {
		name       string
		try        int
		jitter     float64
		retryAfter time.Duration
		want       time.Duration
	}{
		{"first retry, least jitter", 0, 0, 0, 50 * time.Millisecond},
		{"first retry, most jitter", 0, 1, 0, 100 * time.Millisecond},
		{"doubles", 2, 1, 0, 400 * time.Millisecond},
		{"capped", 10, 1, 0, time.Second},
		{"shift overflow stays capped", 70, 1, 0, time.Second},
		{"retry-after longer than backoff", 0, 1, 3 * time.Second, 3 * time.Second},
		{"retry-after shorter than backoff", 3, 1, 10 * time.Millisecond, 800 * time.Millisecond},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := &Chain{opts: ChainOptions{
				BaseBackoff: 100 * time.Millisecond, MaxBackoff: time.Second,
				Jitter: func() float64 { return tc.jitter },
			}.withDefaults()}
			if got := c.backoff(tc.try, tc.retryAfter); got != tc.want {
				t.Errorf("backoff(%d, %v) = %v, want %v", tc.try, tc.retryAfter, got, tc.want)
			}
		})
	}
}

func TestBaseURLs(t *testing.T) {
	for raw, want := range map[string]string{
		"":                           "https://api.anthropic.com/v1",
		"https://api.anthropic.com":  "https://api.anthropic.com/v1",
		"https://api.anthropic.com/": "https://api.anthropic.com/v1",
		"http://127.0.0.1:9/v1":      "http://127.0.0.1:9/v1",
	} {
		if got := anthropicBaseURL(raw); got != want {
			t.Errorf("anthropicBaseURL(%q) = %q, want %q", raw, got, want)
		}
	}
	for raw, want := range map[string]string{
		"":                       "http://127.0.0.1:11434",
		"127.0.0.1":              "http://127.0.0.1:11434",
		"gpu-box:8080":           "http://gpu-box:8080",
		"https://ollama.example": "https://ollama.example",
		"[::1]":                  "http://[::1]:11434",
		"http://[::1]:11434":     "http://[::1]:11434",
	} {
		u, err := ollamaBaseURL(raw)
		if err != nil || u.String() != want {
			t.Errorf("ollamaBaseURL(%q) = %v, %v; want %q", raw, u, err, want)
		}
	}
}
