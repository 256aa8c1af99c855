package contenttype

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTrim(t *testing.T) {
	tests := []struct {
		name    string
		channel string
		text    string
		limit   int
		want    string
	}{
		{"fits", "", "Corre más lejos", 30, "Corre más lejos"},
		{"word boundary drops connector", "", "Zapatillas livianas con descuento", 26, "Zapatillas livianas"},
		{"sentence boundary kept", "", "Compra hoy tus zapatillas. Envío gratis a todo el país", 40, "Compra hoy tus zapatillas."},
		{"dangling inverted mark dropped", "", "Oferta especial. ¡Corre ya por tus zapatillas nuevas!", 40, "Oferta especial. Corre ya"},
		{"comma removed", "", "Hola, amigos, bienvenidos a la tienda", 14, "Hola, amigos"},
		{"single long word cut", "", "Supercalifragilístico", 5, "Super"},
		{"x url weighs 23", X, "Mira https://example.com/a/very/long/path/that/is/long ya", 30, "Mira https://example.com/a/very/long/path/that/is/long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Trim(tt.channel, tt.text, tt.limit)
			if got != tt.want {
				t.Fatalf("Trim = %q, want %q", got, tt.want)
			}
			if Count(tt.channel, got) > tt.limit {
				t.Fatalf("over limit: %d > %d", Count(tt.channel, got), tt.limit)
			}
		})
	}
}

func TestEnforce(t *testing.T) {
	long := strings.Repeat("palabra ", 10) // 80 code points
	in := Content{Type: GoogleAds, Parts: []Part{
		{PartHeadline, "Uno"}, {PartHeadline, long}, {PartHeadline, "  "}, {PartDescription, "Desc"},
		{PartSubject, "no pertenece"},
	}}
	for range 15 {
		in.Parts = append(in.Parts, Part{PartHeadline, "Más"})
	}
	out, vs := Enforce(in)
	kinds := map[string]Violation{}
	for _, v := range vs {
		kinds[v.Kind] = v
	}
	if v := kinds[KindTooLong]; !v.Fixed || v.Got != 79 || v.Limit != 30 || v.Index != 1 {
		t.Errorf("too_long = %+v", v)
	}
	if v := kinds[KindTooMany]; !v.Fixed || v.Got != 17 || v.Limit != 15 {
		t.Errorf("too_many = %+v", v)
	}
	if v := kinds[KindTooFew]; v.Fixed || v.Part != PartDescription || v.Got != 1 {
		t.Errorf("too_few = %+v", v)
	}
	if _, ok := kinds[KindUnknownPart]; !ok {
		t.Errorf("unknown part not reported")
	}
	if n := len(out.Texts(PartHeadline)); n != 15 {
		t.Errorf("%d headlines, want 15", n)
	}
	for _, h := range out.Texts(PartHeadline) {
		if utf8.RuneCountInString(h) > 30 {
			t.Errorf("headline %q over 30", h)
		}
	}
	if in.Parts[1].Text != long {
		t.Error("Enforce modified its input")
	}
	clean := Content{Type: SMS, Parts: []Part{{PartBody, "Hola"}}}
	if _, vs := Enforce(clean); len(vs) != 0 {
		t.Errorf("clean content has violations %+v", vs)
	}
}
