package culture

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/culture/calendar"
	"github.com/frontierhq/frontier/modules/culture/lexicon"
)

// Check reviews text written for a country: words of another variant, offensive terms, forms
// of address that contradict formality, and numbers, prices and dates in another country's
// format. An empty formality means the profile's default form of address. Findings come in
// text order with code-point offsets.
func (s *Service) Check(ctx context.Context, text, country string, formality Formality) ([]Finding, error) {
	var v apperr.Validation
	validateText(&v, "text", text)
	p, _ := s.knownProfile(ctx, &v, "country", country, true)
	if !validFormality(formality) {
		v.Add("formality", "validation.one_of", "Options", "tu, vos, usted")
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	if formality == "" {
		formality = Formality(p.Address.Default)
	}
	findings := s.Engine().Check(text, lexicon.CheckOptions{Country: p.Country, Formality: formality})
	for i := range findings {
		if findings[i].Suggestions == nil {
			findings[i].Suggestions = []string{}
		}
	}
	if findings == nil {
		findings = []Finding{}
	}
	return findings, nil
}

// Adapt rewrites text for the country to: its words, its form of address (when formality is
// given; empty keeps the text's) and its number, price and date formats. from is the country
// the text was written for, or "" when unknown. Every change carries code-point offsets into
// the input text.
func (s *Service) Adapt(ctx context.Context, text, to, from string, formality Formality) (string, []Change, error) {
	var v apperr.Validation
	validateText(&v, "text", text)
	target, _ := s.knownProfile(ctx, &v, "to_country", to, true)
	source, _ := s.knownProfile(ctx, &v, "from_country", from, false)
	if !validFormality(formality) {
		v.Add("formality", "validation.one_of", "Options", "tu, vos, usted")
	}
	if err := v.Err(); err != nil {
		return "", nil, err
	}
	out, changes := s.Engine().Adapt(text, lexicon.AdaptOptions{From: source.Country, To: target.Country, Formality: formality})
	if changes == nil {
		changes = []Change{}
	}
	return out, changes, nil
}

// knownProfile looks up the profile of a country, recording a validation problem on field when
// the code is missing (and required) or unknown.
func (s *Service) knownProfile(ctx context.Context, v *apperr.Validation, field, country string, required bool) (StoredProfile, bool) {
	code := normalizeCountry(country)
	if code == "" {
		if required {
			v.Add(field, "validation.required")
		}
		return StoredProfile{}, false
	}
	p, err := s.Profile(ctx, code)
	if err != nil {
		if !isNotFound(err) {
			s.log.Error("culture: profile lookup", "country", code, "err", err)
		}
		v.Add(field, "culture.validation.country", "Country", country)
		return StoredProfile{}, false
	}
	return p, true
}

func validateText(v *apperr.Validation, field, text string) {
	switch n := utf8.RuneCountInString(text); {
	case strings.TrimSpace(text) == "":
		v.Add(field, "validation.required")
	case n > MaxTextLen:
		v.Add(field, "validation.too_long", "Max", MaxTextLen)
	case !utf8.ValidString(text):
		v.Add(field, "culture.validation.utf8")
	}
}

// Calendar returns the events of a country's calendar on the days from..to (both inclusive):
// holidays, observances and commercial dates, sorted by date.
func (s *Service) Calendar(ctx context.Context, country string, from, to time.Time) ([]Event, error) {
	var v apperr.Validation
	code := normalizeCountry(country)
	if code == "" {
		v.Add("country", "validation.required")
	} else if !slices.Contains(calendar.Countries(), code) {
		v.Add("country", "culture.validation.country", "Country", country)
	}
	switch {
	case to.Before(from):
		v.Add("to", "culture.validation.range_order")
	case to.Sub(from) > calendar.MaxSpan:
		v.Add("to", "culture.validation.span", "Years", 10)
	case from.Year() < 1900 || to.Year() > 2200:
		v.Add("from", "validation.range", "Min", 1900, "Max", 2200)
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	events, err := calendar.Events(code, from, to)
	if err != nil {
		return nil, fmt.Errorf("culture: calendar %s: %w", code, err)
	}
	return events, nil
}

// nextDatesHorizon is how far ahead NextDates looks.
const nextDatesHorizon = 400 * 24 * time.Hour

// NextDates returns up to n commercial dates of a country (the dates retail plans around,
// including holidays it sells for) that are on or after the day of from, or still running
// then. The briefing UI shows them next to the chosen country.
func (s *Service) NextDates(ctx context.Context, country string, from time.Time, n int) ([]Event, error) {
	if n < 1 || n > MaxNextDates {
		return nil, apperr.Invalid("n", "validation.range", "Min", 1, "Max", MaxNextDates)
	}
	events, err := s.Calendar(ctx, country, from, from.Add(nextDatesHorizon))
	if err != nil {
		return nil, err
	}
	commercial := calendar.Keys(normalizeCountry(country), calendar.KindCommercial)
	out := make([]Event, 0, n)
	for _, e := range events {
		if slices.Contains(commercial, e.Key) {
			out = append(out, e)
			if len(out) == n {
				break
			}
		}
	}
	return out, nil
}
