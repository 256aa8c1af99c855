package lexicon

import (
	"strconv"
	"testing"
)

// TestVocabularyTableMatchesMap checks the open-addressing lookup against
// the map it indexes, for known words (through several rehashes) and for
// unknown ones.
func TestVocabularyTableMatchesMap(t *testing.T) {
	v := newVocabulary()
	for i := range 5000 {
		v.id("palabra" + strconv.Itoa(i))
	}
	for i := range 10000 {
		w := "palabra" + strconv.Itoa(i)
		want := v.ids[w]
		if got := v.lookup([]byte(w), hashWord(w)); got != want {
			t.Fatalf("lookup(%q) = %d, map has %d", w, got, want)
		}
	}
	m := seedEngine(t).Lexicon()
	for w, id := range m.vocab.ids {
		if got := m.vocab.lookup([]byte(w), hashWord(w)); got != id {
			t.Fatalf("seed lookup(%q) = %d, map has %d", w, got, id)
		}
		if got := m.vocab.lookup([]byte(w+"x"), hashWord(w+"x")); got != m.vocab.ids[w+"x"] {
			t.Fatalf("seed lookup(%q) = %d, map has %d", w+"x", got, m.vocab.ids[w+"x"])
		}
	}
}
