package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"
)

// langchainProvider is a Provider backed by a langchaingo model.
type langchainProvider struct {
	cfg   Config
	model llms.Model
	// legacyMaxTokens sends max_tokens instead of max_completion_tokens, for
	// OpenAI-compatible servers that only know the older field.
	legacyMaxTokens bool
}

// NewProvider builds the provider that cfg describes. Fields left empty get
// the defaults of ConfigFromEnv; the provider's HTTP client records status
// and Retry-After so failures can be classified (see ProviderError).
func NewProvider(cfg Config) (Provider, error) {
	cfg = withDefaults(cfg)
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	client := &http.Client{Transport: recordingTransport{base: http.DefaultTransport, now: time.Now}}
	p := &langchainProvider{cfg: cfg}
	var err error
	switch cfg.Kind {
	case KindOpenAI:
		p.model, err = openai.New(
			openai.WithToken(cfg.APIKey),
			openai.WithModel(cfg.Model),
			openai.WithBaseURL(cfg.BaseURL),
			openai.WithHTTPClient(client),
		)
		p.legacyMaxTokens = isCompatibleServer(cfg.BaseURL)
	case KindAnthropic:
		p.model, err = anthropic.New(
			anthropic.WithToken(cfg.APIKey),
			anthropic.WithModel(cfg.Model),
			anthropic.WithBaseURL(anthropicBaseURL(cfg.BaseURL)),
			anthropic.WithHTTPClient(client),
		)
	case KindOllama:
		var server *url.URL
		if server, err = ollamaBaseURL(cfg.BaseURL); err == nil {
			p.model, err = ollama.New(
				ollama.WithModel(cfg.Model),
				ollama.WithServerURL(server.String()),
				ollama.WithHTTPClient(client),
			)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("llm: provider %s: %w", cfg.Name, err)
	}
	return p, nil
}

// isCompatibleServer reports whether an OpenAI base URL points somewhere
// other than OpenAI itself.
func isCompatibleServer(baseURL string) bool {
	if baseURL == "" {
		return false
	}
	u, err := url.Parse(baseURL)
	return err != nil || u.Hostname() != "api.openai.com"
}

func (p *langchainProvider) Name() string  { return p.cfg.Name }
func (p *langchainProvider) Model() string { return p.cfg.Model }

// Generate implements Provider.
func (p *langchainProvider) Generate(ctx context.Context, req Request, onChunk func(string)) (Response, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, p.cfg.Timeout, ErrTimeout)
	defer cancel()
	outcome := &httpOutcome{}
	ctx = withOutcome(ctx, outcome)

	messages := make([]llms.MessageContent, 0, 2)
	if req.System != "" {
		messages = append(messages, llms.TextParts(llms.ChatMessageTypeSystem, req.System))
	}
	messages = append(messages, llms.TextParts(llms.ChatMessageTypeHuman, req.Prompt))

	resp, err := p.model.GenerateContent(ctx, messages, p.callOptions(req, onChunk)...)
	if err != nil {
		return Response{}, p.classify(ctx, outcome, err)
	}
	text, tokensIn, tokensOut := contentOf(resp)
	if text == "" {
		// langchaingo's Ollama client ends a cut stream without an error.
		return Response{}, p.classify(ctx, outcome, ErrEmptyResponse)
	}
	if p.cfg.Kind == KindOpenAI && onChunk != nil && !finished(resp) {
		// langchaingo's OpenAI client returns what it got when a stream
		// breaks off (an in-stream error, a cut connection): half a copy.
		return Response{}, p.classify(ctx, outcome, ErrTruncated)
	}
	return Response{
		Text:      text,
		Model:     p.cfg.Model,
		TokensIn:  tokensIn,
		TokensOut: tokensOut,
		CostUSD:   p.cfg.Price().Cost(tokensIn, tokensOut),
	}, nil
}

func (p *langchainProvider) callOptions(req Request, onChunk func(string)) []llms.CallOption {
	temperature, maxTokens := p.cfg.Temperature, p.cfg.MaxTokens
	if req.Temperature > 0 {
		temperature = req.Temperature
	}
	if req.MaxTokens > 0 {
		maxTokens = req.MaxTokens
	}
	opts := []llms.CallOption{
		llms.WithModel(p.cfg.Model),
		llms.WithTemperature(temperature),
		llms.WithMaxTokens(maxTokens),
	}
	if len(req.Stop) > 0 {
		opts = append(opts, llms.WithStopWords(req.Stop))
	}
	if p.legacyMaxTokens {
		opts = append(opts, llms.WithMetadata(map[string]any{"openai:use_legacy_max_tokens": true}))
	}
	if onChunk != nil {
		opts = append(opts, llms.WithStreamingFunc(func(_ context.Context, chunk []byte) error {
			if len(chunk) > 0 {
				onChunk(string(chunk))
			}
			return nil
		}))
	}
	return opts
}

// classify wraps err in a ProviderError that says whether a retry can help.
func (p *langchainProvider) classify(ctx context.Context, outcome *httpOutcome, err error) error {
	status, retryAfter := outcome.result()
	pe := &ProviderError{Provider: p.cfg.Name, Status: status, RetryAfter: retryAfter, Err: err}
	switch {
	case ctx.Err() != nil:
		// Our timeout, the chain's stall watchdog or the caller: the cause
		// says which, and langchaingo's error text says where it hit.
		cause := context.Cause(ctx)
		pe.Err = fmt.Errorf("%w: %v", cause, err)
		pe.Retryable = errors.Is(cause, ErrTimeout) || errors.Is(cause, ErrStalled)
	case status >= 300:
		pe.Retryable = retryableStatus(status)
	default:
		// No status: the connection failed. A 2xx with an error: the body
		// was malformed or cut. Both may pass on a second try.
		pe.Retryable = true
	}
	return pe
}

// contentOf joins the text of all choices (Anthropic returns one per content
// block) and reads token usage from the generation info, whose keys differ
// per provider.
func contentOf(resp *llms.ContentResponse) (text string, tokensIn, tokensOut int) {
	var b strings.Builder
	for _, choice := range resp.Choices {
		if choice == nil {
			continue
		}
		b.WriteString(choice.Content)
		if tokensIn == 0 && tokensOut == 0 {
			tokensIn = firstInt(choice.GenerationInfo, "PromptTokens", "InputTokens")
			tokensOut = firstInt(choice.GenerationInfo, "CompletionTokens", "OutputTokens")
		}
	}
	return b.String(), tokensIn, tokensOut
}

// finished reports whether the model said why it stopped, which it does
// only at the end of a complete answer.
func finished(resp *llms.ContentResponse) bool {
	for _, choice := range resp.Choices {
		if choice != nil && choice.StopReason != "" {
			return true
		}
	}
	return false
}

// firstInt is the first of keys present in info as a number.
func firstInt(info map[string]any, keys ...string) int {
	for _, key := range keys {
		switch v := info[key].(type) {
		case int:
			return v
		case int64:
			return int(v)
		case float64:
			return int(v)
		}
	}
	return 0
}
