package app

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/locales"
	"github.com/frontierhq/frontier/templates/layout"
)

// pageMeta is what a handler says about its page; the renderer fills in the rest of the shell.
type pageMeta struct {
	Title  string // translated
	Active string // navigation section
	Bare   bool   // no navigation (sign-in)
}

// navItem is one main navigation section and the permission that shows it.
type navItem struct {
	id, object, action string
}

// navSections are the main navigation, in order; a section shows only to who may use it.
var navSections = []navItem{
	{"generate", "content", "write"},
	{"library", "content", "read"},
	{"culture", "culture", "read"},
	{"compliance", "compliance", "manage"},
	{"analytics", "analytics", "read"},
	{"admin", "users", "manage"},
}

const (
	flashKind    = "flash_kind"
	flashMessage = "flash_message"
)

// renderer is the app's implementation of the modules' Renderer interfaces.
type renderer struct{ a *App }

func (r renderer) Page(c echo.Context, status int, title, active string, body templ.Component) error {
	return r.a.render(c, status, pageMeta{Title: title, Active: active}, body)
}

func (r renderer) Bare(c echo.Context, status int, title string, body templ.Component) error {
	return r.a.render(c, status, pageMeta{Title: title, Bare: true}, body)
}

// Flash stores a translated one-time message, shown on the next page.
func (r renderer) Flash(c echo.Context, kind, messageID string, kv ...any) {
	r.a.sessions.Put(c, flashKind, kind)
	r.a.sessions.Put(c, flashMessage, r.a.translator(c).T(messageID, kv...))
}

// CSRF is the token forms must send back.
func (r renderer) CSRF(c echo.Context) string {
	s, _ := c.Get(csrfContextKey).(string)
	return s
}

// render writes a whole page, or only the body for an htmx request that swaps part of a page.
func (a *App) render(c echo.Context, status int, meta pageMeta, body templ.Component) error {
	ctx := c.Request().Context()
	var out templ.Component = body
	if c.Request().Header.Get("HX-Request") == "" || c.Request().Header.Get("HX-Boosted") != "" {
		shell := a.shell(c, meta)
		out = layout.Page(shell)
		if meta.Bare {
			out = layout.Bare(shell)
		}
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
		Lang:      tr.Lang(),
		Title:     meta.Title,
		Active:    meta.Active,
		CSRFToken: renderer{a}.CSRF(c),
		Assets: layout.Assets{
			CSS:  a.assets.URL("app.css"),
			HTMX: a.assets.URL("vendor/htmx.min.js"),
			SSE:  a.assets.URL("vendor/htmx-ext-sse.min.js"),
			App:  a.assets.URL("app.js"),
		},
	}
	here := c.Request().URL.RequestURI()
	for _, l := range locales.Languages() {
		s.Languages = append(s.Languages, layout.LangLink{
			Code: l.Code, Name: l.Name, Current: l.Code == tr.Lang(),
			Href: "/lang/" + l.Code + "?next=" + url.QueryEscape(here),
		})
	}
	who, ok := actor.From(c.Request().Context())
	if !ok {
		return s
	}
	s.User = &layout.User{Name: who.Name, Email: who.Email, IsAdmin: who.IsAdmin}
	for _, n := range navSections {
		if a.auth.Allowed(who.UserID, who.WorkspaceID, n.object, n.action) {
			s.Nav = append(s.Nav, layout.NavItem{ID: n.id, Label: tr.T("nav." + n.id), Href: "/" + n.id})
		}
	}
	if wss, err := a.auth.Workspaces(c.Request().Context(), who.UserID); err == nil {
		for _, w := range wss {
			lw := layout.Workspace{ID: w.ID, Name: w.Name, Role: string(w.Role), Current: w.ID == who.WorkspaceID,
				SwitchURL: "/workspaces/" + w.ID + "/switch"}
			s.Workspaces = append(s.Workspaces, lw)
			if lw.Current {
				s.Workspace = &lw
			}
		}
	}
	if kind := a.sessions.PopString(c, flashKind); kind != "" {
		s.Flash = &layout.Flash{Kind: kind, Message: a.sessions.PopString(c, flashMessage)}
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
