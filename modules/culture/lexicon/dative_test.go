package lexicon

import (
	"strings"
	"testing"
)

// referenceIsDative is isDative as it was before the stems were indexed:
// a scan of the dative infinitives for a stem the verb starts with.
func referenceIsDative(m *Matcher, verb string) bool {
	if m.dativeVerbs[verb] {
		return true
	}
	for v := range m.dativeVerbs {
		if stem := v[:len(v)-2]; len(stem) >= 4 && strings.HasPrefix(verb, stem) &&
			(strings.HasSuffix(v, "ar") || strings.HasSuffix(v, "er") || strings.HasSuffix(v, "ir")) {
			return true
		}
	}
	return false
}

// TestIsDativeMatchesReference checks isDative against the scan it replaced
// on the dative verbs, their conjugations, their stems and the words of
// the benchmark copy.
func TestIsDativeMatchesReference(t *testing.T) {
	m := seedEngine(t).Lexicon()
	if len(m.dativeVerbs) == 0 || len(m.dativeStems) == 0 {
		t.Fatal("the seed has no dative verbs")
	}
	words := strings.Fields(strings.ToLower(mixedCopy(16 << 10)))
	for v := range m.dativeVerbs {
		stem := v[:len(v)-2]
		words = append(words, v, stem, strings.TrimSuffix(stem, stem[len(stem)/2:]), stem+"amos", stem+"emos", stem+"imos", stem+"o", stem+"an", stem+"en", "x"+v)
	}
	words = append(words, "", "a", "os", "ofrecemos", "damos", "decimos")
	for _, w := range words {
		w = fold(w)
		if got, want := m.isDative(w), referenceIsDative(m, w); got != want {
			t.Errorf("isDative(%q) = %v, reference %v", w, got, want)
		}
	}
}
