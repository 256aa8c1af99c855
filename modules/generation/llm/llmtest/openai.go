package llmtest

import (
	"fmt"
	"net/http"
	"testing"
	"time"
)

// NewOpenAI starts a fake of OpenAI's chat completions API
// (POST /v1/chat/completions, JSON and SSE streaming with stream_options
// include_usage). Point the provider's BaseURL at OpenAIBaseURL.
func NewOpenAI(t testing.TB) *Server {
	return newServer(t, serveOpenAI)
}

// OpenAIBaseURL is the API root of an OpenAI fake, as OPENAI_BASE_URL takes it.
func (s *Server) OpenAIBaseURL() string { return s.URL + "/v1" }

func openAIError(w http.ResponseWriter, status int, typ, message string) {
	writeJSON(w, status, map[string]any{
		"error": map[string]any{"message": message, "type": typ, "param": nil, "code": nil},
	})
}

func serveOpenAI(s *Server, w http.ResponseWriter, r *http.Request, body map[string]any, fault Fault) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		openAIError(w, http.StatusNotFound, "invalid_request_error", "Unknown request URL: "+r.Method+" "+r.URL.Path)
		return
	}
	if r.Header.Get("Authorization") != "Bearer "+s.APIKey {
		openAIError(w, http.StatusUnauthorized, "invalid_request_error", "Incorrect API key provided.")
		return
	}
	if body == nil || stringField(body, "model") == "" {
		openAIError(w, http.StatusBadRequest, "invalid_request_error", "you must provide a model parameter")
		return
	}
	model := stringField(body, "model")
	stream := boolField(body, "stream", false)

	switch fault {
	case FaultServerError:
		openAIError(w, http.StatusInternalServerError, "server_error", "The server had an error while processing your request.")
		return
	case FaultRateLimit:
		w.Header().Set("Retry-After", s.RetryAfter)
		openAIError(w, http.StatusTooManyRequests, "requests", "Rate limit reached for requests.")
		return
	case FaultSlow:
		s.hold(r)
	case FaultMalformed:
		if stream {
			sw := startStream(w, "text/event-stream")
			sw.write(`data: {"id":"chatcmpl-fake","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hol` + "\n\n")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"chatcmpl-fake","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"Hol`)
		return
	case FaultStreamError, FaultStall:
		if !stream {
			if fault == FaultStall {
				startStream(w, "application/json")
				s.hold(r)
				return
			}
			openAIError(w, http.StatusInternalServerError, "server_error", "The server had an error while processing your request.")
			return
		}
	}

	if !stream {
		writeJSON(w, http.StatusOK, map[string]any{
			"id":      "chatcmpl-fake",
			"object":  "chat.completion",
			"created": time.Now().Unix(),
			"model":   model,
			"choices": []any{map[string]any{
				"index":         0,
				"message":       map[string]any{"role": "assistant", "content": s.Reply.Text()},
				"logprobs":      nil,
				"finish_reason": "stop",
			}},
			"usage": openAIUsage(s.Reply),
		})
		return
	}

	sw := startStream(w, "text/event-stream")
	created := time.Now().Unix()
	chunk := func(delta map[string]any, finish any) map[string]any {
		return map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created, "model": model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "logprobs": nil, "finish_reason": finish}},
		}
	}
	sw.sseData("", chunk(map[string]any{"role": "assistant", "content": ""}, nil))
	for i, text := range s.Reply.Chunks {
		sw.sseData("", chunk(map[string]any{"content": text}, nil))
		if i == 0 && fault == FaultStall {
			s.hold(r)
			return
		}
		if i == 0 && fault == FaultStreamError {
			sw.sseData("", map[string]any{"error": map[string]any{
				"message": "The server had an error while processing your request.", "type": "server_error",
			}})
			s.wait(r, s.Linger)
			return
		}
	}
	sw.sseData("", chunk(map[string]any{}, "stop"))
	if opts, ok := body["stream_options"].(map[string]any); ok && boolField(opts, "include_usage", false) {
		sw.sseData("", map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created, "model": model,
			"choices": []any{}, "usage": openAIUsage(s.Reply),
		})
	}
	sw.write("data: [DONE]\n\n")
}

func openAIUsage(r Reply) map[string]any {
	return map[string]any{
		"prompt_tokens":     r.TokensIn,
		"completion_tokens": r.TokensOut,
		"total_tokens":      r.TokensIn + r.TokensOut,
	}
}
