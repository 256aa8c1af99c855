package generation

import (
	"context"
	"math"
	"testing"
)

func TestCountSyllables(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"zapatillas", 4}, {"ciudad", 2}, {"país", 2}, {"poeta", 3}, {"queso", 2}, {"guitarra", 3},
		{"día", 2}, {"hoy", 1}, {"aéreo", 4}, {"coração", 3}, {"promoções", 3}, {"você", 2}, {"2026", 1},
	}
	for _, tt := range tests {
		if got := countSyllables(tt.word); got != tt.want {
			t.Errorf("countSyllables(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestReadability(t *testing.T) {
	easy := readability("Compra hoy. Paga menos. Vive más.", "es")
	hard := readability("La implementación de soluciones tecnológicas interdisciplinarias requiere considerables inversiones organizacionales permanentes.", "es")
	if easy.Formula != FernandezHuerta || easy.Words != 6 || easy.Sentences != 3 {
		t.Fatalf("easy: %+v", easy)
	}
	// 6 words, 10 syllables, 3 sentences: 206.84 − 60×10/6 − 1.02×2.
	if want := 206.84 - 60*10.0/6 - 1.02*2; math.Abs(easy.Index-want) > 0.01 {
		t.Errorf("easy index %.2f, want %.2f", easy.Index, want)
	}
	if hard.Index >= easy.Index || hard.Index > 30 {
		t.Errorf("hard %.1f, easy %.1f", hard.Index, easy.Index)
	}
	pt := readability("Compre hoje. Pague menos.", "pt")
	if want := 248.835 - 1.015*2 - 84.6*8.0/4; pt.Formula != FleschPortuguese || math.Abs(pt.Index-want) > 0.01 {
		t.Errorf("pt: %+v, want index %.2f", pt, want)
	}
}

func TestPatternRedactor(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Escríbenos a ventas@vuela.mx", "Escríbenos a [EMAIL_1]"},
		{"Llama al +52 55 1234 5678 o al (011) 4321-8765", "Llama al [PHONE_1] o al [PHONE_2]"},
		{"ventas@vuela.mx y ventas@vuela.mx", "[EMAIL_1] y [EMAIL_1]"},
		{"Desde $12.999.990 y 20% off el 15/12/2026", "Desde $12.999.990 y 20% off el 15/12/2026"},
		{"Código 1234", "Código 1234"},
	}
	for _, tt := range tests {
		got, values, err := PatternRedactor{}.Redact(context.Background(), tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Redact(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
		if back := restore(got, values); back != tt.in {
			t.Errorf("restore(%q) = %q, want %q", got, back, tt.in)
		}
	}
}

func TestBreakdownTotalAndComponents(t *testing.T) {
	b := Breakdown{"a": {Score: 100, Weight: 25}, "b": {Score: 50, Weight: 25}, "c": {Score: 0, Weight: 50}}
	if got := b.Total(); got != 38 {
		t.Errorf("Total = %d, want 38", got)
	}
	if got := cultureComponent([]Finding{{Severity: "error"}, {Severity: "warning"}, {Severity: "info"}}).Score; got != 58 {
		t.Errorf("culture = %d, want 58", got)
	}
	voice := BrandVoice{WordsToAvoid: []string{"barato"}, WordsToUse: []string{"origen"}}
	if got := brandVoiceComponent("Café barato", voice).Score; got != 55 {
		t.Errorf("brand voice = %d, want 55", got)
	}
	if got := brandVoiceComponent("Café de origen, nada abaratado", voice).Score; got != 100 {
		t.Errorf("brand voice (no whole-word match) = %d, want 100", got)
	}
}

func TestToneAliases(t *testing.T) {
	tests := map[string]string{"": "friendly", "Casual": "friendly", "formal": "professional", "Divertido": "playful", "luxury": "luxury", "odd": "odd"}
	for in, want := range tests {
		if got := normalize(Brief{Tone: in}).Tone; got != want {
			t.Errorf("tone %q → %q, want %q", in, got, want)
		}
	}
}
