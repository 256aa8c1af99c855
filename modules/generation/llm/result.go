package llm

import "time"

// Result is the copy a chain produced and how it got there.
type Result struct {
	Response
	// Provider is the name of the provider that wrote Response.
	Provider string
	// Attempts lists every call in order, the successful one last, including
	// providers skipped because their breaker was open.
	Attempts []Attempt
}

// Attempt records one call to a provider.
type Attempt struct {
	Provider  string
	Model     string
	Latency   time.Duration
	TokensIn  int
	TokensOut int
	CostUSD   float64
	// Status is the HTTP status when the provider answered with one.
	Status int
	// Err is empty for the successful attempt.
	Err string
	// Retryable tells whether the failure could pass on a second try.
	Retryable bool
}

// Chunk is one piece of streamed text, or a reset.
type Chunk struct {
	// Attempt is the index in Result.Attempts of the attempt that produced
	// the chunk.
	Attempt  int
	Provider string
	Text     string
	// Reset tells the receiver to discard all text received so far: the
	// attempt that streamed it failed and another one starts.
	Reset bool
}

// StreamFunc receives streamed chunks, from one goroutine at a time.
type StreamFunc func(Chunk)
