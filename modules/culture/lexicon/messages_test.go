package lexicon

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"text/template"

	"github.com/BurntSushi/toml"
)

// TestEveryFindingHasAMessageInEveryLanguage renders the message of real
// findings of every rule with their arguments in es, pt-BR and en.
func TestEveryFindingHasAMessageInEveryLanguage(t *testing.T) {
	catalogs := map[string]map[string]string{}
	for _, lang := range []string{"es", "pt-BR", "en"} {
		var messages map[string]string
		path := fmt.Sprintf("../../../locales/lexicon.%s.toml", lang)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := toml.Unmarshal(raw, &messages); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		catalogs[lang] = messages
	}
	e := seedEngine(t)
	samples := []struct {
		country   string
		formality Formality
		text      string
	}{
		{"MX", FormalityUsted, "Compra tu móvil y tu computadora, os esperamos, comprad ya. ¡Vale! Tu chaqueta por $1.234,50 el 12/31/2026."},
		{"ES", FormalityAny, "Compra tu celular y tu pollera. Pagá en R$ 100."},
		{"BR", FormalityAny, "Faça o registo e evite a bicha."},
		{"PT", FormalityAny, "Baixe o arquivo no celular."},
		{"AR", FormalityTu, "Vení a por tu carro: 1,234.5 kilos de ofertas."},
	}
	used := map[string]bool{}
	for _, s := range samples {
		for _, f := range e.Check(s.text, CheckOptions{Country: s.country, Formality: s.formality}) {
			used[f.MessageID] = true
			for lang, messages := range catalogs {
				text, ok := messages[f.MessageID]
				if !ok {
					t.Errorf("%s: no message %q", lang, f.MessageID)
					continue
				}
				tmpl, err := template.New(f.MessageID).Option("missingkey=error").Parse(text)
				if err != nil {
					t.Fatalf("%s %s: %v", lang, f.MessageID, err)
				}
				var out strings.Builder
				if err := tmpl.Execute(&out, f.MessageArgs); err != nil {
					t.Errorf("%s %s with %v: %v", lang, f.MessageID, f.MessageArgs, err)
				}
			}
		}
	}
	for id := range catalogs["es"] {
		if !used[id] {
			t.Errorf("message %q is never produced by the samples", id)
		}
	}
	for lang, messages := range catalogs {
		if len(messages) != len(catalogs["es"]) {
			t.Errorf("%s has %d messages, es has %d", lang, len(messages), len(catalogs["es"]))
		}
	}
}
