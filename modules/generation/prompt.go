package generation

import (
	"fmt"
	"strings"
	"time"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// promptInput is everything a prompt is built from.
type promptInput struct {
	brief    Brief // already redacted
	spec     contenttype.Spec
	profile  Profile
	voice    *BrandVoice
	dates    []CommercialDate
	examples []string
	variant  int
}

var formalityText = map[string]string{
	"tu":    "informal tú",
	"vos":   "voseo (vos, with its verb forms: querés, tenés, descubrí)",
	"usted": "formal usted",
}

var ptFormalityText = map[string]string{
	"tu":    "informal você",
	"vos":   "informal você",
	"usted": "formal o senhor / a senhora",
}

// systemPrompt sets the model's role, the market, the brand voice, the channel's format and
// the examples. It is written in English, which every model follows best; the copy itself is
// asked for in the market's language variant.
func systemPrompt(in promptInput) (string, error) {
	format, err := contenttype.PromptFormat(in.spec.Type, in.spec.Channel)
	if err != nil {
		return "", err
	}
	p := in.profile
	var b strings.Builder
	fmt.Fprintf(&b, "You are a senior copywriter native to %s (%s). Write marketing copy in %s exactly as people there write it: vocabulary, spelling, number and price formats of that variant.\n",
		p.Name, p.Country, p.LanguageVariant)
	form := formalityText[p.FormalityFor(in.spec.Type)]
	if p.Language() == "pt" {
		form = ptFormalityText[p.FormalityFor(in.spec.Type)]
	}
	if form != "" {
		fmt.Fprintf(&b, "Address the reader in the %s form, consistently.\n", form)
	}
	if len(p.Traits) > 0 {
		fmt.Fprintf(&b, "Cultural traits of the audience: %s.\n", strings.Join(p.Traits, "; "))
	}
	if p.Communication != "" {
		fmt.Fprintf(&b, "Communication preference: %s.\n", p.Communication)
	}
	if len(p.References) > 0 {
		fmt.Fprintf(&b, "Cultural references you may use when they fit naturally: %s.\n", strings.Join(p.References, "; "))
	}
	if len(p.TopicsToAvoid) > 0 {
		fmt.Fprintf(&b, "Avoid these topics: %s.\n", strings.Join(p.TopicsToAvoid, "; "))
	}
	if len(in.dates) > 0 {
		var ds []string
		for _, d := range in.dates {
			ds = append(ds, fmt.Sprintf("%s (%s)", d.Name, d.Date.Format(time.DateOnly)))
		}
		fmt.Fprintf(&b, "Commercial dates near the campaign: %s. Mention one only if it fits the brief.\n", strings.Join(ds, ", "))
	}
	if v := in.voice; v != nil {
		fmt.Fprintf(&b, "Brand voice \"%s\": %s\n", v.Name, v.Description)
		if len(v.ToneWords) > 0 {
			fmt.Fprintf(&b, "Tone words: %s.\n", strings.Join(v.ToneWords, ", "))
		}
		if len(v.WordsToUse) > 0 {
			fmt.Fprintf(&b, "Words to use: %s.\n", strings.Join(v.WordsToUse, ", "))
		}
		if len(v.WordsToAvoid) > 0 {
			fmt.Fprintf(&b, "Never use: %s.\n", strings.Join(v.WordsToAvoid, ", "))
		}
		if v.SampleCopy != "" {
			fmt.Fprintf(&b, "Sample of the brand's copy:\n%s\n", v.SampleCopy)
		}
	}
	b.WriteString("Placeholders in square brackets such as [EMAIL_1] or [PHONE_1] stand for contact data: copy them unchanged where they belong.\n")
	for i, ex := range in.examples {
		fmt.Fprintf(&b, "Example %d of copy this team rated highly (match its quality, not its wording):\n%s\n", i+1, ex)
	}
	b.WriteString(format)
	return b.String(), nil
}

// userPrompt is the brief itself.
func userPrompt(in promptInput) string {
	br := in.brief
	var b strings.Builder
	fmt.Fprintf(&b, "Content type: %s", in.spec.Type)
	if in.spec.Channel != "" {
		fmt.Fprintf(&b, " for %s", in.spec.Channel)
	}
	length := br.Length
	if length == 0 {
		length = in.spec.DefaultLength
	}
	fmt.Fprintf(&b, ".\nLength: about %d %s for the %s.\n", length, in.spec.Unit, strings.ReplaceAll(in.spec.LengthPart, "_", " "))
	if br.Industry != "" {
		fmt.Fprintf(&b, "Industry: %s.\n", br.Industry)
	}
	if br.Tone != "" {
		fmt.Fprintf(&b, "Tone: %s.\n", br.Tone)
	}
	field := func(label, v string) {
		if strings.TrimSpace(v) != "" {
			fmt.Fprintf(&b, "%s: %s\n", label, v)
		}
	}
	field("Product", br.Product)
	field("Audience", br.Audience)
	field("Key benefit", br.Benefit)
	field("Offer", br.Offer)
	field("Call to action", br.CTA)
	if br.CampaignDate != nil {
		field("Campaign date", br.CampaignDate.Format(time.DateOnly))
	}
	if in.variant > 0 {
		fmt.Fprintf(&b, "This is alternative number %d: take a different angle from the obvious one.\n", in.variant+1)
	}
	fmt.Fprintf(&b, "Brief: %s\n", br.Prompt)
	return b.String()
}
