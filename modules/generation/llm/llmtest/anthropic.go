package llmtest

import (
	"fmt"
	"net/http"
	"testing"
)

// AnthropicVersion is the anthropic-version header the fake requires.
const AnthropicVersion = "2023-06-01"

// NewAnthropic starts a fake of Anthropic's messages API (POST /v1/messages,
// JSON and SSE streaming with message_start, content_block_start,
// content_block_delta, content_block_stop, message_delta and message_stop).
// It checks the x-api-key and anthropic-version headers. Point the
// provider's BaseURL at the server's URL.
func NewAnthropic(t testing.TB) *Server {
	return newServer(t, serveAnthropic)
}

func anthropicError(w http.ResponseWriter, status int, typ, message string) {
	writeJSON(w, status, anthropicErrorBody(typ, message))
}

func anthropicErrorBody(typ, message string) map[string]any {
	return map[string]any{"type": "error", "error": map[string]any{"type": typ, "message": message}}
}

func serveAnthropic(s *Server, w http.ResponseWriter, r *http.Request, body map[string]any, fault Fault) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/messages" {
		anthropicError(w, http.StatusNotFound, "not_found_error", "Not found")
		return
	}
	if r.Header.Get("x-api-key") != s.APIKey {
		anthropicError(w, http.StatusUnauthorized, "authentication_error", "invalid x-api-key")
		return
	}
	if r.Header.Get("anthropic-version") != AnthropicVersion {
		anthropicError(w, http.StatusBadRequest, "invalid_request_error", "anthropic-version header is required")
		return
	}
	if body == nil || stringField(body, "model") == "" {
		anthropicError(w, http.StatusBadRequest, "invalid_request_error", "model: Field required")
		return
	}
	if _, ok := body["max_tokens"].(float64); !ok {
		anthropicError(w, http.StatusBadRequest, "invalid_request_error", "max_tokens: Field required")
		return
	}
	model := stringField(body, "model")
	stream := boolField(body, "stream", false)

	switch fault {
	case FaultServerError:
		anthropicError(w, http.StatusInternalServerError, "api_error", "Internal server error")
		return
	case FaultRateLimit:
		w.Header().Set("Retry-After", s.RetryAfter)
		anthropicError(w, http.StatusTooManyRequests, "rate_limit_error", "Number of requests has exceeded your rate limit.")
		return
	case FaultSlow:
		s.hold(r)
	case FaultMalformed:
		if stream {
			sw := startStream(w, "text/event-stream")
			sw.write("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_fake\",\n\n")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"msg_fake","type":"message","role":"assistant","content":[{"type":"text","text":"Hol`)
		return
	case FaultStreamError, FaultStall:
		if !stream {
			if fault == FaultStall {
				startStream(w, "application/json")
				s.hold(r)
				return
			}
			anthropicError(w, http.StatusInternalServerError, "api_error", "Internal server error")
			return
		}
	}

	if !stream {
		writeJSON(w, http.StatusOK, map[string]any{
			"id":            "msg_fake",
			"type":          "message",
			"role":          "assistant",
			"model":         model,
			"content":       []any{map[string]any{"type": "text", "text": s.Reply.Text()}},
			"stop_reason":   "end_turn",
			"stop_sequence": nil,
			"usage":         map[string]any{"input_tokens": s.Reply.TokensIn, "output_tokens": s.Reply.TokensOut},
		})
		return
	}

	sw := startStream(w, "text/event-stream")
	sw.sseData("message_start", map[string]any{"type": "message_start", "message": map[string]any{
		"id": "msg_fake", "type": "message", "role": "assistant", "model": model,
		"content": []any{}, "stop_reason": nil, "stop_sequence": nil,
		"usage": map[string]any{"input_tokens": s.Reply.TokensIn, "output_tokens": 1},
	}})
	sw.sseData("content_block_start", map[string]any{
		"type": "content_block_start", "index": 0, "content_block": map[string]any{"type": "text", "text": ""},
	})
	sw.sseData("ping", map[string]any{"type": "ping"})
	for i, text := range s.Reply.Chunks {
		sw.sseData("content_block_delta", map[string]any{
			"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "text_delta", "text": text},
		})
		if i == 0 && fault == FaultStall {
			s.hold(r)
			return
		}
		if i == 0 && fault == FaultStreamError {
			sw.sseData("error", anthropicErrorBody("overloaded_error", "Overloaded"))
			s.wait(r, s.Linger)
			return
		}
	}
	sw.sseData("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0})
	sw.sseData("message_delta", map[string]any{
		"type":  "message_delta",
		"delta": map[string]any{"stop_reason": "end_turn", "stop_sequence": nil},
		"usage": map[string]any{"output_tokens": s.Reply.TokensOut},
	})
	sw.sseData("message_stop", map[string]any{"type": "message_stop"})
}
