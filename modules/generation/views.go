package generation

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/frontierhq/frontier/locales"
	"github.com/frontierhq/frontier/modules/culture/locale"
	"github.com/frontierhq/frontier/modules/generation/builtin"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/templates/components"
	views "github.com/frontierhq/frontier/templates/generation"
)

// The view helpers turn the module's values into the templates' translated view models.

func options(values []string, selected string, label func(string) string) []components.Option {
	out := make([]components.Option, 0, len(values))
	for _, v := range values {
		out = append(out, components.Option{Value: v, Label: label(v), Selected: v == selected})
	}
	return out
}

// countryOptions lists the 22 markets by their name in their own language.
func (h *Handler) countryOptions(ctx context.Context, selected string, withAny bool) []components.Option {
	codes := locale.Countries()
	names := map[string]string{}
	for _, code := range codes {
		names[code] = code
		if p, err := h.svc.culture.Profile(ctx, code); err == nil {
			names[code] = p.Name
		}
	}
	sort.Slice(codes, func(i, j int) bool { return names[codes[i]] < names[codes[j]] })
	var out []components.Option
	if withAny {
		out = append(out, components.Option{Value: "", Label: locales.T(ctx, "generation.library.any")})
	}
	return append(out, options(codes, selected, func(c string) string { return names[c] + " (" + c + ")" })...)
}

func providerLabel(t *locales.Translator, name string) string {
	if name == llm.ProviderBuiltin {
		return t.T("generation.provider.builtin")
	}
	return t.T("generation.provider." + name)
}

func (h *Handler) briefForm(c context.Context, t *locales.Translator, b Brief, voices []BrandVoice, errs map[string]string) views.BriefForm {
	if errs == nil {
		errs = map[string]string{}
	}
	typeLabel := func(v string) string { return t.T(contenttype.TypeLabelID(v)) }
	f := views.BriefForm{
		Prompt:      b.Prompt,
		PromptError: errs[FieldPrompt],
		Country:     components.SelectInput{Name: FieldCountry, Label: t.T("generation.field.country"), Error: errs[FieldCountry], Options: h.countryOptions(c, b.Country, false)},
		Industry: components.SelectInput{Name: FieldIndustry, Label: t.T("generation.field.industry"), Error: errs[FieldIndustry],
			Options: append([]components.Option{{Value: "", Label: t.T("generation.field.industry_any")}},
				options(builtin.Industries(), b.Industry, func(v string) string { return t.T(builtin.IndustryLabelID(v)) })...)},
		Type: components.SelectInput{Name: FieldType, Label: t.T("generation.field.type"), Error: errs[FieldType],
			Options: options(contenttype.Types(), b.ContentType, typeLabel)},
		Channel: components.SelectInput{Name: FieldChannel, Label: t.T("generation.field.channel"), Error: errs[FieldChannel], Hint: t.T("generation.field.channel_hint"),
			Options: options(contenttype.Channels(), b.Channel, func(v string) string { return t.T(contenttype.ChannelLabelID(v)) })},
		Tone: components.SelectInput{Name: FieldTone, Label: t.T("generation.field.tone"), Error: errs[FieldTone],
			Options: options(builtin.Tones(), b.Tone, func(v string) string { return t.T(builtin.ToneLabelID(v)) })},
		Length: components.Input{Name: FieldLength, Label: t.T("generation.field.length"), Type: "number", Min: "0", Value: intOrEmpty(b.Length),
			Hint: t.T("generation.field.length_hint"), Error: errs[FieldLength], TestID: "length"},
		Variants: components.Input{Name: FieldVariants, Label: t.T("generation.field.variants"), Type: "number", Min: "1", Max: strconv.Itoa(MaxVariants),
			Value: strconv.Itoa(max(b.Variants, 1)), Error: errs[FieldVariants], TestID: "variants"},
		Product:      components.Input{Name: "product", Label: t.T("generation.field.product"), Value: b.Product, Error: errs["product"]},
		Audience:     components.Input{Name: "audience", Label: t.T("generation.field.audience"), Value: b.Audience, Error: errs["audience"]},
		Benefit:      components.Input{Name: "benefit", Label: t.T("generation.field.benefit"), Value: b.Benefit, Error: errs["benefit"]},
		Offer:        components.Input{Name: "offer", Label: t.T("generation.field.offer"), Value: b.Offer, Error: errs["offer"]},
		CTA:          components.Input{Name: "cta", Label: t.T("generation.field.cta"), Value: b.CTA, Error: errs["cta"]},
		CampaignDate: components.Input{Name: "campaign_date", Label: t.T("generation.field.campaign_date"), Type: "date", Error: errs["campaign_date"]},
	}
	if b.CampaignDate != nil {
		f.CampaignDate.Value = b.CampaignDate.Format(time.DateOnly)
	}
	brand := components.SelectInput{Name: FieldBrand, Label: t.T("generation.field.brand"), Error: errs[FieldBrand],
		Options: []components.Option{{Value: "", Label: t.T("generation.field.brand_none")}}}
	for _, v := range voices {
		brand.Options = append(brand.Options, components.Option{Value: v.ID, Label: v.Name, Selected: v.ID == b.BrandID})
	}
	f.Brand = brand
	prov := components.SelectInput{Name: FieldProvider, Label: t.T("generation.field.provider"), Error: errs[FieldProvider],
		Options: []components.Option{{Value: "", Label: t.T("generation.field.provider_auto")}}}
	for _, name := range h.svc.Configured() {
		prov.Options = append(prov.Options, components.Option{Value: name, Label: providerLabel(t, name), Selected: name == b.Provider})
	}
	f.Provider = prov
	for _, ct := range contenttype.Types() {
		channel := ""
		if contenttype.HasChannel(ct) {
			channel = contenttype.Instagram
		}
		spec, err := contenttype.Lookup(ct, channel)
		if err != nil {
			continue
		}
		f.LengthHints = append(f.LengthHints, views.LengthHint{Type: typeLabel(ct), Text: t.T("generation.brief.length_hint",
			"Unit", t.T(contenttype.UnitLabelID(spec.Unit)), "Default", spec.DefaultLength, "Min", spec.MinLength, "Max", spec.MaxLength)})
	}
	if msg, ok := errs["body"]; ok {
		f.FormError = msg
	}
	return f
}

func intOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func (h *Handler) datesView(ctx context.Context, t *locales.Translator, country string) views.DatesView {
	v := views.DatesView{Country: country}
	if p, err := h.svc.culture.Profile(ctx, country); err == nil {
		v.Country = p.Name
	}
	dates, err := h.svc.culture.NextDates(ctx, country, time.Now(), 6)
	if err != nil {
		return v
	}
	for _, d := range dates {
		v.Dates = append(v.Dates, views.DateRow{Date: t.Date(d.Date), Name: d.Name, Kind: d.Kind, KindLabel: t.T("generation.dates.kind." + d.Kind)})
	}
	return v
}

func scoreClass(score int) string {
	switch {
	case score >= 80:
		return "good"
	case score >= 60:
		return "fair"
	}
	return "poor"
}

func (h *Handler) resultView(t *locales.Translator, csrf string, c Content) views.ResultView {
	r := views.ResultView{CSRF: csrf, ContentID: c.ID, Provider: c.Provider}
	r.Meta = []views.MetaItem{
		{Label: t.T("generation.meta.provider"), Value: providerLabel(t, c.Provider) + " · " + c.Model},
		{Label: t.T("generation.meta.variant"), Value: c.LanguageVariant},
		{Label: t.T("generation.meta.latency"), Value: fmt.Sprintf("%d ms", c.LatencyMS)},
		{Label: t.T("generation.meta.tokens"), Value: fmt.Sprintf("%d / %d", c.TokensIn, c.TokensOut)},
		{Label: t.T("generation.meta.cost"), Value: fmt.Sprintf("US$ %.4f", c.CostUSD)},
		{Label: t.T("generation.meta.attempts"), Value: strconv.Itoa(c.AttemptCount)},
	}
	for i, v := range c.Variants {
		vv := views.VariantView{Index: i, Label: t.T("generation.result.variant", "N", i+1), Text: v.Content, Score: v.Score,
			ScoreClass: scoreClass(v.Score), Segments: segments(t, v.Content, v.Findings), Provider: v.Provider}
		if v.Score > c.Variants[r.Best].Score {
			r.Best = i
		}
		for _, name := range []string{"readability", "channel_fit", "culture", "cta", "brand_voice", "learned"} {
			comp, ok := v.Breakdown[name]
			if !ok {
				continue
			}
			vv.Breakdown = append(vv.Breakdown, views.ComponentRow{Name: t.T("generation.score." + name), Score: comp.Score, Weight: comp.Weight,
				Detail: componentDetail(t, name, comp)})
		}
		for _, f := range v.Findings {
			vv.Findings = append(vv.Findings, views.FindingRow{Severity: f.Severity, SeverityLabel: t.T("generation.severity." + f.Severity),
				Excerpt: f.Excerpt, Message: t.TMap(f.MessageID, f.MessageArgs), Suggestions: strings.Join(f.Suggestions, ", ")})
		}
		for _, a := range v.Changes {
			vv.Adaptations = append(vv.Adaptations, views.AdaptationRow{From: a.From, To: a.To, Reason: adaptationReason(t, a.Kind, c.Brief.Country)})
		}
		r.Variants = append(r.Variants, vv)
	}
	return r
}

func componentDetail(t *locales.Translator, name string, c Component) string {
	d := c.Detail
	switch name {
	case "readability":
		return t.T("generation.score.detail.readability", "Formula", t.T("generation.score.formula."+fmt.Sprint(d["formula"])), "Index", d["index"])
	case "channel_fit":
		return t.T("generation.score.detail.channel_fit", "Got", d["got"], "Target", d["target"], "Unit", t.T(contenttype.UnitLabelID(contenttype.Unit(fmt.Sprint(d["unit"])))))
	case "culture":
		return t.T("generation.score.detail.culture", "Errors", d["errors"], "Warnings", d["warnings"])
	case "learned":
		return t.T("generation.score.detail.learned", "Rated", d["rated"], "Mean", d["mean_rating"])
	}
	return ""
}

// segments splits text at the findings' code-point offsets so the template can mark them.
func segments(t *locales.Translator, text string, findings []Finding) []views.Segment {
	runes := []rune(text)
	var out []views.Segment
	pos := 0
	for _, f := range findings {
		if f.Start < pos || f.End > len(runes) || f.Start >= f.End {
			continue // overlapping or out of range: listed below the text, not marked
		}
		if f.Start > pos {
			out = append(out, views.Segment{Text: string(runes[pos:f.Start])})
		}
		out = append(out, views.Segment{Text: string(runes[f.Start:f.End]), Finding: true, Severity: f.Severity, Message: t.TMap(f.MessageID, f.MessageArgs)})
		pos = f.End
	}
	if pos < len(runes) {
		out = append(out, views.Segment{Text: string(runes[pos:])})
	}
	return out
}
