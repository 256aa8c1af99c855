package locale

import "unicode/utf8"

// symbolInfo describes a currency sign as it may appear next to an amount.
type symbolInfo struct {
	text     string
	currency string // ISO 4217 code, "" when the sign is shared ("$", "Bs")
	suffix   bool   // also written after the amount ("1.234 €", "100 USD")
	explicit bool   // names a currency on purpose (ISO code, "US$"): never a mismatch
	weak     bool   // a single letter ("Q", "L") that is also ordinary text
}

// iso returns the entry of an ISO 4217 code written as a currency name.
func iso(code string) symbolInfo {
	return symbolInfo{text: code, currency: code, suffix: true, explicit: true}
}

// knownSymbols lists the signs FindAmounts recognises, longest first so that
// "R$" wins over "$", "HNL" over "L" and "Bs.S" over "Bs.". It is read-only.
var knownSymbols = []symbolInfo{
	{text: "CLP$", currency: "CLP"},
	{text: "COL$", currency: "COP"},
	{text: "Bs.S", currency: "VES", suffix: true},
	{text: "Bs.D", currency: "VES", suffix: true},
	{text: "US$", currency: "USD", explicit: true},
	{text: "U$S", currency: "USD", explicit: true},
	{text: "RD$", currency: "DOP"},
	{text: "MX$", currency: "MXN"},
	{text: "AR$", currency: "ARS"},
	{text: "B/.", currency: "PAB"},
	{text: "S/.", currency: "PEN"},
	{text: "Gs.", currency: "PYG", suffix: true},
	{text: "Bs.", suffix: true},
	iso("MXN"), iso("GTQ"), iso("HNL"), iso("USD"), iso("NIO"), iso("CRC"), iso("PAB"),
	iso("CUP"), iso("DOP"), iso("COP"), iso("VES"), iso("PEN"), iso("BOB"), iso("CLP"),
	iso("ARS"), iso("UYU"), iso("PYG"), iso("BRL"), iso("EUR"),
	{text: "R$", currency: "BRL"},
	{text: "C$", currency: "NIO"},
	{text: "$U", currency: "UYU"},
	{text: "S/", currency: "PEN"},
	{text: "Bs", suffix: true},
	{text: "Gs", currency: "PYG", suffix: true},
	{text: "$"},
	{text: "€", currency: "EUR", suffix: true},
	{text: "£", currency: "GBP", suffix: true},
	{text: "₡", currency: "CRC"},
	{text: "₲", currency: "PYG"},
	{text: "Q", currency: "GTQ", weak: true},
	{text: "L", currency: "HNL", weak: true},
}

func lookupSymbol(s string) (symbolInfo, bool) {
	for _, info := range knownSymbols {
		if info.text == s {
			return info, true
		}
	}
	return symbolInfo{}, false
}

// runesEqual reports whether runes[at:] starts with s, without allocating.
func runesEqual(runes []rune, at int, s string) bool {
	if at < 0 {
		return false
	}
	for _, r := range s {
		if at >= len(runes) || runes[at] != r {
			return false
		}
		at++
	}
	return true
}

// symbolBefore finds a currency sign that ends just before the digit at
// start, optionally separated by one space, and returns where it begins.
func symbolBefore(runes []rune, start int) (symbolInfo, int, bool) {
	for _, gap := range []int{0, 1} {
		end := start - gap
		if end < 1 || (gap == 1 && !isSpaceSeparator(runes[end])) {
			continue
		}
		if !canEndSymbol(runes[end-1]) {
			continue
		}
		for _, info := range knownSymbols {
			n := utf8.RuneCountInString(info.text)
			begin := end - n
			if runesEqual(runes, begin, info.text) && (begin == 0 || !isWordRune(runes[begin-1])) {
				return info, begin, true
			}
		}
	}
	return symbolInfo{}, 0, false
}

// symbolAfter finds a currency sign written after an amount ending at end,
// optionally separated by one space, and returns where the sign ends.
func symbolAfter(runes []rune, end int) (symbolInfo, int, bool) {
	begin := end
	if begin < len(runes) && isSpaceSeparator(runes[begin]) {
		begin++
	}
	if begin >= len(runes) || !canStartSuffixSymbol(runes[begin]) {
		return symbolInfo{}, 0, false
	}
	for _, info := range knownSymbols {
		if !info.suffix || !runesEqual(runes, begin, info.text) {
			continue
		}
		stop := begin + utf8.RuneCountInString(info.text)
		if stop == len(runes) || !isWordRune(runes[stop]) {
			return info, stop, true
		}
	}
	return symbolInfo{}, 0, false
}

// canStartSuffixSymbol is a cheap filter: every sign written after the
// number starts with one of these runes (no digit nor space does), so most
// words after a number are rejected without a table scan.
func canStartSuffixSymbol(r rune) bool {
	return 'A' <= r && r <= 'Z' || r == '€' || r == '£'
}

// canEndSymbol is a cheap filter: every known sign ends in one of these
// runes, so most words before a number are rejected without a table scan.
func canEndSymbol(r rune) bool {
	switch {
	case r == '$' || r == '.' || r == '/' || r == 's':
		return true
	case r >= 'A' && r <= 'Z':
		return true
	default:
		return r == '€' || r == '£' || r == '₡' || r == '₲'
	}
}
