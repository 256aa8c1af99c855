package lexicon

import (
	"strings"
	"testing"
)

// mixedCopy returns about size bytes of marketing copy mixing every variant,
// clean sentences and sentences with findings.
func mixedCopy(size int) string {
	var sentences []string
	for _, c := range cleanCopy {
		sentences = append(sentences, c.text)
	}
	sentences = append(sentences, fuzzSeeds[:5]...)
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(sentences[i%len(sentences)])
		b.WriteString(" ")
		if i%7 == 6 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkCheck measures the lexicon checker on 1 MB of mixed copy; the
// target is at least 20 MB/s on one core.
func BenchmarkCheck(b *testing.B) {
	m := seedEngine(b).Lexicon()
	text := mixedCopy(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		m.Check(text, CheckOptions{Country: "MX"})
	}
}

// BenchmarkEngineCheck measures the whole check (lexicon, address and
// formats) on 64 KB, the size of a long landing page.
func BenchmarkEngineCheck(b *testing.B) {
	e := seedEngine(b)
	text := mixedCopy(64 << 10)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		e.Check(text, CheckOptions{Country: "MX", Formality: FormalityTu})
	}
}

// BenchmarkAdapt measures the adapter on 64 KB of mixed copy.
func BenchmarkAdapt(b *testing.B) {
	e := seedEngine(b)
	text := mixedCopy(64 << 10)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		e.Adapt(text, AdaptOptions{To: "AR", Formality: FormalityVos})
	}
}

// BenchmarkEngineParts measures each checker of Engine.Check alone on the
// text of BenchmarkEngineCheck, to show where its time goes.
func BenchmarkEngineParts(b *testing.B) {
	e := seedEngine(b)
	text := mixedCopy(64 << 10)
	opts := CheckOptions{Country: "MX", Formality: FormalityTu}
	b.Run("lexicon", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			e.lexicon.Check(text, opts)
		}
	})
	b.Run("address", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			e.addressFindings(text, opts)
		}
	})
	b.Run("formats", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			e.formatFindings(text, opts.Country)
		}
	})
}
