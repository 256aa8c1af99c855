package builtin

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

var update = flag.Bool("update", false, "rewrite the golden sample files in testdata/")

// goldenBriefs are real-looking briefs per language; the golden files are
// meant to be read by a native speaker.
var goldenBriefs = map[string][]Brief{
	Spanish: {
		{Prompt: "Lanzamos zapatillas para correr con 30% de descuento para jóvenes de 18 a 25, envío gratis hasta el domingo", Industry: Retail},
		{Prompt: "Post sobre nuestra crema hidratante con ácido hialurónico para mujeres de 30 a 45", Industry: Beauty},
		{Prompt: "Queremos más clientes para la cuenta de ahorro", Industry: Finance},
		{Prompt: "Promocionar el curso de inglés online, 12 cuotas sin interés, CTA: inscríbete hoy", Industry: Education},
	},
	Portuguese: {
		{Prompt: "Lançamos tênis de corrida com 30% de desconto para jovens de 18 a 25 anos, frete grátis até domingo", Industry: Retail},
		{Prompt: "Post sobre nosso hidratante facial com ácido hialurônico para mulheres de 30 a 45 anos", Industry: Beauty},
		{Prompt: "Queremos mais clientes para a conta digital", Industry: Finance},
		{Prompt: "Divulgar o curso de inglês online em 12x sem juros, CTA: inscreva-se hoje", Industry: Education},
	},
}

type goldenCase struct {
	contentType, channel string
}

func goldenCases() []goldenCase {
	var cases []goldenCase
	for _, ch := range contenttype.Channels() {
		cases = append(cases, goldenCase{contenttype.SocialPost, ch})
	}
	for _, t := range contenttype.Types()[1:] {
		cases = append(cases, goldenCase{t, ""})
	}
	return cases
}

func renderGolden(t *testing.T, lang string) string {
	t.Helper()
	var b strings.Builder
	tones := Tones()
	n := 0
	for bi, brief := range goldenBriefs[lang] {
		for _, c := range goldenCases() {
			brief.ContentType, brief.Channel = c.contentType, c.channel
			brief.Tone = tones[n%len(tones)]
			n++
			drafts, err := Generate(brief, Options{Lang: lang, Seed: int64(bi + 1), Variants: 2})
			if err != nil {
				t.Fatalf("%s %s: %v", lang, c.contentType, err)
			}
			for i, d := range drafts {
				fmt.Fprintf(&b, "### brief %d · %s %s · %s · %s · variant %d\n%s\n\n",
					bi+1, c.contentType, c.channel, brief.Tone, d.Framework, i+1, d.Content.Format())
			}
		}
	}
	return b.String()
}

func TestGoldenSamples(t *testing.T) {
	for _, lang := range []string{Spanish, Portuguese} {
		t.Run(lang, func(t *testing.T) {
			got := renderGolden(t, lang)
			path := filepath.Join("testdata", "golden_"+lang+".txt")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s; run go test -update and read the diff", path)
			}
		})
	}
}
