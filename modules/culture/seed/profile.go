// Package seed holds the cultural profiles of the 22 markets Frontier
// writes for, as embedded JSON that the culture module loads into the
// database on start. Number, price and date formats are not repeated here:
// Profiles fills them from the locale package, and the commercial dates
// from the calendar package, so each fact has one source.
package seed

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Register is a form of address: "tu", "vos" or "usted". For Brazilian
// Portuguese "tu" stands for the informal register written with "você" and
// "usted" for the formal "o senhor / a senhora".
type Register string

// Forms of address.
const (
	Tu    Register = "tu"
	Vos   Register = "vos"
	Usted Register = "usted"
)

// Channels a form of address can be set for; they follow the content types
// of the generation module.
var channels = []string{"social", "ads", "email", "whatsapp", "sms", "landing", "blog", "product", "b2b"}

// Channels returns the channel names Address.Channels may use.
func Channels() []string { return slices.Clone(channels) }

// Address is the default form of address and its per-channel exceptions.
type Address struct {
	Default  Register            `json:"default"`
	Channels map[string]Register `json:"channels,omitempty"`
	// Plural is how copy addresses several people: "ustedes", "vosotros" (Spain) or "vocês".
	Plural string `json:"plural"`
}

// For returns the form of address for a channel, falling back to the default.
func (a Address) For(channel string) Register {
	if r, ok := a.Channels[channel]; ok {
		return r
	}
	return a.Default
}

// Colors are the colour associations that matter to copy and creative.
type Colors struct {
	Favored []string `json:"favored"`
	Avoid   []string `json:"avoid"`
}

// DataProtection is the personal-data law that governs marketing to the
// market. Comprehensive is false where only constitutional or sectoral
// rules exist; Name then names the main one.
type DataProtection struct {
	Name          string `json:"name"`
	Number        string `json:"number"`
	Year          int    `json:"year"`
	Authority     string `json:"authority"`
	URL           string `json:"url"`
	Comprehensive bool   `json:"comprehensive"`
}

// Formats are the market's number, price and date conventions, copied from
// the locale package when the profiles load.
type Formats struct {
	CurrencyCode     string `json:"currency_code"`
	CurrencySymbol   string `json:"currency_symbol"`
	FractionDigits   int    `json:"fraction_digits"`
	DecimalSeparator string `json:"decimal_separator"`
	GroupSeparator   string `json:"group_separator"`
	ShortDatePattern string `json:"short_date_pattern"`
	PriceExample     string `json:"price_example"`  // 1234.5 as a local price
	NumberExample    string `json:"number_example"` // 1234567.891
	DateExample      string `json:"date_example"`   // 2027-03-05, short
	LongDateExample  string `json:"long_date_example"`
}

// Profile is the cultural profile of one market.
type Profile struct {
	Country                 string         `json:"country"` // ISO 3166-1 alpha-2
	Name                    string         `json:"name"`    // in the market's language
	LanguageVariant         string         `json:"language_variant"`
	CulturalTraits          []string       `json:"cultural_traits"`
	BusinessStyle           string         `json:"business_style"`
	CommunicationPreference string         `json:"communication_preference"`
	Colors                  Colors         `json:"colors"`
	CulturalReferences      []string       `json:"cultural_references"`
	Address                 Address        `json:"address"`
	CallingCode             string         `json:"calling_code"`
	DataProtection          DataProtection `json:"data_protection"`
	TopicsToAvoid           []string       `json:"topics_to_avoid"`
	Notes                   []string       `json:"notes"`
	Sources                 []string       `json:"sources"`

	// Filled from the locale and calendar packages, not from the seed file.
	Formats         Formats  `json:"formats"`
	CommercialDates []string `json:"commercial_dates"` // calendar keys
}

var (
	countryCode = regexp.MustCompile(`^[A-Z]{2}$`)
	callingCode = regexp.MustCompile(`^\+[1-9][0-9]{0,2}$`)
	languageTag = regexp.MustCompile(`^(es|pt)-[A-Z]{2}$`)
)

// Validate reports every required field that is empty or malformed.
func (p Profile) Validate() error {
	var errs []error
	check := func(ok bool, field string) {
		if !ok {
			errs = append(errs, fmt.Errorf("%s: missing or invalid", field))
		}
	}
	check(countryCode.MatchString(p.Country), "country")
	check(strings.TrimSpace(p.Name) != "", "name")
	check(languageTag.MatchString(p.LanguageVariant), "language_variant")
	check(filled(p.CulturalTraits), "cultural_traits")
	check(strings.TrimSpace(p.BusinessStyle) != "", "business_style")
	check(strings.TrimSpace(p.CommunicationPreference) != "", "communication_preference")
	check(filled(p.Colors.Favored), "colors.favored")
	check(filled(p.Colors.Avoid), "colors.avoid")
	check(filled(p.CulturalReferences), "cultural_references")
	check(validRegister(p.Address.Default), "address.default")
	for channel, r := range p.Address.Channels {
		check(slices.Contains(channels, channel) && validRegister(r), "address.channels."+channel)
	}
	check(slices.Contains([]string{"ustedes", "vosotros", "vocês"}, p.Address.Plural), "address.plural")
	check(callingCode.MatchString(p.CallingCode), "calling_code")
	law := p.DataProtection
	check(strings.TrimSpace(law.Name) != "", "data_protection.name")
	check(strings.TrimSpace(law.Number) != "", "data_protection.number")
	check(law.Year >= 1900 && law.Year <= 2100, "data_protection.year")
	check(strings.TrimSpace(law.Authority) != "", "data_protection.authority")
	check(strings.HasPrefix(law.URL, "https://") || strings.HasPrefix(law.URL, "http://"), "data_protection.url")
	check(filled(p.TopicsToAvoid), "topics_to_avoid")
	check(filled(p.Notes), "notes")
	check(filled(p.Sources), "sources")
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("profile %s: %w", p.Country, err)
	}
	return nil
}

func validRegister(r Register) bool { return r == Tu || r == Vos || r == Usted }

// filled reports a non-empty list without blank entries.
func filled(items []string) bool {
	if len(items) == 0 {
		return false
	}
	for _, s := range items {
		if strings.TrimSpace(s) == "" {
			return false
		}
	}
	return true
}
