package locale

import (
	"math"
	"testing"
	"unicode/utf8"
)

func FuzzFindAmounts(f *testing.F) {
	for _, seed := range []string{"Solo $1,234.50 hoy", "R$ 1.234,50", "1\u00a0234,5 €", "05/03/2027", "a las 10.30 h",
		"RUT 12.345.678-5", "₡12 500,00", "¡Año! $1,5", "US$100 y 1.234.567,891", "\xff1.5"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		runes := []rune(text)
		last := 0
		for _, a := range FindAmounts(text) {
			if a.Start < last || a.Start >= a.End || a.End > len(runes) || a.NumberStart < a.Start || a.NumberEnd > a.End {
				t.Fatalf("bad offsets %+v in %q", a, text)
			}
			if string(runes[a.Start:a.End]) != a.Text {
				t.Fatalf("Text %q does not match runes %q", a.Text, string(runes[a.Start:a.End]))
			}
			last = a.End
		}
		mx, _ := For("MX")
		for _, finding := range mx.Review(text) {
			if finding.Issue == IssueSeparators && !utf8.ValidString(finding.Suggestion) {
				t.Fatalf("invalid suggestion %q", finding.Suggestion)
			}
		}
	})
}

// FuzzNumberRoundTrip checks that every market reads back what it writes.
func FuzzNumberRoundTrip(f *testing.F) {
	for _, v := range []float64{0, 1234.5, -1234567.891, 0.005, 999999.995, 1e15} {
		f.Add(v, 2)
	}
	f.Fuzz(func(t *testing.T, v float64, decimals int) {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e15 || decimals < 0 || decimals > 6 {
			t.Skip()
		}
		for _, code := range Countries() {
			loc, _ := For(code)
			written := loc.Number(v, decimals)
			got, ok := loc.ParseNumber(written)
			if !ok {
				t.Fatalf("%s cannot read its own %q", code, written)
			}
			if diff := math.Abs(got - v); diff > 0.5*math.Pow(10, -float64(decimals))+1e-9*math.Abs(v) {
				t.Fatalf("%s: %v written %q read %v", code, v, written, got)
			}
		}
	})
}
