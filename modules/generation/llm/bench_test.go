package llm_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

// BenchmarkChainOverhead measures what the chain itself costs per
// generation (timeouts, breaker, stream gate, attempt record) with a
// provider that answers at once. It reports the p99 next to the mean.
func BenchmarkChainOverhead(b *testing.B) {
	instant := llmtest.Static{ProviderName: "openai", ModelName: "instant", Chunks: []string{"Oferta ", "solo ", "hoy."}}
	chain, err := llm.NewChain([]llm.Provider{instant}, builtin, llm.ChainOptions{})
	if err != nil {
		b.Fatal(err)
	}
	order := []string{"openai", llm.ProviderBuiltin}
	req := llm.Request{System: "Redactor", Prompt: "Un aviso para Hot Sale"}
	for _, mode := range []struct {
		name   string
		stream llm.StreamFunc
	}{
		{"json", nil},
		{"stream", func(llm.Chunk) {}},
	} {
		b.Run(mode.name, func(b *testing.B) {
			ctx := context.Background()
			latencies := make([]time.Duration, 0, b.N)
			b.ReportAllocs()
			for b.Loop() {
				start := time.Now()
				res, err := chain.Generate(ctx, order, req, mode.stream)
				latencies = append(latencies, time.Since(start))
				if err != nil || res.Provider != "openai" {
					b.Fatalf("res %+v, err %v", res, err)
				}
			}
			reportP99(b, latencies)
		})
	}
}

// BenchmarkProviderLocalHTTP measures one streamed generation through
// langchaingo against the local OpenAI fake: client, HTTP on the loopback
// and SSE parsing, the part of a real call that is ours to pay.
func BenchmarkProviderLocalHTTP(b *testing.B) {
	f := fakes()[0]
	srv := f.start(b)
	p, err := llm.NewProvider(llm.Config{Kind: f.kind, BaseURL: srv.OpenAIBaseURL(), APIKey: llmtest.DefaultAPIKey, Model: f.model})
	if err != nil {
		b.Fatal(err)
	}
	chain, err := llm.NewChain([]llm.Provider{p}, builtin, llm.ChainOptions{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	req := llm.Request{Prompt: "Un aviso para Hot Sale"}
	latencies := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		res, err := chain.Generate(ctx, []string{"openai"}, req, func(llm.Chunk) {})
		latencies = append(latencies, time.Since(start))
		if err != nil || res.Provider != "openai" {
			b.Fatalf("res %+v, err %v", res, err)
		}
	}
	reportP99(b, latencies)
}

func reportP99(b *testing.B, latencies []time.Duration) {
	if len(latencies) == 0 {
		return
	}
	slices.Sort(latencies)
	b.ReportMetric(float64(latencies[len(latencies)*99/100].Nanoseconds()), "p99-ns")
}
