package llm

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Kind is the wire protocol a provider speaks.
type Kind string

// The provider kinds. KindBuiltin is the template engine that needs no network;
// it is not built by NewProvider but plugged in by the integrator.
const (
	KindOpenAI    Kind = "openai"
	KindAnthropic Kind = "anthropic"
	KindOllama    Kind = "ollama"
	KindBuiltin   Kind = "builtin"
)

// Default models, used when the environment names none. gpt-4o is the
// GPT-4-class default; the Ollama default is a general Llama that operators
// replace with their own fine-tune.
const (
	DefaultOpenAIModel    = "gpt-4o"
	DefaultAnthropicModel = "claude-sonnet-4-5"
	DefaultOllamaModel    = "llama3.1:8b"
)

// Defaults for the per-call settings of a provider.
const (
	DefaultTemperature = 0.7
	DefaultMaxTokens   = 1024
	DefaultTimeout     = 60 * time.Second
)

// ErrInvalidConfig reports a provider configuration that cannot work.
var ErrInvalidConfig = errors.New("invalid provider config")

// Config configures one HTTP-backed provider.
type Config struct {
	// Name identifies the provider in routes and records; defaults to Kind.
	Name string
	Kind Kind
	// BaseURL is the API root: for OpenAI the URL that ends in /v1 (any
	// OpenAI-compatible server works), for Anthropic the host with or without
	// /v1, for Ollama the server address as OLLAMA_HOST takes it (default
	// 127.0.0.1:11434). An OpenAI base URL that is not api.openai.com gets
	// max_tokens instead of max_completion_tokens, the field every
	// OpenAI-compatible server knows.
	BaseURL string
	APIKey  string
	Model   string
	// Temperature, MaxTokens and Timeout apply to every call unless the
	// request overrides the first two.
	Temperature float64
	MaxTokens   int
	Timeout     time.Duration
	// PriceInPer1K and PriceOutPer1K are USD per 1,000 tokens, for cost
	// tracking.
	PriceInPer1K  float64
	PriceOutPer1K float64
}

// Price is the configured price of the provider.
func (c Config) Price() Price {
	return Price{InPer1K: c.PriceInPer1K, OutPer1K: c.PriceOutPer1K}
}

// ConfigFromEnv reads the providers configured in the environment, in the
// order openai, anthropic, ollama. A provider is configured when its key
// (OPENAI_API_KEY, ANTHROPIC_API_KEY) or host (OLLAMA_HOST) is set; the model
// defaults to the Default*Model constants and prices come from [DefaultPrice].
// OPENAI_BASE_URL points the openai provider at any OpenAI-compatible server
// (a server that needs no key still needs OPENAI_API_KEY set to something).
func ConfigFromEnv(getenv func(string) string) []Config {
	env := func(key string) string { return strings.TrimSpace(getenv(key)) }
	var configs []Config
	if key := env("OPENAI_API_KEY"); key != "" {
		configs = append(configs, withDefaults(Config{
			Kind:    KindOpenAI,
			APIKey:  key,
			BaseURL: env("OPENAI_BASE_URL"),
			Model:   env("OPENAI_MODEL"),
		}))
	}
	if key := env("ANTHROPIC_API_KEY"); key != "" {
		configs = append(configs, withDefaults(Config{
			Kind:    KindAnthropic,
			APIKey:  key,
			BaseURL: env("ANTHROPIC_BASE_URL"),
			Model:   env("ANTHROPIC_MODEL"),
		}))
	}
	if host := env("OLLAMA_HOST"); host != "" {
		configs = append(configs, withDefaults(Config{
			Kind:    KindOllama,
			BaseURL: host,
			Model:   env("OLLAMA_MODEL"),
		}))
	}
	return configs
}

// withDefaults fills the fields left empty with the defaults of the kind.
func withDefaults(c Config) Config {
	if c.Name == "" {
		c.Name = string(c.Kind)
	}
	if c.Model == "" {
		switch c.Kind {
		case KindOpenAI:
			c.Model = DefaultOpenAIModel
		case KindAnthropic:
			c.Model = DefaultAnthropicModel
		case KindOllama:
			c.Model = DefaultOllamaModel
		}
	}
	if c.Temperature == 0 {
		c.Temperature = DefaultTemperature
	}
	if c.MaxTokens == 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.PriceInPer1K == 0 && c.PriceOutPer1K == 0 {
		p, _ := DefaultPrice(c.Kind, c.Model)
		c.PriceInPer1K, c.PriceOutPer1K = p.InPer1K, p.OutPer1K
	}
	return c
}

// validate reports what makes c unusable, after defaults were applied.
func (c Config) validate() error {
	switch c.Kind {
	case KindOpenAI, KindAnthropic:
		if c.APIKey == "" {
			return fmt.Errorf("%w: %s: API key is empty", ErrInvalidConfig, c.Name)
		}
	case KindOllama:
	default:
		return fmt.Errorf("%w: %s: unknown kind %q", ErrInvalidConfig, c.Name, c.Kind)
	}
	if c.BaseURL != "" {
		if _, err := url.Parse(c.BaseURL); err != nil {
			return fmt.Errorf("%w: %s: base URL: %w", ErrInvalidConfig, c.Name, err)
		}
	}
	if c.Temperature < 0 || c.MaxTokens < 0 || c.Timeout < 0 || c.PriceInPer1K < 0 || c.PriceOutPer1K < 0 {
		return fmt.Errorf("%w: %s: negative setting", ErrInvalidConfig, c.Name)
	}
	return nil
}

// anthropicBaseURL accepts the host the Anthropic SDKs use
// ("https://api.anthropic.com") as well as the API root that langchaingo
// expects ("https://api.anthropic.com/v1").
func anthropicBaseURL(raw string) string {
	if raw == "" {
		return "https://api.anthropic.com/v1"
	}
	raw = strings.TrimSuffix(raw, "/")
	if strings.HasSuffix(raw, "/v1") {
		return raw
	}
	return raw + "/v1"
}

// ollamaBaseURL reads OLLAMA_HOST the way the Ollama CLI does: without a
// scheme it is http on port 11434 unless a port is given; with a scheme the
// scheme's own default port applies (a reverse proxy on 443, say).
func ollamaBaseURL(raw string) (*url.URL, error) {
	if raw == "" {
		raw = "127.0.0.1:11434"
	}
	bare := !strings.Contains(raw, "://")
	if bare {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: ollama host: %w", ErrInvalidConfig, err)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%w: ollama host %q has no host", ErrInvalidConfig, raw)
	}
	if bare && u.Port() == "" {
		u.Host += ":11434"
	}
	return u, nil
}
