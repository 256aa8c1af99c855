package culture

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/locales"
	view "github.com/frontierhq/frontier/templates/culture"
)

// showLexicon lists the concepts, filtered by q and domain.
func (h *Handler) showLexicon(c echo.Context) error {
	ctx, t := c.Request().Context(), tr(c)
	f := ConceptFilter{Search: c.QueryParam("q"), Domain: c.QueryParam("domain")}
	concepts, err := h.svc.Concepts(ctx, f)
	if err != nil {
		return err
	}
	domains, err := h.svc.Domains(ctx)
	if err != nil {
		return err
	}
	pairs := [][2]string{{"", t.T("culture.lexicon.all_domains")}}
	for _, d := range domains {
		pairs = append(pairs, [2]string{d, domainName(t, d)})
	}
	v := view.LexiconView{Nav: h.nav(c, view.TabLexicon), Search: f.Search, Domains: options(f.Domain, pairs),
		Total: t.T("culture.lexicon.count", "N", len(concepts)), CanEdit: h.may(c, "manage")}
	for _, con := range concepts {
		v.Concepts = append(v.Concepts, view.ConceptRow{Key: con.Key, Title: conceptTitle(con.Concept), Href: "/culture/lexicon/" + con.Key,
			Domain: domainName(t, con.Domain), Words: localeWords(t, con.Concept, false), Edited: con.EditedByAdmin})
	}
	return h.render.Page(c, http.StatusOK, t.T("culture.lexicon.title"), "culture", view.Lexicon(v))
}

func domainName(t *locales.Translator, domain string) string {
	if id := "culture.domain." + domain; t.Has(id) {
		return t.T(id)
	}
	return domain
}

// conceptTitle names a concept by its preferred Latin American word ("celular"), else Spain's
// or Brazil's, else its key.
func conceptTitle(con Concept) string {
	for _, loc := range []string{"es-419", "es-MX", "es-ES", "pt-BR"} {
		if terms := con.Words[loc]; len(terms) > 0 {
			return terms[0].Text
		}
	}
	for _, loc := range LexiconLocales() {
		if terms := con.Words[loc]; len(terms) > 0 {
			return terms[0].Text
		}
	}
	return strings.ReplaceAll(con.Key, "_", " ")
}

// localeWords lists a concept's words per locale in the UI's locale order.
func localeWords(t *locales.Translator, con Concept, labels bool) []view.LocaleWords {
	var out []view.LocaleWords
	for _, loc := range LexiconLocales() {
		terms, ok := con.Words[loc]
		if !ok {
			continue
		}
		words := make([]string, 0, len(terms))
		foreign := false
		for _, term := range terms {
			words = append(words, term.Text)
			foreign = foreign || term.SpainOnly || term.PortugalOnly
		}
		lw := view.LocaleWords{Locale: loc, Words: strings.Join(words, ", "), Foreign: foreign}
		if labels {
			lw.Label = localeLabel(t, loc)
		}
		out = append(out, lw)
	}
	return out
}

// localeLabel names a lexicon locale: "es-419" is Latin American Spanish, "es-AR" Argentina.
func localeLabel(t *locales.Translator, loc string) string {
	if loc == "es-419" {
		return t.T("culture.lexicon.latam_default")
	}
	_, region, _ := strings.Cut(loc, "-")
	return countryName(t, region)
}

func (h *Handler) conceptHeader(c echo.Context, con StoredConcept, active string) view.ConceptHeader {
	t := tr(c)
	return view.ConceptHeader{Key: con.Key, Title: conceptTitle(con.Concept), Domain: domainName(t, con.Domain),
		Version: strconv.Itoa(con.Version), Updated: t.T("culture.updated", "When", t.DateTime(con.UpdatedAt)),
		Edited: con.EditedByAdmin, CanEdit: h.may(c, "manage"), Active: active}
}

// showConcept is a concept's words per locale.
func (h *Handler) showConcept(c echo.Context) error {
	con, err := h.svc.Concept(c.Request().Context(), c.Param("key"))
	if err != nil {
		return err
	}
	t := tr(c)
	v := view.ConceptView{Nav: h.nav(c, view.TabLexicon), Header: h.conceptHeader(c, con, "overview"), Note: con.Note,
		Words: localeWords(t, con.Concept, true)}
	return h.render.Page(c, http.StatusOK, t.T("culture.lexicon.title"), "culture", view.Concept(v))
}

// showConceptEdit is the admin's form for a concept's words.
func (h *Handler) showConceptEdit(c echo.Context) error {
	con, err := h.svc.Concept(c.Request().Context(), c.Param("key"))
	if err != nil {
		return err
	}
	edit := ConceptEdit{Version: con.Version, Note: con.Note, Words: map[string][]string{}}
	for loc, terms := range con.Words {
		for _, term := range terms {
			edit.Words[loc] = append(edit.Words[loc], WordLine(term))
		}
	}
	return h.renderConceptEdit(c, http.StatusOK, con, edit, nil, "")
}

// updateConcept saves a concept's words; the checker uses them from the next request on.
func (h *Handler) updateConcept(c echo.Context) error {
	ctx := c.Request().Context()
	con, err := h.svc.Concept(ctx, c.Param("key"))
	if err != nil {
		return err
	}
	version, _ := strconv.Atoi(c.FormValue("version"))
	edit := ConceptEdit{Version: version, Note: c.FormValue("note"), Words: map[string][]string{}}
	for _, loc := range LexiconLocales() {
		if text := strings.TrimSpace(c.FormValue("words." + loc)); text != "" {
			edit.Words[loc] = strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
		}
	}
	if _, err := h.svc.UpdateConcept(ctx, con.Key, edit); err != nil {
		fields, detail, ferr := fieldErrors(c, err)
		if ferr != nil {
			return ferr
		}
		return h.renderConceptEdit(c, http.StatusUnprocessableEntity, con, edit, fields, detail)
	}
	h.render.Flash(c, "success", "culture.edit.saved")
	return seeOther(c, "/culture/lexicon/"+con.Key)
}

func (h *Handler) renderConceptEdit(c echo.Context, status int, con StoredConcept, e ConceptEdit, errs map[string]string, formError string) error {
	t := tr(c)
	if formError == "" && len(errs) > 0 {
		formError = t.T("culture.edit.fix_errors")
	}
	v := view.ConceptEditView{Nav: h.nav(c, view.TabLexicon), Header: h.conceptHeader(c, con, "edit"), CSRF: h.render.CSRF(c),
		Version: strconv.Itoa(e.Version), FormError: formError, WordsErr: errs["words"],
		Note: view.TextField{Name: "note", Label: t.T("culture.lexicon.note"), Value: e.Note, Rows: 2, Error: errs["note"]}}
	for _, loc := range LexiconLocales() {
		name := "words." + loc
		v.Fields = append(v.Fields, view.TextField{Name: name, Label: loc + " · " + localeLabel(t, loc),
			Value: strings.Join(e.Words[loc], "\n"), Rows: 2, Error: errs[name]})
	}
	return h.render.Page(c, status, t.T("culture.lexicon.title"), "culture", view.ConceptEdit(v))
}

// showConceptHistory lists a concept's versions.
func (h *Handler) showConceptHistory(c echo.Context) error {
	ctx := c.Request().Context()
	con, err := h.svc.Concept(ctx, c.Param("key"))
	if err != nil {
		return err
	}
	versions, err := h.svc.ConceptHistory(ctx, con.Key)
	if err != nil {
		return err
	}
	header := h.conceptHeader(c, con, "history")
	v := view.HistoryView{Nav: h.nav(c, view.TabLexicon), Concept: &header, CSRF: h.render.CSRF(c),
		Rows: h.historyRows(c, versions, con.Version, "/culture/lexicon/"+con.Key+"/revert/")}
	return h.render.Page(c, http.StatusOK, tr(c).T("culture.lexicon.title"), "culture", view.History(v))
}

// revertConcept restores a version of a concept as a new one.
func (h *Handler) revertConcept(c echo.Context) error {
	version, err := strconv.Atoi(c.Param("version"))
	if err != nil {
		return echo.ErrNotFound
	}
	con, err := h.svc.RevertConcept(c.Request().Context(), c.Param("key"), version)
	if err != nil {
		return err
	}
	h.render.Flash(c, "success", "culture.history.reverted", "Version", version)
	return seeOther(c, "/culture/lexicon/"+con.Key+"/history")
}
