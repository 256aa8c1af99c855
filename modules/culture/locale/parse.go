package locale

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseNumber reads a number written in this market's convention: "1,234.5"
// in Mexico, "1.234,5" in Argentina, "1 234,5" or "1.234,5" in Costa Rica.
// Thousands separators must stand every three digits; a number may also be
// written without them. Surrounding spaces and a leading sign are allowed.
func (f Format) ParseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	var normalized strings.Builder
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		normalized.WriteByte('-')
		s = rest
	} else if rest, ok := strings.CutPrefix(s, "−"); ok {
		normalized.WriteByte('-')
		s = rest
	} else {
		s = strings.TrimPrefix(s, "+")
	}
	intPart, fracPart, hasFrac := strings.Cut(s, f.Decimal)
	if intPart == "" || (hasFrac && !allDigits(fracPart)) {
		return 0, false
	}
	digits, ok := f.ungroup(intPart)
	if !ok {
		return 0, false
	}
	normalized.WriteString(digits)
	if hasFrac {
		if fracPart == "" {
			return 0, false
		}
		normalized.WriteByte('.')
		normalized.WriteString(fracPart)
	}
	v, err := strconv.ParseFloat(normalized.String(), 64)
	return v, err == nil
}

// ungroup removes thousands separators from an integer part, checking that
// one kind of separator stands every three digits.
func (f Format) ungroup(s string) (string, bool) {
	if allDigits(s) {
		return s, true
	}
	var digits strings.Builder
	var sep string
	group := 0
	first := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= '0' && r <= '9' {
			digits.WriteByte(byte(r))
			group++
			i += size
			continue
		}
		this := string(r)
		if isSpaceSeparator(r) {
			this = " "
		}
		if !f.acceptsGroup(this) || (sep != "" && this != sep) {
			return "", false
		}
		if (first && (group < 1 || group > 3)) || (!first && group != 3) {
			return "", false
		}
		sep, first, group = this, false, 0
		i += size
	}
	return digits.String(), first || group == 3
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isSpaceSeparator reports the spaces used between digit groups: ASCII
// space, no-break space and narrow no-break space.
func isSpaceSeparator(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f'
}
