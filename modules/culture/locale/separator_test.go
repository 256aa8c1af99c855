package locale

import "testing"

// TestSeparatorTextMatchesRune checks the constant spellings of separators
// against the rune itself, with every space-like separator as " ".
func TestSeparatorTextMatchesRune(t *testing.T) {
	for _, r := range []rune{'.', ',', '/', '-', ' ', '\u00a0', '\u202f', '\'', '·', '_', 'x'} {
		want := string(r)
		if isSpaceSeparator(r) {
			want = " "
		}
		if got := separatorText(r); got != want {
			t.Errorf("separatorText(%q) = %q, want %q", r, got, want)
		}
	}
}

// TestSuffixSymbolsPassTheFilter checks canStartSuffixSymbol against every
// sign written after the number: a sign it rejected would never be found.
func TestSuffixSymbolsPassTheFilter(t *testing.T) {
	suffixes := 0
	for _, info := range knownSymbols {
		if !info.suffix {
			continue
		}
		suffixes++
		first := []rune(info.text)[0]
		if !canStartSuffixSymbol(first) {
			t.Errorf("suffix sign %q starts with %q, which canStartSuffixSymbol rejects", info.text, first)
		}
		if isDigit(first) || isSpaceSeparator(first) {
			t.Errorf("suffix sign %q starts with a digit or a space", info.text)
		}
	}
	if suffixes == 0 {
		t.Fatal("no suffix signs in knownSymbols")
	}
}
