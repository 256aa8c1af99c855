package builtin

import (
	"strings"
	"testing"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// TestWordLengthsAreHonoured: emails, blog intros and product descriptions come within a fifth
// of the words asked for (their default and a long brief), for every test brief, language and
// variant.
func TestWordLengthsAreHonoured(t *testing.T) {
	for _, lang := range []string{Spanish, Portuguese} {
		for _, tt := range []struct {
			contentType string
			length      int
		}{
			{contenttype.Email, 0}, {contenttype.Email, 220}, {contenttype.Email, 400},
			{contenttype.BlogIntro, 0}, {contenttype.BlogIntro, 220}, {contenttype.BlogIntro, 320},
			{contenttype.ProductDescription, 0}, {contenttype.ProductDescription, 160}, {contenttype.ProductDescription, 300},
		} {
			spec, _ := contenttype.Lookup(tt.contentType, "")
			target := tt.length
			if target == 0 {
				target = spec.DefaultLength
			}
			for bi, b := range testBriefs(lang) {
				b.ContentType, b.Channel, b.Length = tt.contentType, "", tt.length
				drafts, err := Generate(b, Options{Lang: lang, Seed: int64(bi), Variants: 3})
				if err != nil {
					t.Fatal(err)
				}
				for v, d := range drafts {
					n := len(strings.Fields(d.Content.Text(contenttype.PartBody)))
					if n < target*4/5 || n > target*6/5 {
						t.Errorf("%s %s brief %d variant %d: %d words for %d asked", lang, tt.contentType, bi, v, n, target)
					}
				}
			}
		}
	}
}
