package culture

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var callingCode = regexp.MustCompile(`^\+[1-9][0-9]{0,2}$`)

// normalizeCountry upper-cases and trims an ISO 3166-1 alpha-2 code.
func normalizeCountry(code string) string { return strings.ToUpper(strings.TrimSpace(code)) }

// fold lower-cases s and strips its accents, for searches that forgive both.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ToLower(s))
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}

func validURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

func parseYear(s string) (int, bool) {
	y, err := strconv.Atoi(strings.TrimSpace(s))
	return y, err == nil && y >= 1900 && y <= 2100
}

// validFormality reports a known form of address, or "" (the profile's default).
func validFormality(f Formality) bool {
	return f == "" || slices.Contains(Formalities(), f)
}
