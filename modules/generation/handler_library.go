package generation

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/templates/components"
	views "github.com/frontierhq/frontier/templates/generation"
)

// canWrite reports whether the current user may change content: the library hides the buttons
// of those who may not (the routes refuse them anyway).
func (h *Handler) canWrite(c echo.Context) bool { return h.can(c, "content", "write") }

// can reports whether the current user may act on an object in the current workspace.
func (h *Handler) can(c echo.Context, object, action string) bool {
	a := current(c)
	ok, err := h.access(c.Request().Context(), a.UserID, a.WorkspaceID, object, action)
	return err == nil && ok
}

// showLibrary is GET /library.
func (h *Handler) showLibrary(c echo.Context) error {
	f, err := filterFromQuery(c)
	if err != nil {
		return err
	}
	if f.Limit == 0 {
		f.Limit = 20
	}
	ctx := c.Request().Context()
	items, total, err := h.svc.Contents(ctx, current(c).WorkspaceID, f)
	if err != nil {
		return err
	}
	t := tr(c)
	any := components.Option{Value: "", Label: t.T("generation.library.any")}
	v := views.LibraryView{Query: f.Query, From: c.QueryParam("from"), To: c.QueryParam("to"), Total: total, CanWrite: h.canWrite(c), CSRF: h.render.CSRF(c),
		Country: components.SelectInput{Name: "country", Label: t.T("generation.field.country"), Options: h.countryOptions(ctx, f.Country, true)},
		Type: components.SelectInput{Name: "content_type", Label: t.T("generation.field.type"),
			Options: append([]components.Option{any}, options(contenttype.Types(), f.ContentType, func(v string) string { return t.T(contenttype.TypeLabelID(v)) })...)},
		Provider: components.SelectInput{Name: "provider", Label: t.T("generation.library.provider"),
			Options: append([]components.Option{any}, options(append(ProviderNames(), llm.ProviderBuiltin), f.Provider, func(v string) string { return providerLabel(t, v) })...)},
		MinRating: components.SelectInput{Name: "min_rating", Label: t.T("generation.library.rating"),
			Options: append([]components.Option{any}, options([]string{"5", "4", "3", "2", "1"}, strconv.Itoa(f.MinRating), func(v string) string { return t.T("generation.library.min_rating", "N", v) })...)},
	}
	for _, it := range items {
		row := views.LibraryRow{ID: it.ID, Excerpt: excerpt(it.Text, 120), Country: it.Brief.Country, Type: t.T(contenttype.TypeLabelID(it.Brief.ContentType)),
			Provider: providerLabel(t, it.Provider), Created: t.DateTime(it.CreatedAt), Score: it.Score, ScoreClass: scoreClass(it.Score), Rating: "—"}
		if it.Rating != nil {
			row.Rating = strings.Repeat("★", *it.Rating) + strings.Repeat("☆", 5-*it.Rating)
		}
		v.Items = append(v.Items, row)
	}
	if total > 0 {
		v.PageInfo = t.T("generation.library.page_info", "From", f.Offset+1, "To", f.Offset+len(items), "Total", total)
	}
	page := func(offset int) string {
		q := c.QueryParams()
		q.Set("offset", strconv.Itoa(offset))
		return "/library?" + q.Encode()
	}
	if f.Offset > 0 {
		v.Prev = page(max(f.Offset-f.Limit, 0))
	}
	if int64(f.Offset+len(items)) < total {
		v.Next = page(f.Offset + f.Limit)
	}
	return h.render.Page(c, http.StatusOK, t.T("generation.page.library"), "library", views.Library(v))
}

func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// showContent is GET /library/:id.
func (h *Handler) showContent(c echo.Context) error {
	return h.renderContent(c, http.StatusOK, nil)
}

func (h *Handler) renderContent(c echo.Context, status int, errs map[string]string) error {
	ctx := c.Request().Context()
	ws := current(c).WorkspaceID
	content, err := h.svc.Content(ctx, ws, c.Param("id"))
	if err != nil {
		return err
	}
	feedback, err := h.svc.Feedback(ctx, ws, content.ID)
	if err != nil {
		return err
	}
	attempts, err := h.svc.Attempts(ctx, ws, content.ID)
	if err != nil {
		return err
	}
	t := tr(c)
	csrf := h.render.CSRF(c)
	b := content.Brief
	v := views.ContentView{CSRF: csrf, ID: content.ID, FinalText: content.Text, Edited: content.Status == StatusEdited,
		Result: h.resultView(t, csrf, content), CanWrite: h.canWrite(c), Errors: errs,
		Title: t.T(contenttype.TypeLabelID(b.ContentType)) + " · " + b.Country}
	v.Brief = []views.MetaItem{{Label: t.T("generation.field.prompt"), Value: b.Prompt}, {Label: t.T("generation.field.type"), Value: v.Title}}
	for _, kv := range [][2]string{{"generation.field.product", b.Product}, {"generation.field.audience", b.Audience}, {"generation.field.benefit", b.Benefit},
		{"generation.field.offer", b.Offer}, {"generation.field.cta", b.CTA}} {
		if kv[1] != "" {
			v.Brief = append(v.Brief, views.MetaItem{Label: t.T(kv[0]), Value: kv[1]})
		}
	}
	v.Meta = h.resultView(t, csrf, content).Meta
	v.Meta = append(v.Meta, views.MetaItem{Label: t.T("generation.library.created"), Value: t.DateTime(content.CreatedAt)})
	for _, f := range feedback {
		v.Feedback = append(v.Feedback, views.FeedbackRow{Stars: strings.Repeat("★", f.Rating) + strings.Repeat("☆", 5-f.Rating), Comment: f.Comment,
			When: t.DateTime(f.CreatedAt)})
	}
	for _, a := range attempts {
		v.Attempts = append(v.Attempts, views.AttemptRow{Provider: providerLabel(t, a.Provider), Model: a.Model, Latency: fmt.Sprintf("%d ms", a.LatencyMS),
			Tokens: fmt.Sprintf("%d / %d", a.TokensIn, a.TokensOut), Cost: fmt.Sprintf("US$ %.4f", a.CostUSD), Error: a.Error})
	}
	return h.render.Page(c, status, v.Title, "library", views.Content(v))
}

// editContent is POST /library/:id/edit: save the final version.
func (h *Handler) editContent(c echo.Context) error {
	err := h.svc.Edit(c.Request().Context(), caller(c), c.Param("id"), c.FormValue("text"))
	if err != nil {
		errs, ferr := fieldErrors(c, err)
		if ferr != nil {
			return ferr
		}
		return h.renderContent(c, http.StatusUnprocessableEntity, errs)
	}
	h.render.Flash(c, "success", "generation.content.saved")
	return seeOther(c, "/library/"+url.PathEscape(c.Param("id")))
}

// rateContent is POST /library/:id/rate.
func (h *Handler) rateContent(c echo.Context) error {
	rating, _ := strconv.Atoi(c.FormValue("rating"))
	_, err := h.svc.Rate(c.Request().Context(), caller(c), c.Param("id"), rating, c.FormValue("comment"))
	htmx := c.Request().Header.Get("HX-Request") != ""
	if err != nil {
		if _, ok := apperr.AsValidation(err); !ok {
			return err
		}
		errs, _ := fieldErrors(c, err)
		msg := errs["rating"] + " " + errs["comment"]
		if htmx {
			return views.RateForm(h.render.CSRF(c), c.Param("id"), strings.TrimSpace(msg)).Render(c.Request().Context(), c.Response())
		}
		return h.renderContent(c, http.StatusUnprocessableEntity, errs)
	}
	if htmx {
		return views.Rated(tr(c).T("generation.rate.thanks")).Render(c.Request().Context(), c.Response())
	}
	h.render.Flash(c, "success", "generation.rate.thanks")
	return seeOther(c, "/library/"+url.PathEscape(c.Param("id")))
}

// deleteContent is POST /library/:id/delete.
func (h *Handler) deleteContent(c echo.Context) error {
	if err := h.svc.Delete(c.Request().Context(), caller(c), c.Param("id")); err != nil {
		return err
	}
	h.render.Flash(c, "success", "generation.content.deleted")
	return seeOther(c, "/library")
}
