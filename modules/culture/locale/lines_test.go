package locale

import (
	"reflect"
	"strings"
	"testing"
)

// findAmountsWhole is FindAmounts over the whole text at once, without
// cutting it into lines: the reading FindAmounts must reproduce.
func findAmountsWhole(text string) []Amount {
	return findInLine(nil, []rune(text), 0)
}

var lineCases = []string{
	"Solo $1,234.50 hoy\nR$ 1.234,50\n\n1\u00a0234,5 €",
	"a las\n10.30 h y 05/03/2027\nversión\n2.5",
	"Precio: 100\nUSD y 1.234\n,50 y $\n12",
	"línea sin números\nÑandú 12,5 kg\r\n$ 1 234 567\n\xff1.5\n\xc3\n2,5",
	"10.30\nh\n10.30 h\nhoras 10.30\nlas 10.30",
	"\n\n\n",
	"",
	"10.30!h 10.30 h! ¡$1,234.50! (USD 100) (100 USD) a las:10.30 Bs.?100 R$:5 \"1.234,5\" 5\t€ $;7 1;234",
	"versión:2.5 v(2.5) 12.345.678-5;9 05/03/2027? 10.30\th",
}

// TestFindAmountsByLineMatchesWholeText checks that reading line by line
// finds exactly what reading the whole text finds.
func TestFindAmountsByLineMatchesWholeText(t *testing.T) {
	texts := append([]string{strings.Join(lineCases, "\n")}, lineCases...)
	for _, text := range texts {
		got, want := FindAmounts(text), findAmountsWhole(text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("FindAmounts(%q) =\n%+v\nwhole text gives\n%+v", text, got, want)
		}
	}
}

func FuzzFindAmountsByLine(f *testing.F) {
	for _, seed := range lineCases {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := FindAmounts(text), findAmountsWhole(text)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("FindAmounts(%q) =\n%+v\nwhole text gives\n%+v", text, got, want)
		}
	})
}
