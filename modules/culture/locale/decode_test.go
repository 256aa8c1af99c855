package locale

import (
	"slices"
	"testing"
)

// TestDecodeRunesMatchesConversion checks the line decoder of FindAmounts
// against []rune, invalid bytes included, reusing one buffer as it does.
func TestDecodeRunesMatchesConversion(t *testing.T) {
	var buf []rune
	for _, line := range []string{"", "abc 1.234,50", "R$\u00a01.234,50 €", "¡Año! ñandú", "\xff\xfe1.5\xc3", "日本 12/03/2027", "a"} {
		buf = decodeRunes(buf, line)
		if want := []rune(line); !slices.Equal(buf, want) {
			t.Errorf("decodeRunes(%q) = %q, want %q", line, string(buf), string(want))
		}
	}
}
