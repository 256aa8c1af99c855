package address

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// lowerCases holds words with every Latin-1 capital and lowercase letter,
// the signs next to them (× ÷) and capitals outside Latin-1.
var lowerCases = []string{
	"ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ", "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþßÿ",
	"Regístrate", "MÉXICO", "ÉL", "Él", "ÚNETE", "Ñandú", "AñO", "A×B", "a÷b", "ŸES", "Straße", "STRASSE",
	"İstanbul", "e\u0301", "E\u0301L", "\u2126mega", "Ωmega", "ǅ", "\xc3", "A\xc3", "\xc3\x97", "ª", "º", "µ",
	"TÚ", "Tú", "USTED", "Pedí", "PEDÍ", "registrAte", "", "a",
}

// TestLowerMatchesReference checks the byte-by-byte lowercasing of ASCII and
// Latin-1 words against strings.ToLower followed by NFC, and that a word
// with capitals finds the lexicon entry of its lowercase spelling.
func TestLowerMatchesReference(t *testing.T) {
	for _, word := range lowerCases {
		checkLower(t, word)
	}
}

func FuzzLower(f *testing.F) {
	for _, word := range lowerCases {
		f.Add(word)
	}
	f.Fuzz(func(t *testing.T, word string) {
		checkLower(t, word)
	})
}

func checkLower(t *testing.T, word string) {
	t.Helper()
	want := norm.NFC.String(strings.ToLower(word))
	if got := lowerWord(word); got != want {
		t.Fatalf("lowerWord(%q) = %q, want %q", word, got, want)
	}
	lex := theLexicon()
	lower, info := lex.lowerInfo(word)
	if lower != want || info != lex.info(want) {
		t.Fatalf("lowerInfo(%q) = %q %p, want %q %p", word, lower, info, want, lex.info(want))
	}
}
