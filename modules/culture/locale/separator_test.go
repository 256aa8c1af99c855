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
