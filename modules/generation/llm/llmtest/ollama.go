package llmtest

import (
	"fmt"
	"net/http"
	"testing"
	"time"
)

// NewOllama starts a fake of Ollama's chat API (POST /api/chat): NDJSON
// streaming, which Ollama does unless the request says "stream": false, and
// a single JSON object otherwise, with prompt_eval_count and eval_count.
// Point the provider's BaseURL (OLLAMA_HOST) at the server's URL.
func NewOllama(t testing.TB) *Server {
	return newServer(t, serveOllama)
}

func ollamaError(w http.ResponseWriter, status int, message string) {
	writeJSON(w, status, map[string]any{"error": message})
}

func serveOllama(s *Server, w http.ResponseWriter, r *http.Request, body map[string]any, fault Fault) {
	if r.Method != http.MethodPost || r.URL.Path != "/api/chat" {
		http.NotFound(w, r)
		return
	}
	if body == nil || stringField(body, "model") == "" {
		ollamaError(w, http.StatusBadRequest, "model is required")
		return
	}
	model := stringField(body, "model")
	stream := boolField(body, "stream", true)

	switch fault {
	case FaultServerError:
		ollamaError(w, http.StatusInternalServerError, "llama runner process has terminated: exit status 2")
		return
	case FaultRateLimit:
		w.Header().Set("Retry-After", s.RetryAfter)
		ollamaError(w, http.StatusTooManyRequests, "server busy, please try again.  maximum pending requests exceeded")
		return
	case FaultSlow:
		s.hold(r)
	case FaultMalformed:
		if stream {
			sw := startStream(w, "application/x-ndjson")
			sw.write(`{"model":"` + model + `","message":{"role":"assistant","content":"Hol` + "\n")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"model":"`+model+`","message":{"role":"assistant","content":"Hol`)
		return
	case FaultStreamError, FaultStall:
		if !stream {
			if fault == FaultStall {
				startStream(w, "application/json")
				s.hold(r)
				return
			}
			ollamaError(w, http.StatusInternalServerError, "llama runner process has terminated: exit status 2")
			return
		}
	}

	final := func(content string) map[string]any {
		return map[string]any{
			"model":                model,
			"created_at":           time.Now().UTC().Format(time.RFC3339Nano),
			"message":              map[string]any{"role": "assistant", "content": content},
			"done_reason":          "stop",
			"done":                 true,
			"total_duration":       int64(250 * time.Millisecond),
			"load_duration":        int64(10 * time.Millisecond),
			"prompt_eval_count":    s.Reply.TokensIn,
			"prompt_eval_duration": int64(40 * time.Millisecond),
			"eval_count":           s.Reply.TokensOut,
			"eval_duration":        int64(200 * time.Millisecond),
		}
	}
	if !stream {
		writeJSON(w, http.StatusOK, final(s.Reply.Text()))
		return
	}

	sw := startStream(w, "application/x-ndjson")
	line := sw.jsonLine
	for i, text := range s.Reply.Chunks {
		line(map[string]any{
			"model":      model,
			"created_at": time.Now().UTC().Format(time.RFC3339Nano),
			"message":    map[string]any{"role": "assistant", "content": text},
			"done":       false,
		})
		if i == 0 && fault == FaultStall {
			s.hold(r)
			return
		}
		if i == 0 && fault == FaultStreamError {
			line(map[string]any{"error": "an error was encountered while running the model: unexpected EOF"})
			s.wait(r, s.Linger)
			return
		}
	}
	line(final(""))
}
