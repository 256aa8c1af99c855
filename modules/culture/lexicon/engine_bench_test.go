package lexicon

import "testing"

// BenchmarkEngineCheck1MB measures the check users get (lexicon, forms of
// address and formats) on 1 MB of mixed copy; the target is at least
// 20 MB/s on one core (go test -bench EngineCheck1MB -cpu 1).
func BenchmarkEngineCheck1MB(b *testing.B) {
	e := seedEngine(b)
	text := mixedCopy(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		e.Check(text, CheckOptions{Country: "MX", Formality: FormalityTu})
	}
}
