package culture

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/locales"
	"github.com/frontierhq/frontier/modules/culture/locale"
	"github.com/frontierhq/frontier/templates/components"
	view "github.com/frontierhq/frontier/templates/culture"
)

// defaultCountry is the market the tools open with.
const defaultCountry = "MX"

// exampleDate is the date the format examples show (5 March 2027: day and month tell apart).
func exampleDate() time.Time { return time.Date(2027, time.March, 5, 0, 0, 0, 0, time.UTC) }

// checkForm is what the checker page posts.
type checkForm struct {
	Text, Country, Formality, From string
}

func readCheckForm(c echo.Context) checkForm {
	f := checkForm{Text: c.FormValue("text"), Country: normalizeCountry(c.FormValue("country")),
		Formality: c.FormValue("formality"), From: normalizeCountry(c.FormValue("from"))}
	if f.Country == "" {
		f.Country = defaultCountry
	}
	return f
}

// checkView fills the form part of the checker page.
func (h *Handler) checkView(c echo.Context, f checkForm, errs map[string]string) (view.CheckView, error) {
	t := tr(c)
	profiles, err := h.svc.Profiles(c.Request().Context(), ProfileFilter{})
	if err != nil {
		return view.CheckView{}, err
	}
	countries := make([][2]string, 0, len(profiles))
	from := [][2]string{{"", t.T("culture.check.from_unknown")}}
	for _, p := range byName(t, profiles) {
		label := flag(p.Country) + " " + countryName(t, p.Country)
		countries = append(countries, [2]string{p.Country, label})
		from = append(from, [2]string{p.Country, label})
	}
	return view.CheckView{Nav: h.nav(c, view.TabCheck), CSRF: h.render.CSRF(c), Text: f.Text, Errors: errs,
		Countries: components.SelectInput{Name: "country", Label: t.T("culture.check.country"), Error: errs["country"], Options: options(f.Country, countries)},
		Forms: components.SelectInput{Name: "formality", Label: t.T("culture.field.formality"), Error: errs["formality"],
			Options: formalityOptions(t, f.Formality, t.T("culture.formality.default"))},
		From: components.SelectInput{Name: "from", Label: t.T("culture.check.from"), Error: errs["from_country"], Options: options(f.From, from)},
	}, nil
}

// showCheck is the checker tool page.
func (h *Handler) showCheck(c echo.Context) error {
	f := checkForm{Country: normalizeCountry(c.QueryParam("country"))}
	if f.Country == "" {
		f.Country = defaultCountry
	}
	v, err := h.checkView(c, f, nil)
	if err != nil {
		return err
	}
	return h.render.Page(c, http.StatusOK, tr(c).T("culture.check.title"), "culture", view.Check(v))
}

// check runs the checker and shows the findings marked in the text.
func (h *Handler) check(c echo.Context) error {
	ctx, t := c.Request().Context(), tr(c)
	f := readCheckForm(c)
	findings, err := h.svc.Check(ctx, f.Text, f.Country, Formality(f.Formality))
	if err != nil {
		return h.checkFailed(c, f, err)
	}
	v, err := h.checkView(c, f, nil)
	if err != nil {
		return err
	}
	formality, err := h.formalityFor(c, f)
	if err != nil {
		return err
	}
	result := &view.CheckResult{Country: countryName(t, f.Country), Formality: t.T("culture.check.formality_used", "Form", formalityName(t, string(formality))),
		Segments: markFindings(t, f.Text, findings), Summary: summary(t, findings),
		AdaptLabel: t.T("culture.check.adapt_to", "Country", countryName(t, f.Country))}
	for _, fd := range findings {
		result.Findings = append(result.Findings, view.FindingRow{Severity: string(fd.Severity), SeverityLabel: t.T("culture.severity." + string(fd.Severity)),
			Rule: fd.Rule, Excerpt: fd.Excerpt, Message: message(t, fd), Suggestions: fd.Suggestions})
	}
	v.Result = result
	return h.render.Page(c, http.StatusOK, t.T("culture.check.title"), "culture", view.Check(v))
}

// adapt rewrites the text for the chosen market and shows every change in place.
func (h *Handler) adapt(c echo.Context) error {
	ctx, t := c.Request().Context(), tr(c)
	f := readCheckForm(c)
	formality := Formality(f.Formality)
	if formality == "" && f.Text != "" {
		// Adapting to a market means its usual form of address unless one was chosen.
		if resolved, err := h.formalityFor(c, f); err == nil {
			formality = resolved
		}
	}
	text, changes, err := h.svc.Adapt(ctx, f.Text, f.Country, f.From, formality)
	if err != nil {
		return h.checkFailed(c, f, err)
	}
	v, err := h.checkView(c, f, nil)
	if err != nil {
		return err
	}
	v.Adapted = &view.AdaptResult{Country: countryName(t, f.Country), Text: text, Segments: markChanges(f.Text, changes),
		Summary: t.T("culture.adapt.summary", "N", len(changes))}
	return h.render.Page(c, http.StatusOK, t.T("culture.check.title"), "culture", view.Check(v))
}

// formalityFor is the form chosen in the form, or the market's default.
func (h *Handler) formalityFor(c echo.Context, f checkForm) (Formality, error) {
	if f.Formality != "" {
		return Formality(f.Formality), nil
	}
	p, err := h.svc.Profile(c.Request().Context(), f.Country)
	if err != nil {
		return "", err
	}
	return Formality(p.Address.Default), nil
}

func (h *Handler) checkFailed(c echo.Context, f checkForm, err error) error {
	fields, _, ferr := fieldErrors(c, err)
	if ferr != nil {
		return ferr
	}
	if msg, ok := fields["to_country"]; ok {
		fields["country"] = msg
	}
	v, err := h.checkView(c, f, fields)
	if err != nil {
		return err
	}
	return h.render.Page(c, http.StatusUnprocessableEntity, tr(c).T("culture.check.title"), "culture", view.Check(v))
}

func summary(t *locales.Translator, findings []Finding) string {
	if len(findings) == 0 {
		return t.T("culture.check.clean")
	}
	counts := map[string]int{}
	for _, f := range findings {
		counts[string(f.Severity)]++
	}
	return t.T("culture.check.summary", "N", len(findings), "Errors", counts["error"], "Warnings", counts["warning"], "Infos", counts["info"])
}

// markFindings cuts the text into plain runs and marked findings. Where findings overlap, the
// first (and longest) is marked; every finding is still listed under the text.
func markFindings(t *locales.Translator, text string, findings []Finding) []view.Segment {
	runes := []rune(text)
	var out []view.Segment
	cursor := 0
	for _, f := range findings {
		if f.Start < cursor || f.End > len(runes) || f.Start >= f.End {
			continue
		}
		if f.Start > cursor {
			out = append(out, view.Segment{Text: string(runes[cursor:f.Start])})
		}
		seg := view.Segment{Text: string(runes[f.Start:f.End]), Severity: string(f.Severity), Note: message(t, f)}
		if len(f.Suggestions) > 0 {
			seg.Tip = "→ " + joinSuggestions(f.Suggestions)
		}
		out = append(out, seg)
		cursor = f.End
	}
	if cursor < len(runes) {
		out = append(out, view.Segment{Text: string(runes[cursor:])})
	}
	return out
}

func joinSuggestions(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " · "
		}
		out += x
	}
	return out
}

// markChanges renders the adapted text from the input and its changes, marking each
// replacement (its title says what it replaced).
func markChanges(input string, changes []Change) []view.Segment {
	runes := []rune(input)
	var out []view.Segment
	cursor := 0
	for _, ch := range changes {
		if ch.Start < cursor || ch.End > len(runes) {
			continue
		}
		if ch.Start > cursor {
			out = append(out, view.Segment{Text: string(runes[cursor:ch.Start])})
		}
		out = append(out, view.Segment{Text: ch.To, Note: ch.From + " → " + ch.To, Changed: true})
		cursor = ch.End
	}
	if cursor < len(runes) {
		out = append(out, view.Segment{Text: string(runes[cursor:])})
	}
	return out
}

// showCalendar shows the next twelve months of a market's calendar.
func (h *Handler) showCalendar(c echo.Context) error {
	ctx, t := c.Request().Context(), tr(c)
	country := normalizeCountry(c.QueryParam("country"))
	if country == "" {
		country = defaultCountry
	}
	from, _, _ := dateRange("", "", h.svc.now())
	events, err := h.svc.Calendar(ctx, country, from, from.AddDate(1, 0, -1))
	if err != nil {
		return err
	}
	profiles, err := h.svc.Profiles(ctx, ProfileFilter{})
	if err != nil {
		return err
	}
	choices := make([][2]string, 0, len(profiles))
	for _, p := range byName(t, profiles) {
		choices = append(choices, [2]string{p.Country, flag(p.Country) + " " + countryName(t, p.Country)})
	}
	v := view.CalendarView{Nav: h.nav(c, view.TabCalendar), Flag: flag(country), Country: countryName(t, country),
		Countries: components.SelectInput{Name: "country", Label: t.T("culture.check.country"), Options: options(country, choices)}}
	rows := h.dateRows(t, country, events)
	for i, e := range events {
		label := t.T("culture.month."+strconv.Itoa(int(e.Date.Month())), "Year", e.Date.Year())
		if e.Date.Before(from) {
			label = t.T("culture.month."+strconv.Itoa(int(from.Month())), "Year", from.Year())
		}
		if n := len(v.Months); n == 0 || v.Months[n-1].Label != label {
			v.Months = append(v.Months, view.MonthGroup{Label: label})
		}
		v.Months[len(v.Months)-1].Events = append(v.Months[len(v.Months)-1].Events, rows[i])
	}
	return h.render.Page(c, http.StatusOK, t.T("culture.calendar.title"), "culture", view.Calendar(v))
}

// dateRows shows events with the market's date format and the UI language's words.
func (h *Handler) dateRows(t *locales.Translator, country string, events []Event) []view.DateRow {
	f, _ := locale.For(country)
	rows := make([]view.DateRow, 0, len(events))
	for _, e := range events {
		row := view.DateRow{Date: f.LongDate(e.Date, t.Lang()), Weekday: t.T("culture.weekday." + strconv.Itoa(int(e.Date.Weekday()))),
			Name: e.Name, Kind: e.Kind, KindLabel: t.T("culture.kind." + e.Kind), Estimated: e.Estimated}
		if !e.Until.Equal(e.Date) {
			row.Until = t.T("culture.calendar.until", "Date", f.LongDate(e.Until, t.Lang()))
		}
		rows = append(rows, row)
	}
	return rows
}
