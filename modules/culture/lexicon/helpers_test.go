package lexicon

import (
	"sync"
	"testing"
)

var (
	seedOnce    sync.Once
	seedMatcher *Matcher
	seedErr     error
)

// seedEngine returns an engine over the embedded seed, compiled once per test binary.
func seedEngine(tb testing.TB) *Engine {
	tb.Helper()
	seedOnce.Do(func() {
		var data Data
		data, seedErr = Seed()
		if seedErr == nil {
			seedMatcher, seedErr = Compile(data)
		}
	})
	if seedErr != nil {
		tb.Fatalf("seed: %v", seedErr)
	}
	return NewEngineWith(seedMatcher, PackageAddress{}, PackageFormats{})
}
