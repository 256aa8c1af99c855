package generation

import (
	"context"
	"time"

	"github.com/frontierhq/frontier/modules/culture/lexicon"
)

// Culture is what generation needs from the culture module: profiles for the prompt, the
// checker and adapter for the copy, and the commercial calendar. app/ wires the culture
// module's service behind it; SeedCulture serves the embedded data until it does.
type Culture interface {
	// Profile returns the cultural profile of a country; an unknown country wraps
	// apperr.ErrNotFound.
	Profile(ctx context.Context, country string) (Profile, error)
	// Check returns the findings of text written for country in the given form of address
	// ("" skips the address check).
	Check(ctx context.Context, text, country, formality string) ([]lexicon.Finding, error)
	// Adapt rewrites text for country "to" (from "from", "" when unknown) in the given
	// form of address.
	Adapt(ctx context.Context, text, to, from, formality string) (string, []lexicon.Change, error)
	// NextDates returns up to n commercial dates and holidays of the country from the given day.
	NextDates(ctx context.Context, country string, from time.Time, n int) ([]CommercialDate, error)
}

// Profile is the part of a cultural profile that goes into a prompt.
type Profile struct {
	Country         string
	Name            string
	LanguageVariant string // es-MX, pt-BR...
	Traits          []string
	BusinessStyle   string
	Communication   string
	References      []string
	TopicsToAvoid   []string
	// Formality is the form of address per generation channel (social, ads, email, whatsapp,
	// sms, landing, blog, product), with Default for the rest: tu, vos or usted.
	Formality        map[string]string
	DefaultFormality string
}

// FormalityFor returns the form of address the profile uses for a content type.
func (p Profile) FormalityFor(contentType string) string {
	if f, ok := p.Formality[addressChannel(contentType)]; ok && f != "" {
		return f
	}
	return p.DefaultFormality
}

// Language is "pt" for Portuguese variants and "es" otherwise.
func (p Profile) Language() string {
	if len(p.LanguageVariant) >= 2 && p.LanguageVariant[:2] == "pt" {
		return "pt"
	}
	return "es"
}

// CommercialDate is a date of the country's calendar.
type CommercialDate struct {
	Date time.Time
	Name string
	Kind string // holiday, commercial, observance
}

// addressChannel maps a content type to the channel names of the profiles' address settings.
func addressChannel(contentType string) string {
	switch contentType {
	case "social_post":
		return "social"
	case "google_ads", "meta_ad":
		return "ads"
	case "email":
		return "email"
	case "whatsapp":
		return "whatsapp"
	case "sms":
		return "sms"
	case "landing_hero":
		return "landing"
	case "blog_intro":
		return "blog"
	case "product_description":
		return "product"
	}
	return ""
}
