package llm

import "context"

// Provider is one model endpoint that can write copy.
type Provider interface {
	// Name identifies the provider in routes, breakers and attempt records
	// (for example "openai" or "builtin").
	Name() string
	// Model is the model the provider uses unless a request says otherwise.
	Model() string
	// Generate writes the completion for req. When onChunk is not nil the
	// provider streams: it calls onChunk with each piece of text as it arrives,
	// from one goroutine at a time, and the returned Response still carries the
	// whole text.
	Generate(ctx context.Context, req Request, onChunk func(string)) (Response, error)
}

// Request is what a provider is asked to write.
type Request struct {
	// System is the system prompt: role, rules and style.
	System string
	// Prompt is the user message: the brief for this piece of copy.
	Prompt string
	// Temperature overrides the provider's configured temperature when > 0.
	Temperature float64
	// MaxTokens overrides the provider's configured output limit when > 0.
	MaxTokens int
	// Stop lists sequences that end the completion.
	Stop []string
}

// Response is what a provider wrote.
type Response struct {
	Text      string
	Model     string
	TokensIn  int
	TokensOut int
	// CostUSD is the price of the call computed from the provider's prices
	// (see [Price.Cost]); zero for providers that do not charge.
	CostUSD float64
}
