package locale

import (
	"strings"
	"testing"
	"time"
)

// cldrExample is one country's rendering of 1234.5 and 1234567.891 and of
// 2025-03-05 by CLDR 48 (shared/reference/latam-countries.json; es-US and
// es-ES rendered with ICU 78).
type cldrExample struct {
	country     string
	price       string // 1234.5 with the currency's CLDR decimals
	number      string // 1234567.891
	shortDate   string // 2025-03-05 in the CLDR short pattern
	price1234_5 string // 1234.5 with two decimals forced, when it differs
}

var cldrExamples = []cldrExample{
	{"MX", "$1,234.50", "1,234,567.891", "05/03/25", ""},
	{"GT", "Q\u00a01,234.50", "1,234,567.891", "5/03/25", ""},
	{"HN", "L\u00a01,234.50", "1,234,567.891", "5/3/25", ""},
	{"SV", "$1,234.50", "1,234,567.891", "5/3/25", ""},
	{"NI", "C$1,234.50", "1,234,567.891", "5/3/25", ""},
	{"CR", "₡1\u00a0234,50", "1\u00a0234\u00a0567,891", "5/3/25", ""},
	{"PA", "$1,234.50", "1,234,567.891", "03/05/25", ""}, // CLDR: "B/.\u00a01,234.50"; see format.go
	{"CU", "$1,234.50", "1,234,567.891", "5/3/25", ""},
	{"DO", "RD$1,234.50", "1,234,567.891", "5/3/25", ""},
	{"PR", "$1,234.50", "1,234,567.891", "03/05/25", ""},
	{"CO", "$\u00a01.235", "1.234.567,891", "5/03/25", "$\u00a01.234,50"},
	{"VE", "Bs.\u00a01.234,50", "1.234.567,891", "5/3/25", ""}, // CLDR: "Bs.S"
	{"EC", "$1.234,50", "1.234.567,891", "5/3/25", ""},
	{"PE", "S/\u00a01,234.50", "1,234,567.891", "5/03/25", ""},
	{"BO", "Bs\u00a01.234,50", "1.234.567,891", "5/3/25", ""},
	{"CL", "$1.235", "1.234.567,891", "05-03-25", "$1.234,50"},
	{"AR", "$\u00a01.234,50", "1.234.567,891", "5/3/25", ""},
	{"UY", "$\u00a01.234,50", "1.234.567,891", "5/3/25", ""},
	{"PY", "Gs.\u00a01.235", "1.234.567,891", "5/3/25", "Gs.\u00a01.234,50"},
	{"BR", "R$\u00a01.234,50", "1.234.567,891", "05/03/2025", ""},
	{"US", "$1,234.50", "1,234,567.891", "5/3/2025", ""},
	{"ES", "1234,50\u00a0€", "1.234.567,891", "5/3/25", ""},
}

// plain turns CLDR's no-break spaces into the ordinary spaces Frontier writes.
func plain(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

func TestFormatsMatchCLDR(t *testing.T) {
	if len(cldrExamples) != len(Countries()) {
		t.Fatalf("%d examples for %d countries", len(cldrExamples), len(Countries()))
	}
	date := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, ex := range cldrExamples {
		t.Run(ex.country, func(t *testing.T) {
			f, ok := For(ex.country)
			if !ok {
				t.Fatalf("For(%q) not found", ex.country)
			}
			if got := f.Price(1234.5); got != plain(ex.price) {
				t.Errorf("Price(1234.5) = %q, want %q", got, plain(ex.price))
			}
			if got := f.Number(1234567.891, 3); got != plain(ex.number) {
				t.Errorf("Number(1234567.891, 3) = %q, want %q", got, plain(ex.number))
			}
			if got := formatDate(f.ShortDatePattern, date); got != ex.shortDate {
				t.Errorf("short date = %q, want %q", got, ex.shortDate)
			}
			if ex.price1234_5 != "" {
				if got := f.priceWith(f.CurrencySymbol, 1234.5, 2); got != plain(ex.price1234_5) {
					t.Errorf("two-decimal price = %q, want %q", got, plain(ex.price1234_5))
				}
			}
			for _, written := range []string{ex.number, plain(ex.number)} {
				if v, ok := f.ParseNumber(written); !ok || v != 1234567.891 {
					t.Errorf("ParseNumber(%q) = %v, %v", written, v, ok)
				}
			}
		})
	}
}

func TestForIsCaseInsensitive(t *testing.T) {
	for _, code := range []string{"mx", " Br ", "eS"} {
		f, ok := For(code)
		if !ok || f.Country != strings.ToUpper(strings.TrimSpace(code)) {
			t.Errorf("For(%q) = %q, %v", code, f.Country, ok)
		}
	}
	for _, code := range []string{"", "XX", "MEX", "419"} {
		if _, ok := For(code); ok {
			t.Errorf("For(%q) found a format", code)
		}
	}
}

func TestNumberRoundsHalfAwayFromZero(t *testing.T) {
	mx, _ := For("MX")
	ar, _ := For("AR")
	es, _ := For("ES")
	tests := []struct {
		f        Format
		v        float64
		decimals int
		want     string
	}{
		{mx, 1234.5, 0, "1,235"},
		{mx, 1.005, 2, "1.01"},
		{mx, 2.675, 2, "2.68"},
		{mx, 999.995, 2, "1,000.00"},
		{mx, -1234.5, 0, "-1,235"},
		{mx, -0.001, 2, "0.00"},
		{mx, 0, 2, "0.00"},
		{mx, 123, 0, "123"},
		{mx, 1234.5, -1, "1,234.5"},
		{ar, 1234567.891, 2, "1.234.567,89"},
		{ar, 0.5, 0, "1"},
		{es, 1234, 0, "1234"},
		{es, 12345, 0, "12.345"},
		{es, -12345.678, 1, "-12.345,7"},
	}
	for _, tt := range tests {
		if got := tt.f.Number(tt.v, tt.decimals); got != tt.want {
			t.Errorf("%s Number(%v, %d) = %q, want %q", tt.f.Country, tt.v, tt.decimals, got, tt.want)
		}
	}
}

func TestPrice(t *testing.T) {
	tests := []struct {
		country string
		amount  float64
		want    string
	}{
		{"MX", 1234.5, "$1,234.50"},
		{"MX", -99.999, "-$100.00"},
		{"AR", 1234.5, "$ 1.234,50"},
		{"BR", 1234.5, "R$ 1.234,50"},
		{"CL", 1234.5, "$1.235"},
		{"CL", 990, "$990"},
		{"CO", 1234.4, "$ 1.234"},
		{"CO", 85900, "$ 85.900"},
		{"ES", 1234.5, "1234,50 €"},
		{"ES", 12345.5, "12.345,50 €"},
		{"PE", 49.9, "S/ 49.90"},
		{"CR", 12500, "₡12 500,00"},
		{"PY", 150000, "Gs. 150.000"},
	}
	for _, tt := range tests {
		f, _ := For(tt.country)
		if got := f.Price(tt.amount); got != tt.want {
			t.Errorf("%s Price(%v) = %q, want %q", tt.country, tt.amount, got, tt.want)
		}
	}
}

func TestDates(t *testing.T) {
	day := time.Date(2027, 3, 5, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		country, lang string
		short, long   string
	}{
		{"MX", "", "05/03/2027", "5 de marzo de 2027"},
		{"AR", "es", "5/3/2027", "5 de marzo de 2027"},
		{"CL", "", "05-03-2027", "5 de marzo de 2027"},
		{"GT", "", "5/03/2027", "5 de marzo de 2027"},
		{"PA", "", "03/05/2027", "5 de marzo de 2027"},
		{"PR", "", "03/05/2027", "5 de marzo de 2027"},
		{"HN", "", "5/3/2027", "05 de marzo de 2027"},
		{"BR", "", "05/03/2027", "5 de março de 2027"},
		{"BR", "pt-BR", "05/03/2027", "5 de março de 2027"},
		{"BR", "en", "05/03/2027", "March 5, 2027"},
		{"US", "", "5/3/2027", "5 de marzo de 2027"},
		{"ES", "es-ES", "5/3/2027", "5 de marzo de 2027"},
	}
	for _, tt := range tests {
		f, _ := For(tt.country)
		if got := f.Date(day); got != tt.short {
			t.Errorf("%s Date = %q, want %q", tt.country, got, tt.short)
		}
		if got := f.LongDate(day, tt.lang); got != tt.long {
			t.Errorf("%s LongDate(%q) = %q, want %q", tt.country, tt.lang, got, tt.long)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		country, in string
		want        float64
		ok          bool
	}{
		{"MX", "1,234.50", 1234.5, true},
		{"MX", "1234.50", 1234.5, true},
		{"MX", " -12.5 ", -12.5, true},
		{"MX", "1.234", 1.234, true},
		{"MX", "1.234,50", 0, false},
		{"MX", "12,34", 0, false},
		{"MX", "1,2345", 0, false},
		{"MX", "1,234,", 0, false},
		{"MX", "", 0, false},
		{"MX", "abc", 0, false},
		{"AR", "1.234,50", 1234.5, true},
		{"AR", "1.234", 1234, true},
		{"AR", "1,234.50", 0, false},
		{"AR", "1.234.567", 1234567, true},
		{"AR", "1.23.456", 0, false},
		{"CR", "1 234 567,5", 1234567.5, true},
		{"CR", "1.234,5", 1234.5, true},
		{"CR", "1 234.567", 0, false},
		{"ES", "1234,5", 1234.5, true},
		{"ES", "−3,5", -3.5, true},
		{"BR", "1.234,", 0, false},
	}
	for _, tt := range tests {
		f, _ := For(tt.country)
		got, ok := f.ParseNumber(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("%s ParseNumber(%q) = %v, %v; want %v, %v", tt.country, tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
