package app_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/app"
	"github.com/frontierhq/frontier/app/apptest"
)

// messageID matches a go-i18n message id left in a page: a missing translation renders as its id.
var messageID = regexp.MustCompile(`\b(?:auth|culture|generation|contenttype|builtin|lexicon|nav|home|error|role|section|shell|upcoming|validation|date|common|admin)\.[a-z_]+(?:\.[a-z0-9_]+)*\b`)

// TestEveryPageIsTranslated opens every page (and a few with ids) in each language as the admin
// and fails on any message id shown instead of its text.
func TestEveryPageIsTranslated(t *testing.T) {
	s := apptest.Start(t, nil)
	token := s.Token(apptest.AdminEmail, apptest.AdminPassword, "")
	var made struct{ ID string }
	if res := s.API(http.MethodPost, "/api/v1/generate-content", token, map[string]any{"prompt": "Café de Huila con envío gratis",
		"content_type": "email", "target_country": "CO", "target_industry": "food", "tone": "professional", "length": 0}, &made); res.StatusCode != http.StatusOK {
		t.Fatalf("generate: %d", res.StatusCode)
	}
	paths := []string{"/library/" + made.ID, "/culture/profiles/AR", "/culture/profiles/BR/edit", "/culture/profiles/MX/history", "/no/such/page"}
	for _, r := range app.RouteList() {
		if r.Method == http.MethodGet && !r.API && !strings.Contains(r.Path, ":") && r.Path != "/healthz" && r.Path != "/readyz" {
			paths = append(paths, r.Path)
		}
	}
	for _, lang := range []string{"es", "pt-BR", "en"} {
		b := s.Browser()
		b.Lang = lang
		b.Login(apptest.AdminEmail, apptest.AdminPassword)
		b.Get("/lang/" + lang + "?next=/") // after login, which restores the user's own language
		for _, p := range paths {
			res, body := b.Get(p)
			if res.StatusCode >= 500 {
				t.Errorf("%s %s: %d", lang, p, res.StatusCode)
				continue
			}
			doc := apptest.Doc(t, body)
			if got, ok := doc.Find("html").Attr("lang"); res.StatusCode == http.StatusOK && strings.Contains(body, "<html") && (!ok || got != lang) {
				t.Errorf("%s %s: page in %q", lang, p, got)
			}
			text := doc.Find("body").Text()
			if ids := messageID.FindAllString(text, 5); len(ids) > 0 {
				i := strings.Index(text, ids[0])
				t.Errorf("%s %s shows message ids instead of text: %v (…%s…)", lang, p, ids, text[max(0, i-80):min(len(text), i+80)])
			}
		}
	}
}
