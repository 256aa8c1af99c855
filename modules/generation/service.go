package generation

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"

	"gorm.io/gorm"

	"github.com/frontierhq/frontier/modules/generation/llm"
)

// Options configure the service. Zero fields take defaults.
type Options struct {
	// Getenv reads the OPENAI_*, ANTHROPIC_* and OLLAMA_* variables.
	Getenv func(string) string
	// Secret is the app secret that provider API keys are sealed under.
	Secret []byte
	// Chain tunes retries, timeouts and breakers.
	Chain llm.ChainOptions
	// Redactor replaces personal data before any external provider; PatternRedactor by default.
	Redactor Redactor
	// Providers are ready-made providers (a local stand-in for benchmarks, say) that join the
	// chain after the configured ones, before builtin.
	Providers []llm.Provider
	// Now is the clock (tests).
	Now func() time.Time
	// GenerationTimeout bounds one whole generation. Default 3 minutes.
	GenerationTimeout time.Duration
}

// Service is the generation module's logic. It is safe for concurrent use.
type Service struct {
	store   store
	culture Culture
	log     *slog.Logger
	opts    Options
	env     []llm.Config
	sealer  sealer
	chain   atomic.Pointer[llm.Chain]
	jobs    *jobs
	cache   *workspaceCache
	dates   datesCache
	// indexWake tells the background indexer that contents were queued (see RunIndexer).
	indexWake chan struct{}
}

// NewService builds the service and its provider chain from the environment and the saved
// provider settings.
func NewService(ctx context.Context, db *gorm.DB, culture Culture, log *slog.Logger, opts Options) (*Service, error) {
	if culture == nil {
		return nil, errors.New("generation: a culture source is required")
	}
	if opts.Getenv == nil {
		opts.Getenv = func(string) string { return "" }
	}
	if opts.Redactor == nil {
		opts.Redactor = PatternRedactor{}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.GenerationTimeout <= 0 {
		opts.GenerationTimeout = 3 * time.Minute
	}
	seal, err := newSealer(opts.Secret)
	if err != nil {
		return nil, err
	}
	s := &Service{store: store{db: db}, culture: culture, log: log, opts: opts, env: llm.ConfigFromEnv(opts.Getenv),
		sealer: seal, jobs: newJobs(), cache: newWorkspaceCache(opts.Now), indexWake: make(chan struct{}, 1)}
	if err := s.reloadChain(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// Configured lists the providers the chain may use, builtin last.
func (s *Service) Configured() []string {
	return append(s.chain.Load().Configured(), llm.ProviderBuiltin)
}

// Culture returns the culture source the service uses (the UI lists commercial dates).
func (s *Service) Culture() Culture { return s.culture }
