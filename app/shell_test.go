package app_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/frontierhq/frontier/app/apptest"
)

func TestHealthContract(t *testing.T) {
	s := apptest.Start(t, nil)
	var body struct {
		Status    string            `json:"status"`
		Timestamp string            `json:"timestamp"`
		Checks    map[string]string `json:"checks"`
	}
	res := s.API(http.MethodGet, "/api/v1/health", "", nil, &body)
	if res.StatusCode != http.StatusOK || body.Status != "healthy" || body.Checks["database"] != "ok" {
		t.Fatalf("health = %d %+v", res.StatusCode, body)
	}
	if _, err := time.Parse(time.RFC3339, body.Timestamp); err != nil {
		t.Errorf("timestamp %q is not RFC 3339", body.Timestamp)
	}
	for _, p := range []string{"/healthz", "/readyz"} {
		if res, _ := s.Browser().Get(p); res.StatusCode != http.StatusOK {
			t.Errorf("%s = %d", p, res.StatusCode)
		}
	}
}

func TestPagesSpeakTheChosenLanguage(t *testing.T) {
	s := apptest.Start(t, nil)
	titles := map[string]string{}
	for _, tc := range []struct{ accept, cookie, wantLang string }{
		{"es-MX,es;q=0.9", "", "es"},
		{"pt-BR,pt;q=0.9", "", "pt-BR"},
		{"en-US,en;q=0.9", "", "en"},
		{"pt-BR", "en", "en"}, // the user's choice in the cookie wins
	} {
		b := s.Browser()
		b.Lang = tc.accept
		if tc.cookie != "" {
			if res, _ := b.Get("/lang/" + tc.cookie + "?next=/login"); res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/login" {
				t.Fatalf("language switch: %d to %q", res.StatusCode, res.Header.Get("Location"))
			}
		}
		res, body := b.Get("/login")
		if res.StatusCode != http.StatusOK {
			t.Fatalf("login page: %d", res.StatusCode)
		}
		doc := apptest.Doc(t, body)
		if got, _ := doc.Find("html").Attr("lang"); got != tc.wantLang {
			t.Errorf("Accept-Language %q cookie %q: <html lang=%q>, want %q", tc.accept, tc.cookie, got, tc.wantLang)
		}
		titles[tc.wantLang] = doc.Find("h1").Text()
	}
	if titles["es"] == titles["pt-BR"] || titles["es"] == titles["en"] || titles["pt-BR"] == titles["en"] {
		t.Errorf("pages do not differ by language: %q", titles)
	}
}

func TestLanguageSwitchStaysOnSite(t *testing.T) {
	s := apptest.Start(t, nil)
	for _, next := range []string{"https://evil.example/", "//evil.example/", "/\\evil.example"} {
		res, _ := s.Browser().Get("/lang/en?next=" + next)
		if loc := res.Header.Get("Location"); loc != "/" {
			t.Errorf("next=%q redirected to %q", next, loc)
		}
	}
	if res, _ := s.Browser().Get("/lang/fr"); res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown language: %d", res.StatusCode)
	}
}

func TestSecurityHeadersAndStaticCaching(t *testing.T) {
	s := apptest.Start(t, nil)
	b := s.Browser()
	res, body := b.Get("/login")
	h := res.Header
	csp := h.Get("Content-Security-Policy")
	if !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP = %q", csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" || h.Get("X-Request-Id") == "" {
		t.Errorf("headers = %v", h)
	}
	doc := apptest.Doc(t, body)
	if doc.Find("script:not([src])").Length() != 0 {
		t.Error("inline script in the page; the CSP forbids it")
	}
	css, ok := doc.Find(`link[rel=stylesheet]`).Attr("href")
	if !ok || !strings.HasPrefix(css, "/static/app.") {
		t.Fatalf("stylesheet href = %q", css)
	}
	res, sheet := b.Get(css)
	if res.StatusCode != http.StatusOK || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("%s: %d, Cache-Control %q", css, res.StatusCode, res.Header.Get("Cache-Control"))
	}
	if strings.Contains(sheet, "url(/static/fonts/inter-latin-wght-normal.woff2)") {
		t.Error("stylesheet still names the unhashed font")
	}
}

func TestErrorsAreLocalized(t *testing.T) {
	s := apptest.Start(t, nil)
	b := s.Browser()
	b.Lang = "pt-BR"
	res, body := b.Get("/no/such/page")
	if res.StatusCode != http.StatusNotFound || !strings.Contains(body, "Página não encontrada") {
		t.Errorf("HTML 404 = %d, body lacks the Portuguese title", res.StatusCode)
	}
	req, _ := http.NewRequest(http.MethodGet, s.URL+"/api/v1/me", nil)
	b.Lang = "en"
	res, body = b.Do(req)
	if res.StatusCode != http.StatusUnauthorized || res.Header.Get("Content-Type") != "application/problem+json" {
		t.Fatalf("API 401 = %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	var p struct {
		Type, Title, Detail string
		Status              int
	}
	if err := json.Unmarshal([]byte(body), &p); err != nil || p.Status != 401 || p.Title != "Please sign in" || p.Detail == "" {
		t.Errorf("problem = %+v (%v)", p, err)
	}
}

func TestBodyLimitAndCompression(t *testing.T) {
	s := apptest.Start(t, nil)
	big := strings.Repeat("a", 3<<20)
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/api/v1/auth/token", strings.NewReader(`{"email":"`+big+`"}`))
	req.Header.Set("Content-Type", "application/json")
	res, body := s.Browser().Do(req)
	if res.StatusCode != http.StatusRequestEntityTooLarge || res.Header.Get("Content-Type") != "application/problem+json" {
		t.Errorf("3 MiB body: %d %q %s", res.StatusCode, res.Header.Get("Content-Type"), body[:min(len(body), 200)])
	}

	b := s.Browser()
	_, page := b.Get("/login")
	css, _ := apptest.Doc(t, page).Find(`link[rel=stylesheet]`).Attr("href")
	req, _ = http.NewRequest(http.MethodGet, s.URL+css, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("stylesheet not gzipped: %q", res.Header.Get("Content-Encoding"))
	}
}
