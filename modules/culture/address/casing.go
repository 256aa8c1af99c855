package address

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// matchCase spells replacement (lowercase) in the letter case of original:
// all capitals stay all capitals, a leading capital stays a leading capital.
func matchCase(original, replacement string) string {
	switch {
	case isUpper(original) && utf8.RuneCountInString(original) > 1:
		return strings.ToUpper(replacement)
	case startsUpper(original):
		r, size := utf8.DecodeRuneInString(replacement)
		return string(unicode.ToUpper(r)) + replacement[size:]
	}
	return replacement
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
