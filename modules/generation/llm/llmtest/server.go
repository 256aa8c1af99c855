package llmtest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Fault is a way for a fake to misbehave on one request.
type Fault int

// The faults a fake can play. In non-streaming requests FaultStreamError
// answers 500 and FaultStall sends the headers and then nothing.
const (
	// FaultNone answers normally.
	FaultNone Fault = iota
	// FaultServerError answers 500 with the provider's error body.
	FaultServerError
	// FaultRateLimit answers 429 with the provider's error body and the
	// Retry-After header set to Server.RetryAfter.
	FaultRateLimit
	// FaultSlow waits Server.Hold (or until the client leaves) before it
	// answers normally.
	FaultSlow
	// FaultMalformed answers 200 with a body cut in the middle of its JSON.
	FaultMalformed
	// FaultStall streams the first chunk of the reply, then goes silent until
	// the client leaves or Server.Hold passes, then ends the connection.
	FaultStall
	// FaultStreamError streams the first chunk, then the provider's in-stream
	// error and ends the stream.
	FaultStreamError
)

// Reply is what a fake writes when it answers normally.
type Reply struct {
	// Chunks are streamed one event each; the whole text is their
	// concatenation.
	Chunks    []string
	TokensIn  int
	TokensOut int
}

// Text is the whole reply.
func (r Reply) Text() string { return strings.Join(r.Chunks, "") }

// RecordedRequest is a request a fake received.
type RecordedRequest struct {
	Method string
	Path   string
	Header http.Header
	// Body is the request body decoded as a JSON object (nil if it was not one).
	Body map[string]any
	Raw  []byte
}

// Server is a fake provider on 127.0.0.1.
type Server struct {
	*httptest.Server
	// APIKey is the key the fake accepts (OpenAI and Anthropic).
	APIKey string
	// Reply is the normal answer.
	Reply Reply
	// RetryAfter is the Retry-After header of FaultRateLimit, in the
	// provider's format (seconds or an HTTP date). Default "1".
	RetryAfter string
	// Hold is how long FaultSlow and FaultStall keep the client waiting
	// at most. Default one minute; the client usually leaves first.
	Hold time.Duration
	// Linger keeps the connection open this long after FaultStreamError's
	// error, as a proxy that does not close might. Default 0.
	Linger time.Duration

	handle      func(s *Server, w http.ResponseWriter, r *http.Request, body map[string]any, fault Fault)
	done        chan struct{}
	released    chan struct{}
	releaseOnce sync.Once

	mu       sync.Mutex
	faults   []Fault
	requests []RecordedRequest
}

// DefaultAPIKey is the key fakes accept unless told otherwise.
const DefaultAPIKey = "test-key"

func newServer(t testing.TB, handle func(*Server, http.ResponseWriter, *http.Request, map[string]any, Fault)) *Server {
	t.Helper()
	s := &Server{
		APIKey: DefaultAPIKey,
		Reply: Reply{
			Chunks:    []string{"¡Hola", ", Ciudad", " de México!"},
			TokensIn:  42,
			TokensOut: 7,
		},
		RetryAfter: "1",
		Hold:       time.Minute,
		handle:     handle,
		done:       make(chan struct{}),
		released:   make(chan struct{}),
	}
	// httptest listens on 127.0.0.1.
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		close(s.done)
		s.Close()
	})
	return s
}

// Enqueue queues faults for the next requests, one request each, in order.
func (s *Server) Enqueue(faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, faults...)
}

// Requests returns the requests received so far.
func (s *Server) Requests() []RecordedRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]RecordedRequest(nil), s.requests...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	raw, _ := io.ReadAll(r.Body)
	var body map[string]any
	_ = json.Unmarshal(raw, &body)

	s.mu.Lock()
	s.requests = append(s.requests, RecordedRequest{
		Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body, Raw: raw,
	})
	fault := FaultNone
	if len(s.faults) > 0 {
		fault, s.faults = s.faults[0], s.faults[1:]
	}
	s.mu.Unlock()

	s.handle(s, w, r, body, fault)
}

// hold blocks until the client leaves, the server shuts down or Hold passed.
func (s *Server) hold(r *http.Request) {
	s.wait(r, s.Hold)
}

// wait blocks until the client leaves, the server shuts down or d passed.
func (s *Server) wait(r *http.Request, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-r.Context().Done():
	case <-s.done:
	case <-s.released:
	case <-t.C:
	}
}

// Release ends every wait of FaultSlow and FaultStall now, and those to come: the held
// requests go on as if Hold had passed.
func (s *Server) Release() {
	s.releaseOnce.Do(func() { close(s.released) })
}

// writeJSON answers status with v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// streamWriter writes a streamed answer, flushing after each piece.
type streamWriter struct {
	w http.ResponseWriter
}

func startStream(w http.ResponseWriter, contentType string) streamWriter {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	sw := streamWriter{w: w}
	sw.flush()
	return sw
}

func (sw streamWriter) write(s string) {
	_, _ = io.WriteString(sw.w, s)
	sw.flush()
}

func (sw streamWriter) flush() {
	if f, ok := sw.w.(http.Flusher); ok {
		f.Flush()
	}
}

// sseData writes one SSE event, with an event name when not empty.
func (sw streamWriter) sseData(event string, v any) {
	data, _ := json.Marshal(v)
	if event != "" {
		sw.write("event: " + event + "\n")
	}
	sw.write("data: " + string(data) + "\n\n")
}

// jsonLine writes v as one line of NDJSON.
func (sw streamWriter) jsonLine(v any) {
	data, _ := json.Marshal(v)
	sw.write(string(data) + "\n")
}

// boolField reads a boolean request field, def when absent.
func boolField(body map[string]any, key string, def bool) bool {
	if v, ok := body[key].(bool); ok {
		return v
	}
	return def
}

func stringField(body map[string]any, key string) string {
	s, _ := body[key].(string)
	return s
}
