package locale

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindAmounts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Amount
	}{
		{"dot decimal price", "Solo $1,234.50 hoy", []Amount{{Start: 5, End: 14, NumberStart: 6, NumberEnd: 14,
			Text: "$1,234.50", Kind: KindPrice, Symbol: "$", Decimal: ".", Group: ",", Value: 1234.5, FractionDigits: 2}}},
		{"comma decimal with spaced symbol", "Desde R$ 1.234,50", []Amount{{Start: 6, End: 17, NumberStart: 9, NumberEnd: 17,
			Text: "R$ 1.234,50", Kind: KindPrice, Symbol: "R$", Currency: "BRL", Decimal: ",", Group: ".", Value: 1234.5, FractionDigits: 2}}},
		{"ambiguous", "cuesta $1.234", []Amount{{Start: 7, End: 13, NumberStart: 8, NumberEnd: 13,
			Text: "$1.234", Kind: KindPrice, Symbol: "$", Ambiguous: true}}},
		{"suffix euro", "por 1.234,50 € al mes", []Amount{{Start: 4, End: 14, NumberStart: 4, NumberEnd: 12,
			Text: "1.234,50 €", Kind: KindPrice, Symbol: "€", Currency: "EUR", Decimal: ",", Group: ".", Value: 1234.5, FractionDigits: 2}}},
		{"ISO code after", "son 100 USD", []Amount{{Start: 4, End: 11, NumberStart: 4, NumberEnd: 7,
			Text: "100 USD", Kind: KindPrice, Symbol: "USD", Currency: "USD", Value: 100}}},
		{"ascii space grouping after symbol", "₡12 500,00 colones", []Amount{{Start: 0, End: 10, NumberStart: 1, NumberEnd: 10,
			Text: "₡12 500,00", Kind: KindPrice, Symbol: "₡", Currency: "CRC", Decimal: ",", Group: " ", Value: 12500, FractionDigits: 2}}},
		{"no-break space grouping", "1\u00a0234\u00a0567 personas", []Amount{{Start: 0, End: 9, NumberStart: 0, NumberEnd: 9,
			Text: "1\u00a0234\u00a0567", Kind: KindNumber, Group: " ", Value: 1234567}}},
		{"decimal only", "crece 12,5% anual", []Amount{{Start: 6, End: 10, NumberStart: 6, NumberEnd: 10,
			Text: "12,5", Kind: KindNumber, Decimal: ",", Value: 12.5, FractionDigits: 1}}},
		{"grouping only", "1,234,567 visitas", []Amount{{Start: 0, End: 9, NumberStart: 0, NumberEnd: 9,
			Text: "1,234,567", Kind: KindNumber, Group: ",", Value: 1234567}}},
		{"leading zero is decimal", "0.125 mg", []Amount{{Start: 0, End: 5, NumberStart: 0, NumberEnd: 5,
			Text: "0.125", Kind: KindNumber, Decimal: ".", Value: 0.125, FractionDigits: 3}}},
		{"code points not bytes", "¡Año niño! $1,5", []Amount{{Start: 11, End: 15, NumberStart: 12, NumberEnd: 15,
			Text: "$1,5", Kind: KindPrice, Symbol: "$", Decimal: ",", Value: 1.5, FractionDigits: 1}}},
		{"date", "hasta el 25/03/2027.", []Amount{{Start: 9, End: 19, NumberStart: 9, NumberEnd: 19, Text: "25/03/2027", Kind: KindDate,
			Date: DateParts{Year: 2027, Month: 3, Day: 25, Order: DMY, Separator: "/"}}}},
		{"iso date", "el 2027-03-05", []Amount{{Start: 3, End: 13, NumberStart: 3, NumberEnd: 13, Text: "2027-03-05", Kind: KindDate,
			Date: DateParts{Year: 2027, Month: 3, Day: 5, Order: YMD, Separator: "-"}}}},
		{"plain integers are not amounts", "En 2027 llegamos a 15 países", nil},
		{"glued to letters", "v2.5 y 4.5G y H2O", nil},
		{"chilean RUT", "RUT 12.345.678-5", nil},
		{"brazilian CPF", "CPF 123.456.789-09", nil},
		{"ip address", "en 192.168.1.1", nil},
		{"time with h", "abre a las 10.30 h", nil},
		{"time with hs", "10.30hs", nil},
		{"phone", "+52 55 1234 5678 o (55) 1234-5678", nil},
		{"impossible date", "31/02/2027", nil},
		{"version", "la versión 2.5 y la v 10.1", nil},
		{"dotted phone", "llama al 4321.5678", nil},
		{"range", "de 10-20 unidades", nil},
		{"bad grouping", "1.23.456 y 1,2345,678", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindAmounts(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("FindAmounts(%q) = %+v, want %+v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("amount %d:\n got %+v\nwant %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestReview(t *testing.T) {
	type want struct {
		text, suggestion string
		issue            Issue
	}
	tests := []struct {
		country string
		text    string
		want    []want
	}{
		{"MX", "Llévatelo por $1.234,50 o $1,234.50.", []want{{"$1.234,50", "$1,234.50", IssueSeparators}}},
		{"MX", "Ahorra $1.234 hoy", nil},
		{"MX", "Más de 1.234.567 clientes", []want{{"1.234.567", "1,234,567", IssueSeparators}}},
		{"AR", "Desde $1,234.50 en 12 cuotas", []want{{"$1,234.50", "$1.234,50", IssueSeparators}}},
		{"AR", "Pagá $ 1.234,50 o R$ 300", []want{{"R$ 300", "", IssueCurrency}}},
		{"AR", "Departamento a US$ 120.000", nil},
		{"AR", "Crecimos 2.5 puntos", []want{{"2.5", "2,5", IssueSeparators}}},
		{"AR", "a las 10.30 en la tienda", nil},
		{"BR", "Só R$ 1,234.50 à vista", []want{{"R$ 1,234.50", "R$ 1.234,50", IssueSeparators}}},
		{"BR", "Por $ 99,90", []want{{"$ 99,90", "", IssueCurrency}}},
		{"CL", "Todo a $1,234,567", []want{{"$1,234,567", "$1.234.567", IssueSeparators}}},
		{"CL", "Todo a $1.990", nil},
		{"CL", "Envíos desde €5", []want{{"€5", "", IssueCurrency}}},
		{"CR", "Solo ₡1.250,50 o ₡1 250,50", nil},
		{"CR", "Solo ₡1,250.50", []want{{"₡1,250.50", "₡1 250,50", IssueSeparators}}},
		{"ES", "Solo 1,234.50 €", []want{{"1,234.50 €", "1234,50 €", IssueSeparators}}},
		{"ES", "Solo 1234,50 € o 12.345 €", nil},
		{"PE", "Precio S/. 49.90", nil},
		{"PA", "B/. 25.00 o $25.00", nil},
		{"VE", "Bs. 36,50 o $10", nil},
		{"MX", "Promoción válida hasta el 03/25/2027", []want{{"03/25/2027", "25/03/2027", IssueDateOrder}}},
		{"MX", "Válida hasta el 05/03/27", nil},
		{"CL", "Hasta el 3/25/27", []want{{"3/25/27", "25-03-27", IssueDateOrder}}},
		{"PR", "Hasta el 25/03/2027", []want{{"25/03/2027", "03/25/2027", IssueDateOrder}}},
		{"US", "Hasta el 03/25/2027 o el 25/03/2027", nil},
		{"MX", "Del 2027-03-25 al 2027-03-30", nil},
	}
	for _, tt := range tests {
		f, _ := For(tt.country)
		got := f.Review(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("%s Review(%q) = %+v, want %d findings", tt.country, tt.text, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if got[i].Amount.Text != w.text || got[i].Suggestion != w.suggestion || got[i].Issue != w.issue {
				t.Errorf("%s Review(%q)[%d] = %q %s %q, want %q %s %q", tt.country, tt.text, i,
					got[i].Amount.Text, got[i].Issue, got[i].Suggestion, w.text, w.issue, w.suggestion)
			}
			// Offsets must slice the original text by code points.
			if s := string([]rune(tt.text)[got[i].Amount.Start:got[i].Amount.End]); s != w.text {
				t.Errorf("%s offsets slice %q, want %q", tt.country, s, w.text)
			}
		}
	}
}

// TestEveryCountryReadsItsOwnAndFlagsTheOther writes a price the local way
// and the other way for every country, and checks Review tells them apart.
func TestEveryCountryReadsItsOwnAndFlagsTheOther(t *testing.T) {
	for _, code := range Countries() {
		f, _ := For(code)
		own := "Precio: " + f.priceWith(f.CurrencySymbol, 1234567.5, 2) + "."
		if findings := f.Review(own); len(findings) != 0 {
			t.Errorf("%s flags its own price %q: %+v", code, own, findings)
		}
		other := f
		other.Decimal, other.Group = ",", "."
		if f.Decimal == "," {
			other.Decimal, other.Group = ".", ","
		}
		foreign := "Precio: " + other.priceWith(f.CurrencySymbol, 1234567.5, 2) + "."
		findings := f.Review(foreign)
		if len(findings) != 1 || findings[0].Issue != IssueSeparators {
			t.Errorf("%s Review(%q) = %+v, want one separators finding", code, foreign, findings)
			continue
		}
		if want := f.priceWith(f.CurrencySymbol, 1234567.5, 2); findings[0].Suggestion != want {
			t.Errorf("%s suggestion %q, want %q", code, findings[0].Suggestion, want)
		}
	}
}

// TestReferenceExamples cross-checks the table with the reference file when
// the shared folder sits beside the repository (as in CI).
func TestReferenceExamples(t *testing.T) {
	path := filepath.Join("..", "..", "..", "..", "shared", "reference", "latam-countries.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("reference file not available: %v", err)
	}
	var countries []struct {
		ISO2     string `json:"iso2"`
		Locale   string `json:"locale"`
		Decimal  string `json:"decimal_separator"`
		Group    string `json:"grouping_separator"`
		Pattern  string `json:"date_pattern_short"`
		Number   string `json:"example_number_1234567_891"`
		Currency struct {
			Code     string `json:"code"`
			Fraction int    `json:"cldr_fraction_digits"`
		} `json:"currency"`
	}
	if err := json.Unmarshal(data, &countries); err != nil {
		t.Fatalf("reference file: %v", err)
	}
	if len(countries) != 20 {
		t.Fatalf("reference has %d countries, want 20", len(countries))
	}
	for _, c := range countries {
		f, ok := For(c.ISO2)
		if !ok {
			t.Errorf("%s missing", c.ISO2)
			continue
		}
		if f.Locale != c.Locale || f.Decimal != c.Decimal || plain(c.Group) != f.Group || f.ShortDatePattern != c.Pattern {
			t.Errorf("%s: format %+v disagrees with reference %+v", c.ISO2, f, c)
		}
		if f.Number(1234567.891, 3) != plain(c.Number) {
			t.Errorf("%s: number %q, reference %q", c.ISO2, f.Number(1234567.891, 3), c.Number)
		}
		// Panama is priced in dollars on purpose (see format.go).
		if c.ISO2 != "PA" && (f.CurrencyCode != c.Currency.Code || f.FractionDigits != c.Currency.Fraction) {
			t.Errorf("%s: currency %s/%d, reference %s/%d", c.ISO2, f.CurrencyCode, f.FractionDigits, c.Currency.Code, c.Currency.Fraction)
		}
	}
}

func BenchmarkReview(b *testing.B) {
	f, _ := For("MX")
	text := strings.Repeat("Compra hoy por $1.234,50 y ahorra 15% hasta el 03/25/2027; más de 1,234,567 clientes. ", 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		f.Review(text)
	}
}

func BenchmarkFindAmountsInCopy(b *testing.B) {
	text := strings.Repeat("Descubre la nueva colección de otoño: envío gratis en compras desde $999.00, "+
		"hasta 12 meses sin intereses y un 15% de descuento con tu tarjeta. Válido hasta el 30/11/2027. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindAmounts(text)
	}
}
