package culture

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/locales"
	"github.com/frontierhq/frontier/modules/culture/locale"
	"github.com/frontierhq/frontier/modules/culture/seed"
	"github.com/frontierhq/frontier/templates/components"
	view "github.com/frontierhq/frontier/templates/culture"
)

func (h *Handler) nav(c echo.Context, active string) view.Nav {
	return view.Nav{Active: active, CanCheck: h.may(c, "use")}
}

// showProfiles is the grid of market cards, filtered by q, language and formality.
func (h *Handler) showProfiles(c echo.Context) error {
	t := tr(c)
	f := ProfileFilter{Search: c.QueryParam("q"), Language: c.QueryParam("language"), Formality: Formality(c.QueryParam("formality"))}
	profiles, err := h.svc.Profiles(c.Request().Context(), f)
	if err != nil {
		return err
	}
	v := view.ProfilesView{Nav: h.nav(c, view.TabProfiles), Search: f.Search,
		Languages: options(f.Language, [][2]string{{"", t.T("culture.filter.all_languages")}, {"es", t.T("culture.language.es")}, {"pt", t.T("culture.language.pt")}}),
		Forms:     formalityOptions(t, string(f.Formality), t.T("culture.filter.all_forms")),
	}
	for _, p := range byName(t, profiles) {
		v.Cards = append(v.Cards, view.ProfileCard{Code: p.Country, Flag: flag(p.Country), Name: countryName(t, p.Country),
			LocalName: p.Name, Variant: p.LanguageVariant, Formality: profileFormality(t, p.Profile, string(p.Address.Default)),
			Price: price(p.Country), Href: "/culture/profiles/" + p.Country, Edited: p.EditedByAdmin})
	}
	return h.render.Page(c, http.StatusOK, t.T("culture.title"), "culture", view.Profiles(v))
}

// sources links the entries that start with a web address.
func sources(list []string) []view.Source {
	out := make([]view.Source, 0, len(list))
	for _, s := range list {
		src := view.Source{Text: s}
		if first, _, _ := strings.Cut(s, " "); validURL(first) {
			src.URL = first
		}
		out = append(out, src)
	}
	return out
}

// price is 1234.5 as the market writes a price.
func price(country string) string {
	if f, ok := locale.For(country); ok {
		return f.Price(1234.5)
	}
	return ""
}

func options(selected string, pairs [][2]string) []components.Option {
	out := make([]components.Option, 0, len(pairs))
	for _, p := range pairs {
		out = append(out, components.Option{Value: p[0], Label: p[1], Selected: p[0] == selected})
	}
	return out
}

// formalityOptions offers the forms of address after a first, empty choice.
func formalityOptions(t *locales.Translator, selected, empty string) []components.Option {
	pairs := [][2]string{{"", empty}}
	for _, f := range Formalities() {
		pairs = append(pairs, [2]string{string(f), formalityName(t, string(f))})
	}
	return options(selected, pairs)
}

func (h *Handler) profileHeader(c echo.Context, p StoredProfile, active string) view.ProfileHeader {
	t := tr(c)
	return view.ProfileHeader{Code: p.Country, Flag: flag(p.Country), Name: countryName(t, p.Country), LocalName: p.Name,
		Variant: p.LanguageVariant, Version: strconv.Itoa(p.Version), Updated: t.T("culture.updated", "When", t.DateTime(p.UpdatedAt)),
		Edited: p.EditedByAdmin, CanEdit: h.may(c, "manage"), Active: active}
}

// showProfile is a market's detail page.
func (h *Handler) showProfile(c echo.Context) error {
	ctx, t := c.Request().Context(), tr(c)
	p, err := h.svc.Profile(ctx, c.Param("country"))
	if err != nil {
		return err
	}
	v := view.ProfileView{Nav: h.nav(c, view.TabProfiles), Header: h.profileHeader(c, p, "overview"),
		BusinessStyle: p.BusinessStyle, CommPref: p.CommunicationPreference,
		Formality: profileFormality(t, p.Profile, string(p.Address.Default)), Plural: p.Address.Plural, CallingCode: p.CallingCode,
		Traits: p.CulturalTraits, References: p.CulturalReferences, Favored: p.Colors.Favored, Avoid: p.Colors.Avoid,
		Topics: p.TopicsToAvoid, Notes: p.Notes, Sources: sources(p.Sources), CalendarHref: "/culture/calendar?country=" + p.Country,
		Law: view.Law{Name: p.DataProtection.Name, Number: p.DataProtection.Number, Year: strconv.Itoa(p.DataProtection.Year),
			Authority: p.DataProtection.Authority, URL: p.DataProtection.URL, Comprehensive: p.DataProtection.Comprehensive},
	}
	for _, ch := range seed.Channels() {
		if r, ok := p.Address.Channels[ch]; ok {
			v.Channels = append(v.Channels, view.Pair{Label: t.T("culture.channel." + ch), Value: profileFormality(t, p.Profile, string(r))})
		}
	}
	if f, ok := locale.For(p.Country); ok {
		example := exampleDate()
		v.Formats = []view.Pair{
			{Label: t.T("culture.format.currency"), Value: f.CurrencyCode + " · " + f.CurrencySymbol},
			{Label: t.T("culture.format.price"), Value: f.Price(1234.5)},
			{Label: t.T("culture.format.number"), Value: f.Number(1234567.891, 3)},
			{Label: t.T("culture.format.date"), Value: f.Date(example)},
			{Label: t.T("culture.format.long_date"), Value: f.LongDate(example, "")},
		}
	}
	next, err := h.svc.NextDates(ctx, p.Country, h.svc.now(), 6)
	if err != nil {
		return err
	}
	v.NextDates = h.dateRows(t, p.Country, next)
	return h.render.Page(c, http.StatusOK, countryName(t, p.Country), "culture", view.Profile(v))
}

// showProfileEdit is the admin's edit form.
func (h *Handler) showProfileEdit(c echo.Context) error {
	p, err := h.svc.Profile(c.Request().Context(), c.Param("country"))
	if err != nil {
		return err
	}
	return h.renderProfileEdit(c, http.StatusOK, p, EditOf(p), nil, "")
}

// updateProfile saves the form; a problem re-renders it with a message under each bad field.
func (h *Handler) updateProfile(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := h.svc.Profile(ctx, c.Param("country"))
	if err != nil {
		return err
	}
	edit := editFromForm(c)
	if _, err := h.svc.UpdateProfile(ctx, p.Country, edit); err != nil {
		fields, detail, ferr := fieldErrors(c, err)
		if ferr != nil {
			return ferr
		}
		return h.renderProfileEdit(c, http.StatusUnprocessableEntity, p, edit, fields, detail)
	}
	h.render.Flash(c, "success", "culture.edit.saved")
	return seeOther(c, "/culture/profiles/"+p.Country)
}

// editFromForm reads the edit form; list fields hold one item per line.
func editFromForm(c echo.Context) ProfileEdit {
	lines := func(name string) []string {
		return strings.Split(strings.ReplaceAll(c.FormValue(name), "\r\n", "\n"), "\n")
	}
	version, _ := strconv.Atoi(c.FormValue("version"))
	e := ProfileEdit{
		Version: version, Name: c.FormValue("name"), BusinessStyle: c.FormValue("business_style"),
		CommunicationPreference: c.FormValue("communication_preference"),
		CulturalTraits:          lines("cultural_traits"), CulturalReferences: lines("cultural_references"),
		ColorsFavored: lines("colors.favored"), ColorsAvoid: lines("colors.avoid"), TopicsToAvoid: lines("topics_to_avoid"),
		Notes: lines("notes"), Sources: lines("sources"),
		AddressDefault: c.FormValue("address.default"), AddressChannels: map[string]string{}, AddressPlural: c.FormValue("address.plural"),
		CallingCode: c.FormValue("calling_code"), LawName: c.FormValue("data_protection.name"), LawNumber: c.FormValue("data_protection.number"),
		LawYear: c.FormValue("data_protection.year"), LawAuthority: c.FormValue("data_protection.authority"),
		LawURL: c.FormValue("data_protection.url"), LawComprehensive: c.FormValue("data_protection.comprehensive") == "1",
	}
	for _, ch := range seed.Channels() {
		if value := c.FormValue("address.channels." + ch); value != "" {
			e.AddressChannels[ch] = value
		}
	}
	return e
}

func (h *Handler) renderProfileEdit(c echo.Context, status int, p StoredProfile, e ProfileEdit, errs map[string]string, formError string) error {
	t := tr(c)
	field := func(name, value string, rows int) view.TextField {
		return view.TextField{Name: name, Label: t.T("culture.field." + name), Value: value, Rows: rows, Error: errs[name]}
	}
	list := func(name string, items []string) view.TextField {
		return field(name, strings.Join(items, "\n"), min(max(2*len(items)+1, 3), 12))
	}
	if formError == "" && len(errs) > 0 {
		formError = t.T("culture.edit.fix_errors")
	}
	v := view.ProfileEditView{Nav: h.nav(c, view.TabProfiles), Header: h.profileHeader(c, p, "edit"), CSRF: h.render.CSRF(c),
		Version: strconv.Itoa(e.Version), FormError: formError, Errors: errs, LawFull: e.LawComprehensive,
		Texts: []view.TextField{
			field("name", e.Name, 0),
			field("business_style", e.BusinessStyle, 3),
			field("communication_preference", e.CommunicationPreference, 3),
		},
		Lists: []view.TextField{
			list("cultural_traits", e.CulturalTraits), list("cultural_references", e.CulturalReferences),
			list("colors.favored", e.ColorsFavored), list("colors.avoid", e.ColorsAvoid),
			list("topics_to_avoid", e.TopicsToAvoid), list("notes", e.Notes), list("sources", e.Sources),
		},
		Law: []view.TextField{
			field("data_protection.name", e.LawName, 0), field("data_protection.number", e.LawNumber, 0),
			field("data_protection.year", e.LawYear, 0), field("data_protection.authority", e.LawAuthority, 0),
			field("data_protection.url", e.LawURL, 0), field("calling_code", e.CallingCode, 0),
		},
		Plural: components.SelectInput{Name: "address.plural", Label: t.T("culture.field.plural"), Error: errs["address.plural"],
			Options: options(e.AddressPlural, [][2]string{{"ustedes", "ustedes"}, {"vosotros", "vosotros"}, {"vocês", "vocês"}})},
	}
	v.Address = append(v.Address, components.SelectInput{Name: "address.default", Label: t.T("culture.field.formality"),
		Error: errs["address.default"], Options: formalityOptions(t, e.AddressDefault, "—")[1:]})
	for _, ch := range seed.Channels() {
		name := "address.channels." + ch
		errText := errs[name]
		if errText == "" && ch == seed.Channels()[0] {
			errText = errs["address.channels"]
		}
		v.Address = append(v.Address, components.SelectInput{Name: name, Label: t.T("culture.channel." + ch), Error: errText,
			Options: formalityOptions(t, e.AddressChannels[ch], t.T("culture.formality.inherit"))})
	}
	return h.render.Page(c, status, countryName(t, p.Country), "culture", view.ProfileEdit(v))
}

// showProfileHistory lists a profile's versions.
func (h *Handler) showProfileHistory(c echo.Context) error {
	ctx := c.Request().Context()
	p, err := h.svc.Profile(ctx, c.Param("country"))
	if err != nil {
		return err
	}
	versions, err := h.svc.ProfileHistory(ctx, p.Country)
	if err != nil {
		return err
	}
	v := view.HistoryView{Nav: h.nav(c, view.TabProfiles), Header: h.profileHeader(c, p, "history"), CSRF: h.render.CSRF(c),
		Rows: h.historyRows(c, versions, p.Version, "/culture/profiles/"+p.Country+"/revert/")}
	return h.render.Page(c, http.StatusOK, countryName(tr(c), p.Country), "culture", view.History(v))
}

func (h *Handler) historyRows(c echo.Context, versions []Version, current int, revertPrefix string) []view.HistoryRow {
	t, canRevert := tr(c), h.may(c, "manage")
	rows := make([]view.HistoryRow, 0, len(versions))
	for _, ver := range versions {
		labels := make([]string, 0, len(ver.ChangedFields))
		for _, f := range ver.ChangedFields {
			labels = append(labels, fieldLabel(t, f))
		}
		row := view.HistoryRow{Version: strconv.Itoa(ver.Version), Who: ver.ChangedByName, When: t.DateTime(ver.ChangedAt),
			Fields: strings.Join(labels, ", "), Current: ver.Version == current, Seed: ver.FromSeed()}
		if len(labels) == 0 {
			row.Fields = t.T("culture.history.created")
		}
		if ver.RevertedFrom != nil {
			row.Reverted = t.T("culture.history.reverted_from", "Version", *ver.RevertedFrom)
		}
		if canRevert && ver.Version != current {
			row.RevertURL = revertPrefix + strconv.Itoa(ver.Version)
		}
		rows = append(rows, row)
	}
	return rows
}

// fieldLabel names a changed field in the UI language: "words.es-AR" reads "Words (es-AR)".
func fieldLabel(t *locales.Translator, field string) string {
	if locale, ok := strings.CutPrefix(field, "words."); ok {
		return t.T("culture.lexicon.words") + " (" + locale + ")"
	}
	if ch, ok := strings.CutPrefix(field, "address.channels."); ok {
		return t.T("culture.channel." + ch)
	}
	if id := "culture.field." + field; t.Has(id) {
		return t.T(id)
	}
	return field
}

// revertProfile restores a version as a new one.
func (h *Handler) revertProfile(c echo.Context) error {
	version, err := strconv.Atoi(c.Param("version"))
	if err != nil {
		return echo.ErrNotFound
	}
	p, err := h.svc.RevertProfile(c.Request().Context(), c.Param("country"), version)
	if err != nil {
		return err
	}
	h.render.Flash(c, "success", "culture.history.reverted", "Version", version)
	return seeOther(c, "/culture/profiles/"+p.Country+"/history")
}
