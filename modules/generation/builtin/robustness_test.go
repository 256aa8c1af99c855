package builtin

import (
	"strings"
	"testing"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// Odd briefs must still give clean drafts within the hard limits.
func TestOddBriefs(t *testing.T) {
	briefs := []struct {
		name  string
		lang  string
		brief Brief
	}{
		{"empty prompt", Spanish, Brief{}},
		{"english prompt", Spanish, Brief{Prompt: "Launch our new running shoes with 20% off"}},
		{"spanish prompt, portuguese copy", Portuguese, Brief{Prompt: "Lanzamos zapatillas con 30% de descuento"}},
		{"very long product", Spanish, Brief{Product: "zapatillas ultraligeras de alto rendimiento con suela de carbono reciclado y tejido transpirable para maratones de montaña"}},
		{"punctuation everywhere", Portuguese, Brief{Prompt: "!!! Lançamos ??? «tênis», 50% off!!!", Offer: "  50% OFF!!  ", CTA: "COMPRE JÁ!!!"}},
		{"placeholder-like input", Spanish, Brief{Product: "{name}", Audience: "{{audience}}"}},
	}
	for _, tt := range briefs {
		for _, s := range allShapes() {
			b := tt.brief
			b.ContentType, b.Channel = s.contentType, s.channel
			drafts, err := Generate(b, Options{Lang: tt.lang, Seed: 5, Variants: 3})
			if err != nil {
				t.Fatalf("%s %s: %v", tt.name, s.contentType, err)
			}
			for _, d := range drafts {
				if _, vs := contenttype.Enforce(d.Content); len(vs) > 0 {
					t.Errorf("%s %s/%s: limits broken %+v", tt.name, s.contentType, s.channel, vs)
				}
				for _, p := range d.Content.Parts {
					if strings.TrimSpace(p.Text) == "" || strings.Contains(p.Text, "  ") {
						t.Errorf("%s %s: bad part %s %q", tt.name, s.contentType, p.Name, p.Text)
					}
				}
			}
		}
	}
}
