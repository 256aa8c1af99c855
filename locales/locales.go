// Package locales holds Frontier's UI messages (go-i18n TOML files, one per area and language)
// and the Translator that pages, handlers and API errors use to speak the user's language.
package locales

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed *.toml
var files embed.FS

// Supported lists the UI languages, the first being the default.
var Supported = []language.Tag{language.Spanish, language.BrazilianPortuguese, language.English}

// Language is one UI language as the switcher shows it.
type Language struct {
	Code string // BCP 47: es, pt-BR, en
	Name string // in its own language
}

// Languages returns the UI languages in switcher order.
func Languages() []Language {
	return []Language{{"es", "Español"}, {"pt-BR", "Português"}, {"en", "English"}}
}

// Catalog is the loaded set of messages for every supported language.
type Catalog struct {
	bundle  *i18n.Bundle
	matcher language.Matcher
	byCode  map[string]*Translator
}

// Load parses every message file. It fails if a message exists in one language but not in
// another, so a missing translation is caught at start and in tests, not by a user.
func Load() (*Catalog, error) {
	bundle := i18n.NewBundle(language.Spanish)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	ids := map[string]map[string]bool{} // lang -> ids
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		return nil, fmt.Errorf("locales: %w", err)
	}
	for _, e := range entries {
		mf, err := bundle.LoadMessageFileFS(files, e.Name())
		if err != nil {
			return nil, fmt.Errorf("locales: %s: %w", e.Name(), err)
		}
		lang := mf.Tag.String()
		if ids[lang] == nil {
			ids[lang] = map[string]bool{}
		}
		for _, m := range mf.Messages {
			ids[lang][m.ID] = true
		}
	}
	if err := checkComplete(ids); err != nil {
		return nil, err
	}
	c := &Catalog{bundle: bundle, matcher: language.NewMatcher(Supported), byCode: map[string]*Translator{}}
	for _, l := range Languages() {
		c.byCode[l.Code] = &Translator{lang: l.Code, loc: i18n.NewLocalizer(bundle, l.Code)}
	}
	return c, nil
}

func checkComplete(ids map[string]map[string]bool) error {
	var missing []string
	for _, l := range Languages() {
		for other, set := range ids {
			for id := range set {
				if !ids[l.Code][id] {
					missing = append(missing, fmt.Sprintf("%s lacks %q (present in %s)", l.Code, id, other))
				}
			}
		}
	}
	if len(missing) > 0 {
		if len(missing) > 20 {
			missing = append(missing[:20], fmt.Sprintf("… and %d more", len(missing)-20))
		}
		return fmt.Errorf("locales: incomplete translations:\n  %s", strings.Join(missing, "\n  "))
	}
	return nil
}

// Translator returns the translator for a supported language code (es, pt-BR, en); unknown
// codes get the default language.
func (c *Catalog) Translator(code string) *Translator {
	if t, ok := c.byCode[code]; ok {
		return t
	}
	return c.byCode["es"]
}

// Match picks the best supported language for a cookie value or an Accept-Language header.
func (c *Catalog) Match(preferences ...string) string {
	for _, p := range preferences {
		if p == "" {
			continue
		}
		tags, _, err := language.ParseAcceptLanguage(p)
		if err != nil || len(tags) == 0 {
			continue
		}
		_, idx, conf := c.matcher.Match(tags...)
		if conf != language.No {
			return Languages()[idx].Code
		}
	}
	return "es"
}

// Translator renders message ids in one language.
type Translator struct {
	lang string
	loc  *i18n.Localizer
}

// Lang is the BCP 47 code of the language, for <html lang>.
func (t *Translator) Lang() string { return t.lang }

// T translates a message id. Arguments come in key/value pairs: T("x", "Name", n).
// A missing id renders as the id itself so a gap is visible but never breaks a page.
func (t *Translator) T(id string, kv ...any) string {
	return t.TMap(id, pairs(kv))
}

// TMap translates a message id with template data given as a map.
func (t *Translator) TMap(id string, data map[string]any) string {
	cfg := &i18n.LocalizeConfig{MessageID: id, TemplateData: data}
	if n, ok := data["Count"]; ok {
		// Messages with plural forms pick one by Count; a message with a single form is used as is.
		cfg.PluralCount = n
		if s, err := t.loc.Localize(cfg); err == nil {
			return s
		}
		cfg.PluralCount = nil
	}
	s, err := t.loc.Localize(cfg)
	if err != nil {
		return id
	}
	return s
}

// Has reports whether the id exists in this language.
func (t *Translator) Has(id string) bool {
	_, err := t.loc.Localize(&i18n.LocalizeConfig{MessageID: id})
	return err == nil
}

func pairs(kv []any) map[string]any {
	if len(kv) == 0 {
		return nil
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			m[k] = kv[i+1]
		}
	}
	return m
}

type ctxKey struct{}

// WithTranslator stores the request's translator in the context templ components receive.
func WithTranslator(ctx context.Context, t *Translator) context.Context {
	return context.WithValue(ctx, ctxKey{}, t)
}

// FromContext returns the request's translator, or nil outside a request.
func FromContext(ctx context.Context) *Translator {
	t, _ := ctx.Value(ctxKey{}).(*Translator)
	return t
}

// T translates id in the language stored in ctx. Templates call it as locales.T(ctx, "nav.generate").
func T(ctx context.Context, id string, kv ...any) string {
	if t := FromContext(ctx); t != nil {
		return t.T(id, kv...)
	}
	return id
}

// Date writes a calendar day as people read it in this language ("25 nov 2026", "Nov 25, 2026").
func (t *Translator) Date(d time.Time) string {
	return t.T("date.short", "Day", d.Day(), "Month", t.T("date.month."+strconv.Itoa(int(d.Month()))), "Year", d.Year())
}

// DateTime writes a moment, in UTC, as people read it in this language.
func (t *Translator) DateTime(d time.Time) string {
	d = d.UTC()
	return t.T("date.time", "Date", t.Date(d), "Time", d.Format("15:04"))
}
