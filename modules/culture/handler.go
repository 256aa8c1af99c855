package culture

import (
	"log/slog"
	"net/http"
	"slices"
	"strings"

	"github.com/a-h/templ"
	"github.com/labstack/echo/v4"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/locales"
)

// Renderer draws pages inside the app's shell; the app implements it.
type Renderer interface {
	Page(c echo.Context, status int, title, active string, body templ.Component) error
	Flash(c echo.Context, kind, messageID string, kv ...any)
	CSRF(c echo.Context) string
}

// Permissions answers whether the caller may do something; the auth service implements it.
type Permissions interface {
	Allowed(userID, workspaceID, obj, act string) bool
}

// Translators gives the translator of a UI language; the locales catalog implements it.
type Translators interface {
	Translator(code string) *locales.Translator
}

// Handler serves the culture module's pages and API.
type Handler struct {
	svc         *Service
	render      Renderer
	perms       Permissions
	translators Translators
	log         *slog.Logger
}

// NewHandler wires the handlers.
func NewHandler(svc *Service, render Renderer, perms Permissions, translators Translators, log *slog.Logger) *Handler {
	return &Handler{svc: svc, render: render, perms: perms, translators: translators, log: log}
}

func tr(c echo.Context) *locales.Translator {
	return locales.FromContext(c.Request().Context())
}

// may reports whether the caller has a culture permission ("read", "use", "manage").
func (h *Handler) may(c echo.Context, action string) bool {
	a, ok := actor.From(c.Request().Context())
	return ok && h.perms.Allowed(a.UserID, a.WorkspaceID, "culture", action)
}

// apiTranslator speaks the language the request asks for, or else the user's own.
func (h *Handler) apiTranslator(c echo.Context) *locales.Translator {
	if c.Request().Header.Get("Accept-Language") == "" {
		if a, ok := actor.From(c.Request().Context()); ok && a.Language != "" {
			return h.translators.Translator(a.Language)
		}
	}
	return tr(c)
}

// fieldErrors translates a validation error for a form; other errors are returned as they are.
func fieldErrors(c echo.Context, err error) (map[string]string, string, error) {
	v, ok := apperr.AsValidation(err)
	if !ok {
		return nil, "", err
	}
	t := tr(c)
	out := make(map[string]string, len(v.Fields))
	for f, m := range v.Fields {
		out[f] = t.TMap(m.ID, m.Args)
	}
	detail := ""
	if v.Detail != nil {
		detail = t.TMap(v.Detail.ID, v.Detail.Args)
	}
	return out, detail, nil
}

// countryName is a country's name in the UI language.
func countryName(t *locales.Translator, code string) string {
	region, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if name := display.Regions(language.Make(t.Lang())).Name(region); name != "" {
		return name
	}
	return code
}

// flag turns an ISO 3166 alpha-2 code into its emoji flag.
func flag(code string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(code) {
		if r < 'A' || r > 'Z' {
			return ""
		}
		b.WriteRune(0x1F1E6 + (r - 'A'))
	}
	return b.String()
}

// formalityName is a form of address in the UI language.
func formalityName(t *locales.Translator, f string) string {
	if f == "" {
		return t.T("culture.formality.default")
	}
	return t.T("culture.formality." + f)
}

// message localizes a finding, naming the country and the forms of address in the UI language.
func message(t *locales.Translator, f Finding) string {
	args := make(map[string]any, len(f.MessageArgs))
	for k, v := range f.MessageArgs {
		args[k] = v
	}
	if code, ok := args["Country"].(string); ok {
		args["Country"] = countryName(t, code)
	}
	for _, k := range []string{"Found", "Expected"} {
		if s, ok := args[k].(string); ok && s != "" {
			args[k] = formalityName(t, s)
		}
	}
	return t.TMap(f.MessageID, args)
}

func seeOther(c echo.Context, path string) error {
	if c.Request().Header.Get("HX-Request") != "" {
		c.Response().Header().Set("HX-Redirect", path)
		return c.NoContent(http.StatusNoContent)
	}
	return c.Redirect(http.StatusSeeOther, path)
}

// byName sorts profiles by their country name in the UI language, as a person looks them up.
func byName(t *locales.Translator, profiles []StoredProfile) []StoredProfile {
	out := slices.Clone(profiles)
	c := collate.New(language.Make(t.Lang()), collate.Loose)
	slices.SortFunc(out, func(a, b StoredProfile) int {
		return c.CompareString(countryName(t, a.Country), countryName(t, b.Country))
	})
	return out
}

// profileFormality names a profile's form of address; Brazilian Portuguese writes "você" for
// the informal register and "o senhor / a senhora" for the formal one.
func profileFormality(t *locales.Translator, p Profile, r string) string {
	if strings.HasPrefix(p.LanguageVariant, "pt-") && r != "" {
		return t.T("culture.formality.pt." + r)
	}
	return formalityName(t, r)
}
