package seed

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/frontierhq/frontier/modules/culture/calendar"
	"github.com/frontierhq/frontier/modules/culture/locale"
)

//go:embed profiles.json
var profilesJSON []byte

// Profiles returns the 22 cultural profiles, each with its formats and
// commercial dates filled in and validated. Every call decodes afresh, so
// callers own what they get.
func Profiles() ([]Profile, error) {
	var profiles []Profile
	decoder := json.NewDecoder(bytes.NewReader(profilesJSON))
	decoder.DisallowUnknownFields()
	if err := decoder.Decode(&profiles); err != nil {
		return nil, fmt.Errorf("seed: profiles.json: %w", err)
	}
	seen := map[string]bool{}
	var errs []error
	for i := range profiles {
		p := &profiles[i]
		if seen[p.Country] {
			errs = append(errs, fmt.Errorf("seed: profile %s listed twice", p.Country))
		}
		seen[p.Country] = true
		if err := complete(p); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := p.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("seed: %w", err))
		}
	}
	for _, code := range locale.Countries() {
		if !seen[code] {
			errs = append(errs, fmt.Errorf("seed: no profile for %s", code))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return profiles, nil
}

// exampleDate is the date the format examples show.
var exampleDate = time.Date(2027, time.March, 5, 0, 0, 0, 0, time.UTC)

// complete fills the fields owned by the locale and calendar packages.
func complete(p *Profile) error {
	f, ok := locale.For(p.Country)
	if !ok {
		return fmt.Errorf("seed: profile %s: no locale format", p.Country)
	}
	if f.Locale != p.LanguageVariant {
		return fmt.Errorf("seed: profile %s: language variant %s, locale %s", p.Country, p.LanguageVariant, f.Locale)
	}
	p.Formats = Formats{
		CurrencyCode:     f.CurrencyCode,
		CurrencySymbol:   f.CurrencySymbol,
		FractionDigits:   f.FractionDigits,
		DecimalSeparator: f.Decimal,
		GroupSeparator:   f.Group,
		ShortDatePattern: f.ShortDatePattern,
		PriceExample:     f.Price(1234.5),
		NumberExample:    f.Number(1234567.891, 3),
		DateExample:      f.Date(exampleDate),
		LongDateExample:  f.LongDate(exampleDate, ""),
	}
	p.CommercialDates = calendar.Keys(p.Country, calendar.KindCommercial)
	if len(p.CommercialDates) == 0 {
		return fmt.Errorf("seed: profile %s: no commercial dates in the calendar", p.Country)
	}
	return nil
}
