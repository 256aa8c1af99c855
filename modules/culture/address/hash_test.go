package address

import "testing"

var accentlessHashSeeds = []string{
	"", "a", "regístrate", "REGÍSTRATE", "díselo", "cómpralo", "pídeselo", "e\u0301", "ñandú",
	"ü", "\xff\xfe", "añadírtelo", "日本語", "quédate",
}

// TestAccentlessHashMatchesCopy checks the hash computed while reading the
// word against the hash of its accentless copy, which the filter was built with.
func TestAccentlessHashMatchesCopy(t *testing.T) {
	for _, word := range accentlessHashSeeds {
		if got, want := accentlessHash(word), encliticHash(appendAccentless(nil, word)); got != want {
			t.Errorf("accentlessHash(%q) = %d, hash of the copy %d", word, got, want)
		}
	}
}

func FuzzAccentlessHash(f *testing.F) {
	for _, word := range accentlessHashSeeds {
		f.Add(word)
	}
	f.Fuzz(func(t *testing.T, word string) {
		if got, want := accentlessHash(word), encliticHash(appendAccentless(nil, word)); got != want {
			t.Fatalf("accentlessHash(%q) = %d, hash of the copy %d", word, got, want)
		}
	})
}

// TestEveryPronounEndingEndsLikePronoun checks the cheap test encliticIn
// starts with: a word can only end in a pronoun ending that passes it.
func TestEveryPronounEndingEndsLikePronoun(t *testing.T) {
	for _, suffix := range encliticSuffixes {
		for _, word := range []string{suffix, "dá" + suffix, "x" + suffix} {
			if !endsLikePronoun(word) {
				t.Errorf("endsLikePronoun(%q) = false", word)
			}
		}
	}
	for _, word := range []string{"casa", "compras", "tienes", "modo", "ve", "as", "es", "xos"} {
		if endsLikePronoun(word) {
			t.Errorf("endsLikePronoun(%q) = true", word)
		}
	}
}
