package calendar

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func events2027(t *testing.T, country string) []Event {
	t.Helper()
	events, err := Events(country, day(2027, 1, 1), day(2027, 12, 31))
	if err != nil {
		t.Fatalf("Events(%s): %v", country, err)
	}
	return events
}

// holidays2027 are the national days off of 2027 by each country's law,
// after the moves the law makes (Ley Emiliani, trasladables, Monday and
// Friday rules, weekend substitutes), written out by hand as "MM-DD".
var holidays2027 = map[string]string{
	// LFT art. 74: Feb 1, Mar 15 and Nov 15 are the first, third and third Mondays.
	"MX": "01-01 02-01 03-15 05-01 09-16 11-15 12-25",
	// Army Day, Wednesday June 30, is taken on Friday July 2; Dec 24 and 31 are half days.
	"GT": "01-01 03-25 03-26 03-27 05-01 07-02 09-15 10-20 11-01 12-24 12-25 12-31",
	// Feriado Morazánico: Wednesday October 6 to Friday October 8.
	"HN": "01-01 03-25 03-26 03-27 04-14 05-01 09-15 10-06 12-25",
	"SV": "01-01 03-25 03-26 03-27 05-01 08-06 09-15 11-02 12-25",
	"NI": "01-01 03-25 03-26 05-01 07-19 09-14 09-15 12-08 12-25",
	// Ley 9803: December 1 replaced October 12; Aug 2, Aug 31 and Dec 1 are unpaid days off.
	"CR": "01-01 03-25 03-26 04-11 05-01 07-25 08-02 08-15 08-31 09-15 12-01 12-25",
	// Carnival Tuesday is Feb 9; Independence (Sunday Nov 28) is also taken on Monday the 29th.
	"PA": "01-01 01-09 02-09 03-26 05-01 11-03 11-05 11-10 11-28 11-29 12-08 12-20 12-25",
	"CU": "01-01 01-02 03-26 05-01 07-25 07-26 07-27 10-10 12-25 12-31",
	// Ley 139-97: Reyes (Wed) to Mon Jan 4, Duarte (Tue) to Mon Jan 25, Constitution (Sat) to Mon Nov 8.
	"DO": "01-01 01-04 01-21 01-25 02-27 03-26 05-01 05-27 08-16 09-24 11-08 12-25",
	// Weekend substitutes: Jul 5 for Jul 4, Dec 24 for Dec 25, Dec 31 for Jan 1 2028.
	"PR": "01-01 01-06 01-18 02-15 03-22 03-26 05-31 07-04 07-05 07-25 09-06 10-11 11-11 11-19 11-25 12-24 12-25 12-31",
	// Ley Emiliani: Reyes Jan 11, San José Mar 22, Ascensión May 10, Corpus May 31,
	// Sagrado Corazón Jun 7, San Pedro Jul 5, Asunción Aug 16, Raza Oct 18,
	// Todos los Santos Nov 1, Cartagena Nov 15.
	"CO": "01-01 01-11 03-22 03-25 03-26 05-01 05-10 05-31 06-07 07-05 07-20 08-07 08-16 10-18 11-01 11-15 12-08 12-25",
	"VE": "01-01 02-08 02-09 03-25 03-26 04-19 05-01 06-24 07-05 07-24 10-12 12-24 12-25 12-31",
	// Moved: May 1 (Sat) to Fri Apr 30, Aug 10 (Tue) to Mon Aug 9, Oct 9 (Sat) to Fri Oct 8,
	// Nov 2-3 (Tue-Wed) to Mon 1 and Tue 2 as in 2021; Christmas (Sat) and
	// New Year 2028 (Sat) are also taken on the Fridays before.
	"EC": "01-01 02-08 02-09 03-26 04-30 05-24 08-09 10-08 11-01 11-02 12-24 12-25 12-31",
	"PE": "01-01 03-25 03-26 05-01 06-07 06-29 07-23 07-28 07-29 08-06 08-30 10-08 11-01 12-08 12-09 12-25",
	"BO": "01-01 01-22 02-08 02-09 03-26 05-01 05-27 06-21 08-06 11-02 12-25",
	// San Pedro (Tue) to Mon Jun 28, Oct 12 (Tue) to Mon Oct 11, Sep 17 is a Friday,
	// the solstice falls on June 21.
	"CL": "01-01 03-26 03-27 05-01 05-21 06-21 06-28 07-16 08-15 09-17 09-18 09-19 10-11 10-31 11-01 12-08 12-25",
	// Trasladables: Güemes (Thu) to Mon Jun 21, San Martín (Tue) to Mon Aug 16,
	// Oct 12 (Tue) to Mon Oct 11; Nov 20 is a Saturday and stays.
	"AR": "01-01 02-08 02-09 03-24 03-26 04-02 05-01 05-25 06-20 06-21 07-09 08-16 10-11 11-20 12-08 12-25",
	"UY": "01-01 05-01 07-18 08-25 12-25",
	// Ley 7544 (2025) adds June 20; decree moves to Mondays are not predictable.
	"PY": "01-01 03-01 03-25 03-26 05-01 05-14 05-15 06-12 06-20 08-15 09-29 12-08 12-25",
	"BR": "01-01 03-26 04-21 05-01 09-07 10-12 11-02 11-15 11-20 12-25",
	"US": "01-01 01-18 02-15 05-31 06-18 06-19 07-04 07-05 09-06 10-11 11-11 11-25 12-24 12-25 12-31",
	"ES": "01-01 01-06 03-26 05-01 08-15 10-12 11-01 12-06 12-08 12-25",
}

func TestHolidays2027(t *testing.T) {
	if len(holidays2027) != len(Countries()) {
		t.Fatalf("expected lists for %d countries, have %d", len(Countries()), len(holidays2027))
	}
	for _, country := range Countries() {
		t.Run(country, func(t *testing.T) {
			var got []string
			for _, e := range events2027(t, country) {
				if e.Kind == KindHoliday {
					got = append(got, e.Date.Format("01-02"))
				}
			}
			if want := strings.Fields(holidays2027[country]); !slices.Equal(got, want) {
				t.Errorf("holidays 2027\n got %v\nwant %v", got, want)
			}
		})
	}
}

func TestCommercialDates2027(t *testing.T) {
	tests := []struct {
		country, key string
		first, last  time.Time
		estimated    bool
		kind         Kind
		nameContains string
	}{
		{"MX", "mothers_day", day(2027, 5, 10), day(2027, 5, 10), false, KindCommercial, "Madres"},
		{"GT", "mothers_day", day(2027, 5, 10), day(2027, 5, 10), false, KindCommercial, "Madre"},
		{"HN", "mothers_day", day(2027, 5, 9), day(2027, 5, 9), false, KindCommercial, "Madre"},
		{"NI", "mothers_day", day(2027, 5, 30), day(2027, 5, 30), false, KindCommercial, "Madres"},
		{"CR", "mothers_day", day(2027, 8, 15), day(2027, 8, 15), false, KindHoliday, "Madre"},
		{"PA", "mothers_day", day(2027, 12, 8), day(2027, 12, 8), false, KindHoliday, "Madres"},
		{"DO", "mothers_day", day(2027, 5, 30), day(2027, 5, 30), false, KindCommercial, "Madres"},
		{"BO", "mothers_day", day(2027, 5, 27), day(2027, 5, 27), false, KindCommercial, "Madre"},
		{"AR", "mothers_day", day(2027, 10, 17), day(2027, 10, 17), false, KindCommercial, "Madre"},
		{"PY", "mothers_day", day(2027, 5, 15), day(2027, 5, 15), false, KindCommercial, "Madre"},
		{"BR", "mothers_day", day(2027, 5, 9), day(2027, 5, 9), false, KindCommercial, "Mães"},
		{"ES", "mothers_day", day(2027, 5, 2), day(2027, 5, 2), false, KindCommercial, "Madre"},
		{"US", "mothers_day", day(2027, 5, 9), day(2027, 5, 9), false, KindCommercial, "Madres"},
		{"MX", "fathers_day", day(2027, 6, 20), day(2027, 6, 20), false, KindCommercial, "Padre"},
		{"HN", "fathers_day", day(2027, 3, 19), day(2027, 3, 19), false, KindCommercial, "Padre"},
		{"DO", "fathers_day", day(2027, 7, 25), day(2027, 7, 25), false, KindCommercial, "Padres"},
		{"UY", "fathers_day", day(2027, 7, 11), day(2027, 7, 11), false, KindCommercial, "Padre"},
		{"BR", "fathers_day", day(2027, 8, 8), day(2027, 8, 8), false, KindCommercial, "Pais"},
		{"BR", "valentines_day", day(2027, 6, 12), day(2027, 6, 12), false, KindCommercial, "Namorados"},
		{"CO", "valentines_day", day(2027, 9, 18), day(2027, 9, 18), false, KindCommercial, "Amor y la Amistad"},
		{"MX", "childrens_day", day(2027, 4, 30), day(2027, 4, 30), false, KindCommercial, "Niño"},
		{"AR", "childrens_day", day(2027, 8, 15), day(2027, 8, 15), false, KindCommercial, "Infancias"},
		{"MX", "buen_fin", day(2027, 11, 12), day(2027, 11, 15), true, KindCommercial, "Buen Fin"},
		{"MX", "hot_sale", day(2027, 5, 31), day(2027, 6, 8), true, KindCommercial, "Hot Sale"},
		{"AR", "hot_sale", day(2027, 5, 10), day(2027, 5, 12), true, KindCommercial, "Hot Sale"},
		{"AR", "cyber_monday", day(2027, 11, 1), day(2027, 11, 3), true, KindCommercial, "CyberMonday"},
		{"CL", "cyberday", day(2027, 6, 7), day(2027, 6, 9), true, KindCommercial, "CyberDay"},
		{"US", "black_friday", day(2027, 11, 26), day(2027, 11, 26), false, KindCommercial, "Black Friday"},
		{"US", "cyber_monday", day(2027, 11, 29), day(2027, 11, 29), false, KindCommercial, "Cyber Monday"},
		{"BR", "carnival_monday", day(2027, 2, 8), day(2027, 2, 8), false, KindObservance, "Carnaval"},
		{"BR", "carnival_tuesday", day(2027, 2, 9), day(2027, 2, 9), false, KindObservance, "Carnaval"},
		{"UY", "tourism_week", day(2027, 3, 22), day(2027, 3, 26), false, KindObservance, "Turismo"},
	}
	for _, tt := range tests {
		var found []Event
		for _, e := range events2027(t, tt.country) {
			if e.Key == tt.key {
				found = append(found, e)
			}
		}
		if len(found) != 1 {
			t.Errorf("%s %s: %d events, want 1: %+v", tt.country, tt.key, len(found), found)
			continue
		}
		e := found[0]
		if !e.Date.Equal(tt.first) || !e.Until.Equal(tt.last) || e.Estimated != tt.estimated || e.Kind != tt.kind ||
			!strings.Contains(e.Name, tt.nameContains) {
			t.Errorf("%s %s = %s..%s %s estimated=%v %q; want %s..%s %s estimated=%v ~%q", tt.country, tt.key,
				e.Date.Format(time.DateOnly), e.Until.Format(time.DateOnly), e.Kind, e.Estimated, e.Name,
				tt.first.Format(time.DateOnly), tt.last.Format(time.DateOnly), tt.kind, tt.estimated, tt.nameContains)
		}
	}
}

func TestEasterSunday(t *testing.T) {
	known := map[int]time.Time{
		2000: day(2000, 4, 23), 2008: day(2008, 3, 23), 2019: day(2019, 4, 21), 2024: day(2024, 3, 31),
		2025: day(2025, 4, 20), 2026: day(2026, 4, 5), 2027: day(2027, 3, 28), 2028: day(2028, 4, 16),
		2038: day(2038, 4, 25),
	}
	for year, want := range known {
		if got := easterSunday(year); !got.Equal(want) {
			t.Errorf("easterSunday(%d) = %s, want %s", year, got.Format(time.DateOnly), want.Format(time.DateOnly))
		}
	}
}

// The Chilean holiday follows the solstice in Chile's winter time (UTC-4):
// the 2025 solstice at 02:42 UTC on June 21 is still June 20 in Santiago.
func TestChileanSolstice(t *testing.T) {
	want := map[int]int{2022: 21, 2023: 21, 2024: 20, 2025: 20, 2026: 21, 2027: 21, 2028: 20, 2029: 20, 2030: 21}
	solstice := juneSolstice(-4)
	for year, d := range want {
		if got, _ := solstice(year); !got.Equal(day(year, time.June, d)) {
			t.Errorf("solstice %d = %s, want June %d", year, got.Format(time.DateOnly), d)
		}
	}
}

func TestEventsAreSortedAndSourced(t *testing.T) {
	for _, country := range Countries() {
		events := events2027(t, country)
		if len(events) == 0 {
			t.Errorf("%s: no events", country)
		}
		seen := map[string]bool{}
		for i, e := range events {
			if i > 0 && e.Date.Before(events[i-1].Date) {
				t.Errorf("%s: %s before %s", country, e.Key, events[i-1].Key)
			}
			if e.Name == "" || e.Key == "" || !strings.HasPrefix(e.Source, "http") || e.Until.Before(e.Date) {
				t.Errorf("%s: incomplete event %+v", country, e)
			}
			if seen[e.Key] {
				t.Errorf("%s: key %s twice in one year", country, e.Key)
			}
			seen[e.Key] = true
		}
		for _, key := range []string{"new_year", "christmas", "mothers_day", "fathers_day"} {
			if !seen[key] {
				t.Errorf("%s: no %s", country, key)
			}
		}
	}
}

func TestRangeAcrossYears(t *testing.T) {
	events, err := Events("co", day(2026, 12, 20), day(2027, 1, 12))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range events {
		got = append(got, e.Date.Format(time.DateOnly)+" "+e.Key)
	}
	want := []string{"2026-12-25 christmas", "2027-01-01 new_year", "2027-01-11 epiphany"}
	if !slices.Equal(got, want) {
		t.Errorf("CO 2026-12-20..2027-01-12 = %v, want %v", got, want)
	}

	// A multi-day event is kept when the range starts inside it.
	events, err = Events("MX", day(2027, 6, 2), day(2027, 6, 2))
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].Key != "hot_sale" {
		t.Errorf("MX on 2027-06-02 = %+v, want the Hot Sale", events)
	}

	// The time of day and location of the bounds do not matter.
	lima := time.FixedZone("PET", -5*3600)
	events, err = Events("PE", time.Date(2027, 7, 28, 23, 59, 0, 0, lima), time.Date(2027, 7, 28, 0, 0, 0, 0, lima))
	if err != nil || len(events) != 1 || events[0].Key != "independence_day" {
		t.Errorf("PE 2027-07-28 = %+v, %v", events, err)
	}
}

func TestEventsErrors(t *testing.T) {
	tests := []struct {
		country  string
		from, to time.Time
		want     error
	}{
		{"XX", day(2027, 1, 1), day(2027, 12, 31), ErrUnknownCountry},
		{"", day(2027, 1, 1), day(2027, 12, 31), ErrUnknownCountry},
		{"MX", day(2027, 12, 31), day(2027, 1, 1), ErrInvalidRange},
		{"MX", day(2000, 1, 1), day(2027, 1, 1), ErrInvalidRange},
		{"MX", day(1800, 1, 1), day(1801, 1, 1), ErrInvalidRange},
	}
	for _, tt := range tests {
		events, err := Events(tt.country, tt.from, tt.to)
		if !errors.Is(err, tt.want) || events != nil {
			t.Errorf("Events(%q, %s, %s) = %d events, %v; want %v", tt.country,
				tt.from.Format(time.DateOnly), tt.to.Format(time.DateOnly), len(events), err, tt.want)
		}
	}
}

func TestKeys(t *testing.T) {
	got := Keys("ar", KindCommercial)
	want := []string{"childrens_day", "christmas", "cyber_monday", "fathers_day", "friends_day", "hot_sale", "mothers_day", "valentines_day"}
	if !slices.Equal(got, want) {
		t.Errorf("Keys(AR, commercial) = %v, want %v", got, want)
	}
	if Keys("XX", KindHoliday) != nil {
		t.Error("Keys of an unknown country")
	}
}

func TestKeysIncludeHolidaysRetailSellsFor(t *testing.T) {
	got := Keys("CR", KindCommercial)
	for _, key := range []string{"mothers_day", "christmas", "fathers_day"} {
		if !slices.Contains(got, key) {
			t.Errorf("Keys(CR, commercial) = %v, missing %s", got, key)
		}
	}
	if slices.Contains(Keys("CR", KindHoliday), "black_friday") {
		t.Error("Black Friday listed as a holiday")
	}
}

// Ecuador's November pair as the government applied it in 2021-2025.
func TestEcuadorNovemberHolidays(t *testing.T) {
	want := map[int]string{2021: "11-01 11-02", 2022: "11-03 11-04", 2023: "11-02 11-03", 2024: "11-01 11-04", 2025: "11-03 11-04"}
	for year, days := range want {
		events, err := Events("EC", day(year, 10, 30), day(year, 11, 6))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range events {
			if e.Key == "all_souls" || e.Key == "cuenca_independence" {
				got = append(got, e.Date.Format("01-02"))
			}
		}
		slices.Sort(got)
		if strings.Join(got, " ") != days {
			t.Errorf("EC %d November holidays %v, want %s", year, got, days)
		}
	}
}

func TestInaugurations(t *testing.T) {
	tests := []struct {
		country string
		year    int
		want    time.Time
	}{
		{"MX", 2030, day(2030, 10, 1)},
		{"PA", 2029, day(2029, 7, 1)},
	}
	for _, tt := range tests {
		events, err := Events(tt.country, day(tt.year-2, 1, 1), day(tt.year, 12, 31))
		if err != nil {
			t.Fatal(err)
		}
		var got []time.Time
		for _, e := range events {
			if e.Key == "transfer_of_power" || e.Key == "inauguration_day" {
				got = append(got, e.Date)
			}
		}
		if len(got) != 1 || !got[0].Equal(tt.want) {
			t.Errorf("%s inaugurations %v, want only %s", tt.country, got, tt.want.Format(time.DateOnly))
		}
	}
}
