package generation

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/frontierhq/frontier/app/admit"
	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

// instant is a provider that answers at once, so a generation's time is the platform's own.
var instant = llmtest.Static{ProviderName: "local", ModelName: "instant", Chunks: []string{
	"BODY:\n¡Hola, Ciudad de México! ", "Descubre nuestras zapatillas Vuela con 20% de descuento. ", "Compra ahora en vuela.mx."}}

var overheadBrief = Brief{Prompt: "Zapatillas para correr con 20% de descuento", ContentType: "whatsapp", Country: "MX", Tone: "friendly"}

// BenchmarkPipelineOverhead is one generation through the whole pipeline (validation, prompt,
// chain, parse, adapt, check, score, transaction) with a provider that costs nothing.
func BenchmarkPipelineOverhead(b *testing.B) {
	ts := newTestServiceWith(b, nil, []llm.Provider{instant})
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := ts.Generate(ctx, ts.caller(), overheadBrief, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuiltinPipeline is one generation written by the template engine.
func BenchmarkBuiltinPipeline(b *testing.B) {
	ts := newTestService(b, nil)
	ctx := context.Background()
	brief := overheadBrief
	brief.ContentType, brief.Channel = "social_post", "instagram"
	for b.Loop() {
		if _, err := ts.Generate(ctx, ts.caller(), brief, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoadOverhead measures the platform's overhead per generation (validation, prompt, chain,
// parse, adaptation, checks, score and the database write) with a provider that answers at
// once: one caller at a time, then 50 concurrent callers. It runs only with FRONTIER_LOAD=1 (make bench) and prints its
// numbers; speed is never asserted by a timed test.
func TestLoadOverhead(t *testing.T) {
	if os.Getenv("FRONTIER_LOAD") == "" {
		t.Skip("set FRONTIER_LOAD=1 (make bench)")
	}
	// The server collects garbage at GOGC 400 (app/run.go); these runs have no server, so they
	// set the same target.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	ts := newTestServiceWith(t, nil, []llm.Provider{instant})
	if sqlDB, err := ts.db.DB(); err == nil {
		sqlDB.SetMaxOpenConns(loadPoolSize)
	}
	// Callers queue for the generations as they do in the server: through an admission gate
	// with a slot per database connection.
	gate := admit.New(loadPoolSize, time.Minute)
	admitted := func(brief Brief) error {
		ctx, leave, err := gate.Enter(context.Background())
		if err != nil {
			return err
		}
		defer leave()
		_, err = ts.Generate(ctx, ts.caller(), brief, nil)
		return err
	}
	generate := func() error { return admitted(overheadBrief) }
	run(50, 400, generate) // warm up every database connection, as the measured runs will use them
	lat, elapsed := run(1, 500, generate)
	report(t, "overhead per generation, 1 caller", lat, elapsed)
	lat, elapsed = run(50, 2000, generate)
	report(t, "overhead per generation, 50 concurrent", lat, elapsed)
	builtinBrief := overheadBrief
	builtinBrief.ContentType, builtinBrief.Channel, builtinBrief.Provider = "social_post", "instagram", "builtin"
	lat, elapsed = run(50, 2000, func() error { return admitted(builtinBrief) })
	report(t, "builtin, service level, 50 concurrent", lat, elapsed)
}

// loadPoolSize caps the connections, as a two-core server would: more backends than cores only
// add context switches.
var loadPoolSize = 8

// run calls fn total times from concurrency goroutines and returns every call's latency.
func run(concurrency, total int, fn func() error) ([]time.Duration, time.Duration) {
	var mu sync.Mutex
	lat := make([]time.Duration, 0, total)
	jobs := make(chan struct{}, total)
	for range total {
		jobs <- struct{}{}
	}
	close(jobs)
	start := time.Now()
	var wg sync.WaitGroup
	for range concurrency {
		wg.Go(func() {
			for range jobs {
				t0 := time.Now()
				if err := fn(); err != nil {
					panic(err)
				}
				d := time.Since(t0)
				mu.Lock()
				lat = append(lat, d)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return lat, time.Since(start)
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p+0.5) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func report(t *testing.T, name string, lat []time.Duration, elapsed time.Duration) {
	slices.Sort(lat)
	line := fmt.Sprintf("%-48s n=%d  p50=%v  p99=%v  max=%v  %.0f req/s", name, len(lat),
		percentile(lat, 0.50).Round(10*time.Microsecond), percentile(lat, 0.99).Round(10*time.Microsecond),
		lat[len(lat)-1].Round(10*time.Microsecond), float64(len(lat))/elapsed.Seconds())
	fmt.Println(line)
	t.Log(line)
}
