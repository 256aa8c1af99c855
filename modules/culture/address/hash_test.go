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
