package llm

import (
	"context"
	"math/rand/v2"
	"time"
)

// ChainOptions tune retries, timeouts and breakers. Zero fields take the
// documented defaults.
type ChainOptions struct {
	// MaxAttempts is how often one provider is tried (first call plus
	// retries) before the chain moves on. Default 3; 1 disables retries.
	MaxAttempts int
	// BaseBackoff is the wait before the first retry; it doubles for each
	// further retry up to MaxBackoff. Defaults 250ms and 4s.
	BaseBackoff time.Duration
	MaxBackoff  time.Duration
	// MaxRetryAfter caps how long the chain honours a provider's Retry-After:
	// a longer wait is not worth it, the chain moves to the next provider
	// instead. Default 10s.
	MaxRetryAfter time.Duration
	// CallTimeout bounds one attempt (providers may have shorter timeouts of
	// their own). Default 60s.
	CallTimeout time.Duration
	// StallTimeout fails a streaming attempt that, once it started to
	// stream, sends no text for this long. Default 20s.
	StallTimeout time.Duration
	// BreakerThreshold consecutive failures open a provider's breaker for
	// BreakerCooldown. Defaults 5 and 30s.
	BreakerThreshold int
	BreakerCooldown  time.Duration
	// Now, Sleep and Jitter replace the clock, the wait between retries and
	// the random source ([0,1)) in tests. Sleep must return early with the
	// context's error when the context ends.
	Now    func() time.Time
	Sleep  func(ctx context.Context, d time.Duration) error
	Jitter func() float64
}

func (o ChainOptions) withDefaults() ChainOptions {
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 3
	}
	if o.BaseBackoff <= 0 {
		o.BaseBackoff = 250 * time.Millisecond
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 4 * time.Second
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = 10 * time.Second
	}
	if o.CallTimeout <= 0 {
		o.CallTimeout = 60 * time.Second
	}
	if o.StallTimeout <= 0 {
		o.StallTimeout = 20 * time.Second
	}
	if o.BreakerThreshold <= 0 {
		o.BreakerThreshold = 5
	}
	if o.BreakerCooldown <= 0 {
		o.BreakerCooldown = 30 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = sleepContext
	}
	if o.Jitter == nil {
		o.Jitter = rand.Float64
	}
	return o
}

func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
