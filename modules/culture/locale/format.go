// Package locale formats and reads numbers, prices and dates the way people
// write them in each market Frontier serves (19 Latin American countries,
// Puerto Rico, the Hispanic United States and Spain), and finds amounts in
// running text that are written in another country's convention.
//
// The tables follow CLDR 48 (the examples in shared/reference/latam-countries.json
// and ICU 78 for es-US and es-ES) with a few deliberate departures where CLDR is
// not what people write: prices use an ordinary space instead of U+00A0 (copy is
// pasted into SMS and ads, where a no-break space costs characters), dates always
// carry four-digit years, Venezuela writes "Bs." and Panama prices in "$".
package locale

import "strings"

// DateOrder is the order of day, month and year in a numeric date.
type DateOrder string

// Date orders found in numeric dates.
const (
	DMY DateOrder = "dmy"
	MDY DateOrder = "mdy"
	YMD DateOrder = "ymd"
)

// Format holds how one country writes numbers, prices and dates.
type Format struct {
	Country  string // ISO 3166-1 alpha-2, upper case
	Locale   string // BCP 47 tag, e.g. "es-MX", "pt-BR"
	Language string // "es" or "pt"

	Decimal string // decimal separator: "." or ","
	Group   string // thousands separator: ",", "." or " "
	// MinGroupingDigits is CLDR's minimumGroupingDigits: Spain writes 1234 but 12.345.
	MinGroupingDigits int

	CurrencyCode   string // ISO 4217
	CurrencySymbol string // the symbol people write, e.g. "$", "R$", "S/"
	FractionDigits int    // decimals in a price (0 for CLP, COP, PYG)
	SymbolSpace    bool   // a space between symbol and amount ("$ 1.234,50")
	SymbolAfter    bool   // symbol after the amount ("1234,50 €")

	// ShortDatePattern is CLDR's short date pattern (d, dd, M, MM, yy, y).
	ShortDatePattern string
	DateOrder        DateOrder
	// LongDayPadded writes the day of a long date with two digits (es-HN: "05 de marzo de 2027").
	LongDayPadded bool

	// otherSymbols are further currency signs that are normal in this market
	// (Panama's "B/.", Venezuela's "Bs.S" and dollar prices, ...).
	otherSymbols []string
	// otherGroups are further thousands separators in everyday use.
	otherGroups []string
}

// For returns the format of a country given as ISO 3166-1 alpha-2 code in
// any letter case. It knows the 22 markets of the culture module.
func For(country string) (Format, bool) {
	f, ok := formatFor(strings.ToUpper(strings.TrimSpace(country)))
	return f, ok
}

// Countries returns the ISO codes of every country For knows, in table order.
func Countries() []string {
	return []string{"MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO",
		"VE", "EC", "PE", "BO", "CL", "AR", "UY", "PY", "BR", "US", "ES"}
}

// AcceptsSymbol reports whether a currency sign is at home in this market:
// the local symbol, a local variant, or an explicit ISO code or dollar mark
// ("USD", "US$") that a writer uses on purpose.
func (f Format) AcceptsSymbol(symbol string) bool {
	if symbol == f.CurrencySymbol || symbol == f.CurrencyCode {
		return true
	}
	for _, s := range f.otherSymbols {
		if s == symbol {
			return true
		}
	}
	info, ok := lookupSymbol(symbol)
	return ok && (info.explicit || info.weak)
}

// acceptsGroup reports whether sep is a thousands separator readers of this
// market understand. Space-like grouping (SI style, endorsed by the RAE) is
// never misread, so it is always accepted.
func (f Format) acceptsGroup(sep string) bool {
	if sep == f.Group || sep == " " {
		return true
	}
	for _, g := range f.otherGroups {
		if g == sep {
			return true
		}
	}
	return false
}

// formatFor is the country table. It builds a fresh value on every call so
// callers can never share (and mutate) the slices inside.
func formatFor(country string) (Format, bool) {
	dotDecimal := func(c, loc, code, sym string, frac int, space bool, pattern string) Format {
		return Format{Country: c, Locale: loc, Language: "es", Decimal: ".", Group: ",", MinGroupingDigits: 1,
			CurrencyCode: code, CurrencySymbol: sym, FractionDigits: frac, SymbolSpace: space,
			ShortDatePattern: pattern, DateOrder: DMY}
	}
	commaDecimal := func(c, loc, code, sym string, frac int, space bool, pattern string) Format {
		return Format{Country: c, Locale: loc, Language: "es", Decimal: ",", Group: ".", MinGroupingDigits: 1,
			CurrencyCode: code, CurrencySymbol: sym, FractionDigits: frac, SymbolSpace: space,
			ShortDatePattern: pattern, DateOrder: DMY}
	}
	var f Format
	switch country {
	case "MX":
		f = dotDecimal("MX", "es-MX", "MXN", "$", 2, false, "dd/MM/yy")
		f.otherSymbols = []string{"MX$"}
	case "GT":
		f = dotDecimal("GT", "es-GT", "GTQ", "Q", 2, true, "d/MM/yy")
	case "HN":
		f = dotDecimal("HN", "es-HN", "HNL", "L", 2, true, "d/M/yy")
		f.LongDayPadded = true
	case "SV":
		f = dotDecimal("SV", "es-SV", "USD", "$", 2, false, "d/M/yy")
	case "NI":
		f = dotDecimal("NI", "es-NI", "NIO", "C$", 2, false, "d/M/yy")
	case "CR":
		f = commaDecimal("CR", "es-CR", "CRC", "₡", 2, false, "d/M/yy")
		f.Group = " "
		// CLDR groups with a space, but "₡1.234" is just as common in Costa Rican stores.
		f.otherGroups = []string{"."}
	case "PA":
		// CLDR uses the balboa (B/.), yet Panamanian prices are written in dollars.
		f = dotDecimal("PA", "es-PA", "USD", "$", 2, false, "MM/dd/yy")
		f.DateOrder = MDY
		f.otherSymbols = []string{"B/.", "PAB"}
	case "CU":
		f = dotDecimal("CU", "es-CU", "CUP", "$", 2, false, "d/M/yy")
	case "DO":
		f = dotDecimal("DO", "es-DO", "DOP", "RD$", 2, false, "d/M/yy")
		f.otherSymbols = []string{"$"}
	case "PR":
		f = dotDecimal("PR", "es-PR", "USD", "$", 2, false, "MM/dd/yy")
		f.DateOrder = MDY
	case "CO":
		f = commaDecimal("CO", "es-CO", "COP", "$", 0, true, "d/MM/yy")
		f.otherSymbols = []string{"COL$"}
	case "VE":
		// CLDR still says "Bs.S"; since the 2021 redenomination people write "Bs.",
		// and many prices are quoted in dollars.
		f = commaDecimal("VE", "es-VE", "VES", "Bs.", 2, true, "d/M/yy")
		f.otherSymbols = []string{"Bs.S", "Bs.D", "Bs", "$"}
	case "EC":
		f = commaDecimal("EC", "es-EC", "USD", "$", 2, false, "d/M/yy")
	case "PE":
		f = dotDecimal("PE", "es-PE", "PEN", "S/", 2, true, "d/MM/yy")
		f.otherSymbols = []string{"S/."}
	case "BO":
		f = commaDecimal("BO", "es-BO", "BOB", "Bs", 2, true, "d/M/yy")
		f.otherSymbols = []string{"Bs."}
	case "CL":
		f = commaDecimal("CL", "es-CL", "CLP", "$", 0, false, "dd-MM-yy")
		f.otherSymbols = []string{"CLP$"}
	case "AR":
		f = commaDecimal("AR", "es-AR", "ARS", "$", 2, true, "d/M/yy")
		f.otherSymbols = []string{"AR$"}
	case "UY":
		f = commaDecimal("UY", "es-UY", "UYU", "$", 2, true, "d/M/yy")
		f.otherSymbols = []string{"$U"}
	case "PY":
		f = commaDecimal("PY", "es-PY", "PYG", "Gs.", 0, true, "d/M/yy")
		f.otherSymbols = []string{"₲", "Gs"}
	case "BR":
		f = commaDecimal("BR", "pt-BR", "BRL", "R$", 2, true, "dd/MM/y")
		f.Language = "pt"
	case "US":
		f = dotDecimal("US", "es-US", "USD", "$", 2, false, "d/M/y")
	case "ES":
		f = commaDecimal("ES", "es-ES", "EUR", "€", 2, true, "d/M/yy")
		f.SymbolAfter = true
		f.MinGroupingDigits = 2
	default:
		return Format{}, false
	}
	return f, true
}
