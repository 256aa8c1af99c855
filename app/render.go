package app

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/locales"
	"github.com/frontierhq/frontier/templates/layout"
)

// pageMeta is what a handler says about its page; the renderer fills in the rest of the shell.
type pageMeta struct {
	Title  string // translated
	Active string // navigation section
}

// navSections are the main navigation, in order.
var navSections = []string{"generate", "library", "culture", "compliance", "analytics", "admin"}

// render writes a whole page, or only the body for an htmx request that swaps part of a page.
func (a *App) render(c echo.Context, status int, meta pageMeta, body templ.Component) error {
	ctx := c.Request().Context()
	var out templ.Component = body
	if c.Request().Header.Get("HX-Request") == "" || c.Request().Header.Get("HX-Boosted") != "" {
		out = layout.Page(a.shell(c, meta))
		ctx = templ.WithChildren(ctx, body)
	}
	var buf bytes.Buffer
	if err := out.Render(ctx, &buf); err != nil {
		return err
	}
	return c.HTMLBlob(status, buf.Bytes())
}

func (a *App) shell(c echo.Context, meta pageMeta) layout.Shell {
	tr := a.translator(c)
	s := layout.Shell{
		Lang:   tr.Lang(),
		Title:  meta.Title,
		Active: meta.Active,
		Assets: layout.Assets{
			CSS:  a.assets.URL("app.css"),
			HTMX: a.assets.URL("vendor/htmx.min.js"),
			SSE:  a.assets.URL("vendor/htmx-ext-sse.min.js"),
			App:  a.assets.URL("app.js"),
		},
	}
	for _, id := range navSections {
		s.Nav = append(s.Nav, layout.NavItem{ID: id, Label: tr.T("nav." + id), Href: "/" + id})
	}
	here := c.Request().URL.RequestURI()
	for _, l := range locales.Languages() {
		s.Languages = append(s.Languages, layout.LangLink{
			Code: l.Code, Name: l.Name, Current: l.Code == tr.Lang(),
			Href: "/lang/" + l.Code + "?next=" + url.QueryEscape(here),
		})
	}
	return s
}

// jsonEncode writes v as JSON without HTML escaping (copy often contains & and <).
func jsonEncode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeJSON answers an API request.
func writeJSON(c echo.Context, status int, v any) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMEApplicationJSON)
	c.Response().WriteHeader(status)
	return jsonEncode(c.Response(), v)
}
