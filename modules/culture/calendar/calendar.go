// Package calendar computes the commercial calendar of each market by rule:
// national holidays (fixed dates, nth weekdays, Easter-relative feasts and
// the laws that move holidays to Mondays), observances and the commercial
// dates that marketing plans around (Mother's Day, El Buen Fin, Hot Sale,
// CyberDay, Black Friday, ...).
//
// The rules are readable Go tables, one file per region, each rule with the
// source it comes from. Dates that an organiser sets every year (Hot Sale,
// CyberDay) follow their usual pattern and are marked Estimated.
package calendar

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Kind classifies an event: "holiday", "commercial" or "observance". It is
// an alias so that callers can treat it as the plain string it is.
type Kind = string

// Kinds of event.
const (
	KindHoliday    Kind = "holiday"    // a national day off by law
	KindCommercial Kind = "commercial" // a date retail and marketing plan around
	KindObservance Kind = "observance" // a celebration or optional day off, not a paid holiday
)

// MaxSpan is the longest range Events answers.
const MaxSpan = 10 * 366 * 24 * time.Hour

// Errors returned by Events; wrap-aware callers use errors.Is.
var (
	ErrUnknownCountry = errors.New("calendar: unknown country")
	ErrInvalidRange   = errors.New("calendar: invalid date range")
)

// Event is one dated event of a market's calendar.
type Event struct {
	Date      time.Time // first day, a civil date at 00:00 UTC
	Until     time.Time // last day, inclusive; equal to Date for a one-day event
	Name      string    // in the market's language
	Kind      Kind
	Key       string // stable id, e.g. "mothers_day", "independence_day"
	Estimated bool   // the organiser sets the date each year; this is its usual pattern
	Source    string // where the rule comes from
}

// Events returns the events of a country (ISO 3166-1 alpha-2, any case) that
// touch the civil days from..to (both inclusive), sorted by date. Only the
// calendar day of from and to counts, in their own location.
func Events(country string, from, to time.Time) ([]Event, error) {
	code := strings.ToUpper(strings.TrimSpace(country))
	market, ok := marketFor(code)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownCountry, country)
	}
	first, last := civil(from), civil(to)
	switch {
	case last.Before(first):
		return nil, fmt.Errorf("%w: %s is after %s", ErrInvalidRange, first.Format(time.DateOnly), last.Format(time.DateOnly))
	case last.Sub(first) > MaxSpan:
		return nil, fmt.Errorf("%w: longer than ten years", ErrInvalidRange)
	case first.Year() < 1900 || last.Year() > 2200:
		return nil, fmt.Errorf("%w: years outside 1900-2200", ErrInvalidRange)
	}
	var events []Event
	// Look a year either side: an event may start in December, and a holiday
	// of January 1 may be taken on the Friday before.
	for year := first.Year() - 1; year <= last.Year()+1; year++ {
		for _, r := range market.rules {
			for _, e := range r.occurrences(year) {
				if e.Source == "" {
					e.Source = market.source
				}
				if !e.Date.After(last) && !e.Until.Before(first) {
					events = append(events, e)
				}
			}
		}
	}
	slices.SortStableFunc(events, func(a, b Event) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)), cmp.Compare(a.Key, b.Key))
	})
	return events, nil
}

// Countries returns the ISO codes Events knows.
func Countries() []string {
	return []string{"MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO",
		"VE", "EC", "PE", "BO", "CL", "AR", "UY", "PY", "BR", "US", "ES"}
}

// Keys returns the keys of a country's rules of one kind, sorted and without
// repeats; the seed data uses them to list a market's commercial dates. For
// KindCommercial it includes the holidays retail sells for (Christmas,
// Mother's Day where it is a day off).
func Keys(country string, kind Kind) []string {
	market, ok := marketFor(strings.ToUpper(strings.TrimSpace(country)))
	if !ok {
		return nil
	}
	var keys []string
	for _, r := range market.rules {
		if r.kind == kind || (kind == KindCommercial && r.retail) {
			keys = append(keys, r.key)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func kindOrder(k Kind) int {
	switch k {
	case KindHoliday:
		return 0
	case KindObservance:
		return 1
	default:
		return 2
	}
}

// market is a country's calendar: its rules and the source of those that
// do not name their own.
type market struct {
	source string
	rules  []rule
}

func marketFor(code string) (market, bool) {
	var rules []rule
	switch code {
	case "MX":
		rules = mexico()
	case "GT":
		rules = guatemala()
	case "HN":
		rules = honduras()
	case "SV":
		rules = elSalvador()
	case "NI":
		rules = nicaragua()
	case "CR":
		rules = costaRica()
	case "PA":
		rules = panama()
	case "CU":
		rules = cuba()
	case "DO":
		rules = dominicanRepublic()
	case "PR":
		rules = puertoRico()
	case "CO":
		rules = colombia()
	case "VE":
		rules = venezuela()
	case "EC":
		rules = ecuador()
	case "PE":
		rules = peru()
	case "BO":
		rules = bolivia()
	case "CL":
		rules = chile()
	case "AR":
		rules = argentina()
	case "UY":
		rules = uruguay()
	case "PY":
		rules = paraguay()
	case "BR":
		rules = brazil()
	case "US":
		rules = unitedStates()
	case "ES":
		rules = spain()
	default:
		return market{}, false
	}
	return market{source: dateHolidaysSource(code), rules: rules}, true
}

// dateHolidaysSource is the holiday data file the reference research checked
// for each country (shared/reference/latam-countries.json).
func dateHolidaysSource(code string) string {
	return "https://github.com/commenthol/date-holidays/blob/master/data/countries/" + code + ".yaml"
}
