package llm

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Chain tries providers in order until one writes the copy. It is safe for
// concurrent use; its breakers are shared by all calls.
type Chain struct {
	providers  map[string]Provider
	names      []string
	breakers   map[string]*breaker
	lastResort Provider
	opts       ChainOptions
}

// NewChain builds a chain over providers, with lastResort (the builtin
// template engine) run when every other provider failed. Provider names must
// be unique.
func NewChain(providers []Provider, lastResort Provider, opts ChainOptions) (*Chain, error) {
	if lastResort == nil {
		return nil, errors.New("llm: chain needs a last-resort provider")
	}
	opts = opts.withDefaults()
	c := &Chain{
		providers:  make(map[string]Provider, len(providers)),
		breakers:   make(map[string]*breaker, len(providers)),
		lastResort: lastResort,
		opts:       opts,
	}
	for _, p := range providers {
		name := p.Name()
		if _, dup := c.providers[name]; dup || name == lastResort.Name() {
			return nil, fmt.Errorf("llm: chain: provider name %q used twice", name)
		}
		c.providers[name] = p
		c.names = append(c.names, name)
		c.breakers[name] = newBreaker(opts.BreakerThreshold, opts.BreakerCooldown)
	}
	return c, nil
}

// Configured lists the names of the chain's providers, last resort excluded,
// in the order they were given: the configured argument of Route.
func (c *Chain) Configured() []string {
	return append([]string(nil), c.names...)
}

// CircuitState is the breaker state of the named provider; the last resort
// has no breaker and is always closed.
func (c *Chain) CircuitState(name string) CircuitState {
	if b, ok := c.breakers[name]; ok {
		return b.current(c.opts.Now())
	}
	return CircuitClosed
}

// Generate writes the copy for req, trying the providers named in order (see
// Route) and then the last resort. With stream nil nothing is streamed. The
// error is not nil only when the caller's context ended or the last resort
// failed too; Result.Attempts is filled either way.
func (c *Chain) Generate(ctx context.Context, order []string, req Request, stream StreamFunc) (Result, error) {
	for _, name := range order {
		if _, ok := c.providers[name]; !ok && name != c.lastResort.Name() {
			return Result{}, fmt.Errorf("llm: chain: %q: %w", name, ErrUnknownProvider)
		}
	}
	run := &chainRun{chain: c, req: req, stream: stream}
	for _, name := range order {
		if name == c.lastResort.Name() {
			continue
		}
		done, err := run.tryProvider(ctx, c.providers[name], c.breakers[name])
		if done || err != nil {
			return run.result, err
		}
	}
	resp, failure := run.attempt(ctx, c.lastResort)
	if failure == nil {
		return run.succeed(c.lastResort, resp), nil
	}
	if err := ctx.Err(); err != nil {
		return run.result, err
	}
	return run.result, fmt.Errorf("llm: %w: %w", ErrAllProvidersFailed, failure.err)
}

// chainRun is the state of one Generate call.
type chainRun struct {
	chain  *Chain
	req    Request
	stream StreamFunc
	result Result
	// dirty is true when the receiver holds text of a failed attempt.
	dirty bool
}

// tryProvider calls p until it succeeds, fails for good, or runs out of
// attempts. done reports success; err is set when the caller's context
// ended.
func (r *chainRun) tryProvider(ctx context.Context, p Provider, b *breaker) (done bool, err error) {
	opts := r.chain.opts
	for try := 0; try < opts.MaxAttempts; try++ {
		if !b.allow(opts.Now()) {
			r.result.Attempts = append(r.result.Attempts, Attempt{
				Provider: p.Name(), Model: p.Model(), Err: ErrCircuitOpen.Error(),
			})
			return false, nil
		}
		resp, failure := r.attempt(ctx, p)
		if failure == nil {
			b.success()
			r.succeed(p, resp)
			return true, nil
		}
		if err := ctx.Err(); err != nil {
			b.release()
			return false, err
		}
		b.failure(opts.Now())
		if !failure.retryable || try == opts.MaxAttempts-1 || failure.retryAfter > opts.MaxRetryAfter {
			return false, nil
		}
		if err := opts.Sleep(ctx, r.chain.backoff(try, failure.retryAfter)); err != nil {
			return false, err
		}
	}
	return false, nil
}

// backoff is the wait before retry number try+1: exponential with jitter
// (between half and all of BaseBackoff·2^try, capped at MaxBackoff), but
// never shorter than what the provider asked for.
func (c *Chain) backoff(try int, retryAfter time.Duration) time.Duration {
	d := c.opts.BaseBackoff << try
	if d <= 0 || d > c.opts.MaxBackoff {
		d = c.opts.MaxBackoff
	}
	d = d/2 + time.Duration(c.opts.Jitter()*float64(d/2))
	return max(d, retryAfter)
}

func (r *chainRun) succeed(p Provider, resp Response) Result {
	r.result.Response = resp
	r.result.Provider = p.Name()
	return r.result
}

// failure is a classified failed attempt.
type failure struct {
	err        error
	retryable  bool
	retryAfter time.Duration
}

// attempt makes one call to p, records it and streams its text.
func (r *chainRun) attempt(ctx context.Context, p Provider) (Response, *failure) {
	opts := r.chain.opts
	index := len(r.result.Attempts)
	if r.dirty {
		r.stream(Chunk{Attempt: index, Provider: p.Name(), Reset: true})
		r.dirty = false
	}

	callCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	callCtx, cancelTimeout := context.WithTimeoutCause(callCtx, opts.CallTimeout, ErrTimeout)
	defer cancelTimeout()

	var gate *streamGate
	var onChunk func(string)
	if r.stream != nil {
		gate = newStreamGate(r.stream, index, p.Name(), opts.StallTimeout, func() { cancel(ErrStalled) })
		onChunk = gate.send
	}

	start := time.Now()
	resp, err := p.Generate(callCtx, r.req, onChunk)
	latency := time.Since(start)
	streamed := gate != nil && gate.close()
	if err == nil && resp.Text == "" {
		err = ErrEmptyResponse
	}

	record := Attempt{Provider: p.Name(), Model: p.Model(), Latency: latency}
	if err != nil {
		r.dirty = streamed
		f := classify(callCtx, err)
		record.Err, record.Retryable = f.err.Error(), f.retryable
		var pe *ProviderError
		if errors.As(err, &pe) {
			record.Status = pe.Status
		}
		r.result.Attempts = append(r.result.Attempts, record)
		return Response{}, f
	}

	if gate != nil && !streamed {
		// A provider that does not stream (the builtin engine, say) delivers
		// its text in one chunk, so the receiver always ends up holding the
		// text of the Result.
		r.stream(Chunk{Attempt: index, Provider: p.Name(), Text: resp.Text})
	}
	if resp.Model != "" {
		record.Model = resp.Model
	}
	record.TokensIn, record.TokensOut, record.CostUSD = resp.TokensIn, resp.TokensOut, resp.CostUSD
	r.result.Attempts = append(r.result.Attempts, record)
	return resp, nil
}

// classify decides whether err can pass on a retry: a ProviderError knows;
// otherwise only the chain's own timeout and stall watchdog make it
// retryable, and the error names them.
func classify(callCtx context.Context, err error) *failure {
	var pe *ProviderError
	if errors.As(err, &pe) {
		return &failure{err: err, retryable: pe.Retryable, retryAfter: pe.RetryAfter}
	}
	if callCtx.Err() != nil {
		cause := context.Cause(callCtx)
		if errors.Is(cause, ErrTimeout) || errors.Is(cause, ErrStalled) {
			if !errors.Is(err, cause) {
				err = fmt.Errorf("%w: %w", cause, err)
			}
			return &failure{err: err, retryable: true}
		}
	}
	return &failure{err: err, retryable: errors.Is(err, ErrEmptyResponse)}
}
