package calendar

import "time"

// Short names keep the country tables readable.
const (
	jan, feb, mar, apr, may, jun      = time.January, time.February, time.March, time.April, time.May, time.June
	jul, aug, sep, oct, nov, dec      = time.July, time.August, time.September, time.October, time.November, time.December
	sun, mon, tue, wed, thu, fri, sat = time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday
)

// dateFunc gives the date of an event in a year, or false when the event
// does not happen that year.
type dateFunc func(year int) (time.Time, bool)

// mover is a law that shifts a holiday to another weekday.
type mover func(time.Time) time.Time

// rule is one line of a market's calendar.
type rule struct {
	key, name string
	kind      Kind
	on        dateFunc
	days      int // length in days; 0 means 1
	estimated bool
	since     int   // first year the rule applies; 0 means always
	observed  mover // the day off moves but the date is still marked (US, PR, PA, BO)
	retail    bool  // a holiday that is also a commercial date
	source    string
}

func holiday(key, name string, on dateFunc) rule {
	return rule{key: key, name: name, kind: KindHoliday, on: on}
}

func commercial(key, name string, on dateFunc) rule {
	return rule{key: key, name: name, kind: KindCommercial, on: on}
}

func observance(key, name string, on dateFunc) rule {
	return rule{key: key, name: name, kind: KindObservance, on: on}
}

// lasting makes the event run for n days.
func (r rule) lasting(n int) rule { r.days = n; return r }

// estimate marks a date an organiser sets each year.
func (r rule) estimate() rule { r.estimated = true; return r }

// from makes the rule apply from a year on (the year its law took effect).
func (r rule) from(year int) rule { r.since = year; return r }

// observedOn adds the day off the law gives when the date falls on a weekend.
func (r rule) observedOn(m mover) rule { r.observed = m; return r }

// sells marks a holiday that is also a commercial date (Christmas, Mother's
// Day where it is a day off).
func (r rule) sells() rule { r.retail = true; return r }

// cite sets the rule's source.
func (r rule) cite(url string) rule { r.source = url; return r }

// occurrences returns the events of the rule in a year.
func (r rule) occurrences(year int) []Event {
	if year < r.since {
		return nil
	}
	day, ok := r.on(year)
	if !ok {
		return nil
	}
	days := max(r.days, 1)
	e := Event{Date: day, Until: day.AddDate(0, 0, days-1), Name: r.name, Kind: r.kind, Key: r.key,
		Estimated: r.estimated, Source: r.source}
	events := []Event{e}
	if r.observed != nil {
		if off := r.observed(day); !off.Equal(day) {
			extra := e
			extra.Date, extra.Until = off, off
			extra.Name = r.name + " (día observado)"
			extra.Key = r.key + "_observed"
			events = append(events, extra)
		}
	}
	return events
}

func date(year int, month time.Month, day int) time.Time {
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
}

// every is a date that comes every n years from a first year (presidential
// inaugurations).
func every(n, first int, month time.Month, day int) dateFunc {
	return func(year int) (time.Time, bool) {
		return date(year, month, day), year >= first && (year-first)%n == 0
	}
}

// fixed is the same day every year.
func fixed(month time.Month, day int) dateFunc {
	return func(year int) (time.Time, bool) { return date(year, month, day), true }
}

// nth is the n-th weekday of a month (n = -1 for the last one).
func nth(n int, weekday time.Weekday, month time.Month) dateFunc {
	return func(year int) (time.Time, bool) {
		if n < 0 {
			last := date(year, month+1, 0)
			back := (int(last.Weekday()) - int(weekday) + 7) % 7
			return last.AddDate(0, 0, -back), true
		}
		first := date(year, month, 1)
		ahead := (int(weekday) - int(first.Weekday()) + 7) % 7
		return first.AddDate(0, 0, ahead+7*(n-1)), true
	}
}

// easter is Easter Sunday plus offset days (Good Friday is -2).
func easter(offset int) dateFunc {
	return func(year int) (time.Time, bool) { return easterSunday(year).AddDate(0, 0, offset), true }
}

// plus shifts another date by a number of days (Black Friday is the day
// after the fourth Thursday of November).
func plus(on dateFunc, days int) dateFunc {
	return func(year int) (time.Time, bool) {
		d, ok := on(year)
		return d.AddDate(0, 0, days), ok
	}
}

// moved applies a law that shifts the holiday.
func moved(on dateFunc, m mover) dateFunc {
	return func(year int) (time.Time, bool) {
		d, ok := on(year)
		if !ok {
			return d, false
		}
		return m(d), true
	}
}

// onlyOn keeps the date only in years it falls on one of the weekdays.
func onlyOn(on dateFunc, weekdays ...time.Weekday) dateFunc {
	return func(year int) (time.Time, bool) {
		d, ok := on(year)
		if !ok {
			return d, false
		}
		for _, w := range weekdays {
			if d.Weekday() == w {
				return d, true
			}
		}
		return d, false
	}
}

// Movers: each table says how many days to add for a holiday falling on
// Sunday, Monday, ..., Saturday.

// nextMonday is Colombia's Ley Emiliani (Ley 51 de 1983): to the next Monday.
func nextMonday(d time.Time) time.Time { return addByWeekday(d, [7]int{1, 0, 6, 5, 4, 3, 2}) }

// nearestMonday moves Tuesday/Wednesday to the Monday before and
// Thursday/Friday to the Monday after (Argentina's Ley 27.399, Uruguay's Ley
// 16.805, the Dominican Ley 139-97).
func nearestMonday(d time.Time) time.Time { return addByWeekday(d, [7]int{0, 0, -1, -2, 4, 3, 0}) }

// chileMonday moves Tuesday to Thursday to the Monday before and Friday to
// the Monday after (Ley 19.668).
func chileMonday(d time.Time) time.Time { return addByWeekday(d, [7]int{0, 0, -1, -2, -3, 3, 0}) }

// chileEvangelical moves Tuesday to the Friday before and Wednesday to the
// Friday after (Ley 20.299).
func chileEvangelical(d time.Time) time.Time { return addByWeekday(d, [7]int{0, 0, -4, 2, 0, 0, 0}) }

// guatemalaArmy moves Tuesday to the Monday before and Wednesday/Thursday to
// the Friday after (Decreto 19-2018).
func guatemalaArmy(d time.Time) time.Time { return addByWeekday(d, [7]int{0, 0, -1, 2, 1, 0, 0}) }

// ecuadorMove moves Tuesday to Monday, Wednesday/Thursday to Friday,
// Saturday to Friday and Sunday to Monday (Ley Orgánica Reformatoria a la
// LOSEP y al Código del Trabajo, 2016).
func ecuadorMove(d time.Time) time.Time { return addByWeekday(d, [7]int{1, 0, -1, 2, 1, 0, -1}) }

// ecuadorAllSouls and ecuadorCuenca move Ecuador's November 2 and 3
// holidays as one block, as the government has applied the law: 2021
// (Tue-Wed) to Mon 1 and Tue 2, 2022 (Wed-Thu) to Thu 3 and Fri 4, 2023
// (Thu-Fri) unchanged, 2024 (Sat-Sun) to Fri 1 and Mon 4, 2025 (Sun-Mon) to
// Mon 3 and Tue 4. A Friday-Saturday year (2029) is not attested; Saturday
// then goes to Monday.
func ecuadorAllSouls(d time.Time) time.Time { return addByWeekday(d, [7]int{2, 0, -1, 1, 0, 0, -1}) }

func ecuadorCuenca(d time.Time) time.Time { return addByWeekday(d, [7]int{1, 0, 0, -1, 1, 0, 2}) }

// dominicanLabour is nearestMonday plus Sunday to Monday.
func dominicanLabour(d time.Time) time.Time { return addByWeekday(d, [7]int{1, 0, -1, -2, 4, 3, 0}) }

// dominicanConstitution moves Tuesday to Saturday to the next Monday.
func dominicanConstitution(d time.Time) time.Time {
	return addByWeekday(d, [7]int{0, 0, 6, 5, 4, 3, 2})
}

// sundayToMonday gives a Sunday holiday on Monday (Panama, Bolivia).
func sundayToMonday(d time.Time) time.Time { return addByWeekday(d, [7]int{1, 0, 0, 0, 0, 0, 0}) }

// usObserved gives a Saturday holiday on Friday and a Sunday one on Monday
// (5 U.S.C. 6103 and Executive Order 11582).
func usObserved(d time.Time) time.Time { return addByWeekday(d, [7]int{1, 0, 0, 0, 0, 0, -1}) }

func addByWeekday(d time.Time, days [7]int) time.Time { return d.AddDate(0, 0, days[d.Weekday()]) }

// easterSunday is the Gregorian Computus (the anonymous algorithm published
// by Meeus).
func easterSunday(year int) time.Time {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(year, time.Month(month), day)
}

// juneSolstice is the civil date of the June solstice at a fixed UTC
// offset, from Meeus' mean-solstice polynomial (Astronomical Algorithms,
// ch. 27), which stays within about 15 minutes of the true instant in this
// century.
func juneSolstice(utcOffsetHours int) dateFunc {
	return func(year int) (time.Time, bool) {
		y := float64(year-2000) / 1000
		jde := 2451716.56767 + 365241.62603*y + 0.00325*y*y + 0.00888*y*y*y - 0.00030*y*y*y*y
		j2000 := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)
		instant := j2000.Add(time.Duration((jde - 2451545.0) * float64(24*time.Hour)))
		local := instant.Add(time.Duration(utcOffsetHours) * time.Hour)
		return date(local.Year(), local.Month(), local.Day()), true
	}
}
