package llm

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// langchaingo turns non-2xx answers into plain error strings and drops the
// headers, so the HTTP facts the chain needs (status, Retry-After) are taken
// from the wire by this transport and handed back through the request
// context.

// httpOutcome is what the transport saw for one call.
type httpOutcome struct {
	mu         sync.Mutex
	status     int
	retryAfter time.Duration
}

func (o *httpOutcome) record(status int, retryAfter time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.status, o.retryAfter = status, retryAfter
}

func (o *httpOutcome) result() (status int, retryAfter time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.status, o.retryAfter
}

type outcomeKey struct{}

// withOutcome returns a context whose HTTP calls report to o.
func withOutcome(ctx context.Context, o *httpOutcome) context.Context {
	return context.WithValue(ctx, outcomeKey{}, o)
}

// recordingTransport records the status and Retry-After of each response in
// the httpOutcome of the request's context.
type recordingTransport struct {
	base http.RoundTripper
	now  func() time.Time
}

func (t recordingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	if o, ok := req.Context().Value(outcomeKey{}).(*httpOutcome); ok {
		o.record(resp.StatusCode, parseRetryAfter(resp.Header, t.now()))
	}
	resp.Body = &quietBody{ReadCloser: resp.Body}
	return resp, nil
}

// quietBody reports end of stream, not an error, to reads after Close.
// langchaingo's Anthropic stream reader keeps scanning in a goroutine after
// the caller returned on an error event; a read error there would be sent on
// a channel nobody reads any more and leak the goroutine, io.EOF ends it.
type quietBody struct {
	io.ReadCloser
	mu     sync.Mutex
	closed bool
}

func (b *quietBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF {
		b.mu.Lock()
		closed := b.closed
		b.mu.Unlock()
		if closed {
			return n, io.EOF
		}
	}
	return n, err
}

func (b *quietBody) Close() error {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	return b.ReadCloser.Close()
}

// parseRetryAfter reads how long the server asked us to wait: OpenAI's
// retry-after-ms (milliseconds) first, then the standard Retry-After in
// seconds or as an HTTP date. Zero when absent or unreadable.
func parseRetryAfter(h http.Header, now time.Time) time.Duration {
	if ms := strings.TrimSpace(h.Get("Retry-After-Ms")); ms != "" {
		if v, err := strconv.ParseFloat(ms, 64); err == nil && v > 0 {
			return time.Duration(v * float64(time.Millisecond))
		}
	}
	raw := strings.TrimSpace(h.Get("Retry-After"))
	if raw == "" {
		return 0
	}
	if secs, err := strconv.ParseFloat(raw, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		return time.Duration(secs * float64(time.Second))
	}
	if at, err := http.ParseTime(raw); err == nil && at.After(now) {
		return at.Sub(now)
	}
	return 0
}
