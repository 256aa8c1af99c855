package generation

import (
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/generation/builtin"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
	"github.com/frontierhq/frontier/modules/generation/llm"
)

// Field names of a brief, as the API and the form name them.
const (
	FieldPrompt   = "prompt"
	FieldType     = "content_type"
	FieldChannel  = "channel"
	FieldCountry  = "target_country"
	FieldIndustry = "target_industry"
	FieldTone     = "tone"
	FieldLength   = "length"
	FieldVariants = "variants"
	FieldBrand    = "brand_id"
	FieldProvider = "provider"
)

// toneAliases maps the tone words clients commonly send, in English, Spanish and Portuguese,
// to the tones the generators know.
var toneAliases = map[string]string{
	"casual": builtin.Friendly, "warm": builtin.Friendly, "conversational": builtin.Friendly, "amigable": builtin.Friendly,
	"cercano": builtin.Friendly, "cercana": builtin.Friendly, "amigavel": builtin.Friendly, "amigável": builtin.Friendly,
	"formal": builtin.Professional, "corporate": builtin.Professional, "profesional": builtin.Professional, "profissional": builtin.Professional,
	"excited": builtin.Enthusiastic, "energetic": builtin.Enthusiastic, "inspirational": builtin.Enthusiastic, "entusiasta": builtin.Enthusiastic,
	"urgente": builtin.Urgent, "premium": builtin.Luxury, "elegant": builtin.Luxury, "lujo": builtin.Luxury, "luxo": builtin.Luxury,
	"elegante": builtin.Luxury, "funny": builtin.Playful, "humorous": builtin.Playful, "fun": builtin.Playful, "divertido": builtin.Playful,
	"divertida": builtin.Playful, "caring": builtin.Empathetic, "empático": builtin.Empathetic, "empatico": builtin.Empathetic,
	"educational": builtin.Informative, "informativo": builtin.Informative, "neutral": builtin.Informative,
}

// normalize trims the brief's text and upper-cases the country.
func normalize(b Brief) Brief {
	trim := strings.TrimSpace
	b.Prompt, b.Product, b.Audience, b.Benefit, b.Offer, b.CTA = trim(b.Prompt), trim(b.Product), trim(b.Audience), trim(b.Benefit), trim(b.Offer), trim(b.CTA)
	b.ContentType, b.Channel = strings.ToLower(trim(b.ContentType)), strings.ToLower(trim(b.Channel))
	b.Country = strings.ToUpper(trim(b.Country))
	b.Industry, b.Tone, b.Provider = strings.ToLower(trim(b.Industry)), strings.ToLower(trim(b.Tone)), strings.ToLower(trim(b.Provider))
	b.BrandID = trim(b.BrandID)
	if alias, ok := toneAliases[b.Tone]; ok {
		b.Tone = alias
	}
	if b.Tone == "" {
		b.Tone = builtin.Friendly
	}
	if b.Variants == 0 {
		b.Variants = 1
	}
	return b
}

// validate checks a normalized brief and returns the profile of its country. Every problem is
// reported at once, per field.
func (s *Service) validate(ctx context.Context, workspaceID string, b Brief) (Profile, *BrandVoice, error) {
	var v apperr.Validation
	switch n := utf8.RuneCountInString(b.Prompt); {
	case n == 0:
		v.Add(FieldPrompt, "validation.required")
	case n > maxPromptChars:
		v.Add(FieldPrompt, "validation.too_long", "Max", maxPromptChars)
	}
	for field, val := range map[string]string{"product": b.Product, "audience": b.Audience, "benefit": b.Benefit, "offer": b.Offer, "cta": b.CTA} {
		if utf8.RuneCountInString(val) > maxFieldChars {
			v.Add(field, "validation.too_long", "Max", maxFieldChars)
		}
	}
	if err := contenttype.Validate(b.ContentType, b.Channel, b.Length); err != nil {
		var fe *contenttype.FieldError
		if errors.As(err, &fe) {
			v.Add(fe.Field, fe.MessageID, argsOf(fe.Args)...)
		} else {
			return Profile{}, nil, err
		}
	}
	var profile Profile
	if b.Country == "" {
		v.Add(FieldCountry, "validation.required")
	} else if p, err := s.culture.Profile(ctx, b.Country); errors.Is(err, apperr.ErrNotFound) {
		v.Add(FieldCountry, "generation.error.unknown_country", "Country", b.Country)
	} else if err != nil {
		return Profile{}, nil, err
	} else {
		profile = p
	}
	if utf8.RuneCountInString(b.Industry) > 60 {
		v.Add(FieldIndustry, "validation.too_long", "Max", 60)
	}
	if !slices.Contains(builtin.Tones(), b.Tone) {
		v.Add(FieldTone, "generation.error.unknown_tone", "Tones", strings.Join(builtin.Tones(), ", "))
	}
	if b.Variants < 1 || b.Variants > MaxVariants {
		v.Add(FieldVariants, "generation.error.variants", "Max", MaxVariants)
	}
	if b.Provider != "" && b.Provider != llm.ProviderBuiltin && !slices.Contains(ProviderNames(), b.Provider) {
		v.Add(FieldProvider, "generation.error.unknown_provider", "Provider", b.Provider)
	} else if b.Provider != "" && b.Provider != llm.ProviderBuiltin && !slices.Contains(s.chain.Load().Configured(), b.Provider) {
		v.Add(FieldProvider, "generation.error.provider_not_configured", "Provider", b.Provider)
	}
	var voice *BrandVoice
	if b.BrandID != "" {
		bv, err := s.store.voice(ctx, workspaceID, b.BrandID)
		if errors.Is(err, apperr.ErrNotFound) {
			v.Add(FieldBrand, "generation.error.unknown_brand")
		} else if err != nil {
			return Profile{}, nil, err
		} else {
			voice = &bv
		}
	}
	if err := v.Err(); err != nil {
		return Profile{}, nil, err
	}
	return profile, voice, nil
}

func argsOf(m map[string]any) []any {
	kv := make([]any, 0, 2*len(m))
	for k, val := range m {
		kv = append(kv, k, val)
	}
	return kv
}
