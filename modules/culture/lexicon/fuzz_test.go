package lexicon

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Descarga la app móvil y paga desde tu móvil. ¡Vale! Vale la pena.",
	"Os esperamos: comprad ya, registraos y disfrutad de vuestras ofertas.",
	"La computadora portátil nueva a $1,234.50 hasta el 12/31/2026.",
	"Faça o registo no ecrã do telemóvel e ganhe um prémio.",
	"Si tienes dudas, compra tu carro nuevo y paga en cuotas.",
	"ZUMO-DE-NARANJA¡¿«»\u00a0\n\t café da manhã -- coger",
	"",
	"\xff\xfe carro \x00",
}

func FuzzCheck(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "MX")
		f.Add(s, "AR")
		f.Add(s, "BR")
	}
	e := seedEngine(f)
	f.Fuzz(func(t *testing.T, text, country string) {
		n := utf8.RuneCountInString(text)
		for _, formality := range []Formality{FormalityAny, FormalityTu, FormalityVos, FormalityUsted} {
			for _, finding := range e.Check(text, CheckOptions{Country: country, Formality: formality}) {
				if finding.Start < 0 || finding.End <= finding.Start || finding.End > n {
					t.Fatalf("finding %+v out of range for %d code points", finding, n)
				}
				if got := string([]rune(text)[finding.Start:finding.End]); got != finding.Excerpt {
					t.Fatalf("finding %+v: text at its offsets is %q", finding, got)
				}
			}
		}
	})
}

func FuzzAdapt(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "ES", "MX", "tu")
		f.Add(s, "MX", "AR", "vos")
		f.Add(s, "", "CO", "usted")
		f.Add(s, "PT", "BR", "")
	}
	e := seedEngine(f)
	f.Fuzz(func(t *testing.T, text, from, to, formality string) {
		if !utf8.ValidString(text) {
			// Offsets are code points of valid text; invalid bytes are
			// replaced by the API layer when it decodes JSON.
			return
		}
		opts := AdaptOptions{From: from, To: to, Formality: Formality(formality)}
		out, changes := e.Adapt(text, opts)
		assertChangesRebuild(t, text, out, changes)
		again, more := e.Adapt(out, opts)
		if len(more) > 0 || again != out {
			t.Fatalf("not idempotent: %q → %q → %q (%+v)", text, out, again, more)
		}
	})
}
