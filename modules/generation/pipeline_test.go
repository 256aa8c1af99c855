package generation

import (
	"context"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/modules/culture/seed"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// briefs are one realistic brief per content type (and one per social channel).
func briefs() []Brief {
	var out []Brief
	for _, ct := range contenttype.Types() {
		b := Brief{Prompt: "Lanzamiento de zapatillas para correr con 20% de descuento para corredores urbanos", ContentType: ct,
			Industry: "retail", Tone: "friendly", Product: "zapatillas Vuela", Offer: "20% de descuento", CTA: "Compra ahora"}
		if contenttype.HasChannel(ct) {
			for _, ch := range contenttype.Channels() {
				b.Channel = ch
				out = append(out, b)
			}
			continue
		}
		out = append(out, b)
	}
	return out
}

func TestBuiltinPipelineForEveryCountryAndContentType(t *testing.T) {
	ts := newTestService(t, nil)
	profiles, err := seed.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, p := range profiles {
		for _, b := range briefs() {
			b.Country = p.Country
			if p.Country == "BR" {
				b.Prompt = "Lançamento de tênis de corrida com 20% de desconto para corredores urbanos"
				b.Product, b.Offer, b.CTA = "tênis Voa", "20% de desconto", "Compre agora"
			}
			res, err := ts.Generate(ctx, ts.caller(), b, nil)
			if err != nil {
				t.Fatalf("%s %s/%s: %v", p.Country, b.ContentType, b.Channel, err)
			}
			c := res.Content
			if c.Provider != "builtin" || c.Text == "" || c.ID == "" {
				t.Fatalf("%s %s: provider %q, id %q, text %q", p.Country, b.ContentType, c.Provider, c.ID, c.Text)
			}
			parsed, err := contenttype.ParseChannel(b.ContentType, b.Channel, taggedFromParts(c.Variants[0].Parts))
			if err != nil {
				t.Fatalf("%s %s: parts do not parse: %v", p.Country, b.ContentType, err)
			}
			if _, violations := contenttype.Enforce(parsed); len(violations) > 0 {
				t.Errorf("%s %s/%s: the saved copy breaks the channel limits: %+v\n%s", p.Country, b.ContentType, b.Channel, violations, c.Text)
			}
			for _, f := range c.Findings {
				if f.Severity == "error" {
					t.Errorf("%s %s: error finding left: %+v\n%s", p.Country, b.ContentType, f, c.Text)
				}
			}
			if c.Score < 0 || c.Score > 100 || len(c.Breakdown) < 4 {
				t.Errorf("%s %s: score %d breakdown %v", p.Country, b.ContentType, c.Score, c.Breakdown)
			}
			if c.LanguageVariant != p.LanguageVariant {
				t.Errorf("%s: language variant %q, want %q", p.Country, c.LanguageVariant, p.LanguageVariant)
			}
		}
	}
	if n := count(t, ts.db, "contents"); n != len(profiles)*len(briefs()) {
		t.Errorf("%d contents saved, want %d", n, len(profiles)*len(briefs()))
	}
	if n := count(t, ts.db, "outbox_events"); n != len(profiles)*len(briefs()) {
		t.Errorf("%d events, want %d", n, len(profiles)*len(briefs()))
	}
}

func taggedFromParts(parts []VariantPart) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(strings.ToUpper(p.Name) + ":\n" + p.Text + "\n")
	}
	return b.String()
}

// TestShortPartsTakeTheCountrysFormOfAddress: a headline on its own ("Descubre lo nuevo") is
// ambiguous; adapted with the rest of the copy it takes the country's vos or usted.
func TestShortPartsTakeTheCountrysFormOfAddress(t *testing.T) {
	ts := newTestService(t, nil)
	for _, country := range []string{"AR", "UY", "CR", "GT"} {
		tuImperatives := []string{"Descubre ", "Conoce ", "Reserva ", "Pide ", "Compra ", "Mira ", "Aprovecha "}
		if country == "CR" || country == "GT" {
			tuImperatives = append(tuImperatives, "Date ") // "date un gusto" is also the vos form
		}
		for seed := range 4 {
			res, err := ts.Generate(context.Background(), ts.caller(), Brief{Prompt: "Café de especialidad con 15% de descuento",
				ContentType: "google_ads", Country: country, Industry: "food_beverage", Tone: "professional", Variants: seed + 1}, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range res.Content.Variants {
				for _, line := range strings.Split(v.Content, "\n") {
					for _, imp := range tuImperatives {
						if strings.HasPrefix(line, imp) {
							t.Errorf("%s: %q keeps the tú imperative", country, line)
						}
					}
				}
			}
		}
	}
}
