// Package builtin is Frontier's template engine: it writes copy without any
// network or model, by combining copywriting frameworks (AIDA, PAS, BAB, FAB,
// 4U) with phrase banks written natively in neutral Latin American Spanish
// (tú) and Brazilian Portuguese (você), filled from the brief. The culture
// adapter converts the Spanish to vos or usted per country afterwards, so
// the banks use regular imperatives and avoid constructions it cannot map.
// The UI must label its output as the template engine, never as AI.
package builtin

import (
	"time"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// Languages the engine writes.
const (
	Spanish    = "es"
	Portuguese = "pt-BR"
)

// Frameworks (stable ids).
const (
	AIDA  = "aida"
	PAS   = "pas"
	BAB   = "bab"
	FAB   = "fab"
	FourU = "4u"
)

// Frameworks lists the framework ids in a stable order.
func Frameworks() []string { return []string{AIDA, PAS, BAB, FAB, FourU} }

// Tones (stable ids).
const (
	Professional = "professional"
	Friendly     = "friendly"
	Enthusiastic = "enthusiastic"
	Urgent       = "urgent"
	Luxury       = "luxury"
	Playful      = "playful"
	Empathetic   = "empathetic"
	Informative  = "informative"
)

// Tones lists the tone ids in a stable order.
func Tones() []string {
	return []string{Professional, Friendly, Enthusiastic, Urgent, Luxury, Playful, Empathetic, Informative}
}

// Industries (stable ids).
const (
	Retail        = "retail"
	FoodBeverage  = "food_beverage"
	Finance       = "finance"
	Telecom       = "telecom"
	Travel        = "travel"
	Fashion       = "fashion"
	Beauty        = "beauty"
	Health        = "health"
	Education     = "education"
	Technology    = "technology"
	RealEstate    = "real_estate"
	Automotive    = "automotive"
	Entertainment = "entertainment"
	Nonprofit     = "nonprofit"
)

// Industries lists the industry ids in a stable order. An empty or unknown
// industry gets generic vocabulary.
func Industries() []string {
	return []string{Retail, FoodBeverage, Finance, Telecom, Travel, Fashion, Beauty, Health, Education,
		Technology, RealEstate, Automotive, Entertainment, Nonprofit}
}

// Brief is what the marketer asked for. Prompt is free text; the optional
// fields, when empty, are extracted from it where possible.
type Brief struct {
	Prompt      string
	ContentType string
	Channel     string // social_post only
	Industry    string
	Tone        string
	Length      int    // 0 = the content type's default; unit per contenttype.Spec
	Country     string // ISO 3166-1 alpha-2; the culture adapter uses it afterwards

	Product      string
	Audience     string
	Benefit      string
	Offer        string
	CTA          string
	CampaignDate time.Time
}

// Options steer one Generate call.
type Options struct {
	Lang string // Spanish or Portuguese
	// Formality is informational: the engine always writes tú (es) or
	// você (pt-BR) and the culture adapter converts to vos or usted.
	Formality string
	Seed      int64
	Variants  int // 1 to 5; 0 means 1
}

// Draft is one variant written by the engine.
type Draft struct {
	Content   contenttype.Content
	Framework string
	// Violations lists what contenttype.Enforce had to fix (normally none).
	Violations []contenttype.Violation
}

// MaxVariants is the most variants one request may ask for.
const MaxVariants = 5
