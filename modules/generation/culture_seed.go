package generation

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/culture/calendar"
	"github.com/frontierhq/frontier/modules/culture/lexicon"
	"github.com/frontierhq/frontier/modules/culture/seed"
)

// SeedCulture implements Culture over the culture module's embedded data (profiles, lexicon,
// calendar) without the database: admins' edits are not seen. It stands in until the culture
// module's service is wired, and serves tests and benchmarks.
type SeedCulture struct {
	profiles map[string]Profile
	engine   *lexicon.Engine
}

// NewSeedCulture loads the embedded profiles and compiles the embedded lexicon.
func NewSeedCulture() (*SeedCulture, error) {
	list, err := seed.Profiles()
	if err != nil {
		return nil, fmt.Errorf("generation: seed culture: %w", err)
	}
	data, err := lexicon.Seed()
	if err != nil {
		return nil, fmt.Errorf("generation: seed culture: %w", err)
	}
	engine, err := lexicon.NewEngine(data)
	if err != nil {
		return nil, fmt.Errorf("generation: seed culture: %w", err)
	}
	c := &SeedCulture{profiles: make(map[string]Profile, len(list)), engine: engine}
	for _, p := range list {
		c.profiles[p.Country] = ProfileFromSeed(p)
	}
	return c, nil
}

// ProfileFromSeed converts a seed profile to what generation needs.
func ProfileFromSeed(p seed.Profile) Profile {
	formality := make(map[string]string, len(p.Address.Channels))
	for ch, r := range p.Address.Channels {
		formality[ch] = string(r)
	}
	return Profile{
		Country: p.Country, Name: p.Name, LanguageVariant: p.LanguageVariant,
		Traits: p.CulturalTraits, BusinessStyle: p.BusinessStyle, Communication: p.CommunicationPreference,
		References: p.CulturalReferences, TopicsToAvoid: p.TopicsToAvoid,
		Formality: formality, DefaultFormality: string(p.Address.Default),
	}
}

// Profile implements Culture.
func (c *SeedCulture) Profile(_ context.Context, country string) (Profile, error) {
	p, ok := c.profiles[strings.ToUpper(country)]
	if !ok {
		return Profile{}, fmt.Errorf("generation: profile %q: %w", country, apperr.ErrNotFound)
	}
	return p, nil
}

// Check implements Culture.
func (c *SeedCulture) Check(_ context.Context, text, country, formality string) ([]lexicon.Finding, error) {
	return c.engine.Check(text, lexicon.CheckOptions{Country: country, Formality: lexicon.Formality(formality)}), nil
}

// Adapt implements Culture.
func (c *SeedCulture) Adapt(_ context.Context, text, to, from, formality string) (string, []lexicon.Change, error) {
	out, changes := c.engine.Adapt(text, lexicon.AdaptOptions{From: from, To: to, Formality: lexicon.Formality(formality)})
	return out, changes, nil
}

// NextDates implements Culture with the calendar package, looking a year ahead.
func (c *SeedCulture) NextDates(_ context.Context, country string, from time.Time, n int) ([]CommercialDate, error) {
	events, err := calendar.Events(country, from, from.AddDate(1, 0, 0))
	if err != nil {
		return nil, fmt.Errorf("generation: calendar %s: %w", country, err)
	}
	var out []CommercialDate
	for _, e := range events {
		if len(out) == n {
			break
		}
		if e.Date.Before(civilDay(from)) {
			continue
		}
		out = append(out, CommercialDate{Date: e.Date, Name: e.Name, Kind: e.Kind})
	}
	return out, nil
}

func civilDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
