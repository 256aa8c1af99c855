package llm

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Sentinel errors; every error the package returns wraps one of them or a
// *ProviderError.
var (
	// ErrTimeout: a call took longer than its timeout.
	ErrTimeout = errors.New("provider call timed out")
	// ErrStalled: a stream sent no text for longer than the stall timeout.
	ErrStalled = errors.New("provider stream stalled")
	// ErrEmptyResponse: a call ended without any text.
	ErrEmptyResponse = errors.New("provider returned no text")
	// ErrTruncated: a stream ended before the model finished its answer.
	ErrTruncated = errors.New("provider stream ended early")
	// ErrCircuitOpen: the provider was skipped because its breaker is open.
	ErrCircuitOpen = errors.New("provider circuit open")
	// ErrUnknownProvider: a name that no provider answers to.
	ErrUnknownProvider = errors.New("unknown provider")
	// ErrProviderNotConfigured: a known provider that is not configured here.
	ErrProviderNotConfigured = errors.New("provider not configured")
	// ErrAllProvidersFailed: every provider, the last resort included, failed.
	ErrAllProvidersFailed = errors.New("all providers failed")
)

// ProviderError is a failed call to a provider, classified so the chain knows
// whether trying the same provider again can help.
type ProviderError struct {
	Provider string
	// Status is the HTTP status of the response, 0 when there was none
	// (connection error, timeout) or the provider is not HTTP-backed.
	Status int
	// RetryAfter is how long the provider asked us to wait (Retry-After or
	// retry-after-ms header), 0 when it did not say.
	RetryAfter time.Duration
	// Retryable is true for failures that may pass on a second try: 429, 5xx,
	// timeouts, stalls, connection errors and malformed bodies. 4xx other than
	// 408, 409 and 429 are not retryable.
	Retryable bool
	Err       error
}

func (e *ProviderError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("llm: %s: HTTP %d: %v", e.Provider, e.Status, e.Err)
	}
	return fmt.Sprintf("llm: %s: %v", e.Provider, e.Err)
}

func (e *ProviderError) Unwrap() error { return e.Err }

// retryableStatus reports whether a call that got this HTTP status may
// succeed when repeated.
func retryableStatus(status int) bool {
	switch {
	case status == http.StatusTooManyRequests, status == http.StatusRequestTimeout, status == http.StatusConflict:
		return true
	case status >= 500:
		return true
	default:
		return false
	}
}
