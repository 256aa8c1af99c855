package culture_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/app/apptest"
)

// call sends a JSON request with a bearer token and an Accept-Language, and decodes the answer.
func call(t *testing.T, s *apptest.Server, method, path, token, lang string, in, out any) *http.Response {
	t.Helper()
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = strings.NewReader(string(b))
	}
	req, _ := http.NewRequest(method, s.URL+path, body)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	if lang != "" {
		req.Header.Set("Accept-Language", lang)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s %s: %d %q: %v", method, path, res.StatusCode, raw, err)
		}
	}
	return res
}

type finding struct {
	Rule, Severity, Excerpt, Message string
	Start, End                       int
	Suggestions                      []string
}

type problem struct {
	Type, Title string
	Status      int
	Errors      map[string]string
}

func TestCultureAPI(t *testing.T) {
	s := apptest.Start(t, nil)
	token := s.Token(apptest.AdminEmail, apptest.AdminPassword, "")

	t.Run("check finds foreign words with code-point offsets and localized messages", func(t *testing.T) {
		text := "¡Ñandú! Compra tu móvil con envío gratis."
		for _, lang := range []string{"es", "en"} {
			var out struct{ Findings []finding }
			res := call(t, s, http.MethodPost, "/api/v1/culture/check", token, lang, map[string]string{"text": text, "country": "MX"}, &out)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			var mobile *finding
			for i := range out.Findings {
				if out.Findings[i].Excerpt == "móvil" {
					mobile = &out.Findings[i]
				}
			}
			if mobile == nil {
				t.Fatalf("%s: no finding for móvil: %+v", lang, out.Findings)
			}
			runes := []rune(text)
			if string(runes[mobile.Start:mobile.End]) != "móvil" || mobile.Rule != "vocabulary.variant" || mobile.Severity == "" {
				t.Errorf("finding = %+v", mobile)
			}
			if len(mobile.Suggestions) == 0 || mobile.Suggestions[0] != "celular" {
				t.Errorf("suggestions = %v", mobile.Suggestions)
			}
			wantCountry := map[string]string{"es": "México", "en": "Mexico"}[lang]
			if !strings.Contains(mobile.Message, wantCountry) || strings.HasPrefix(mobile.Message, "culture.") {
				t.Errorf("%s message = %q", lang, mobile.Message)
			}
		}
	})

	t.Run("without Accept-Language messages follow the user's language", func(t *testing.T) {
		b := s.Browser()
		b.Login(apptest.AdminEmail, apptest.AdminPassword)
		if res, _ := b.Post("/account/language", url.Values{"language": {"pt-BR"}}); res.StatusCode >= 400 {
			t.Fatalf("language change: %d", res.StatusCode)
		}
		defer b.Post("/account/language", url.Values{"language": {"es"}})
		for lang, want := range map[string]string{"": "Espanha", "en": "Spain"} {
			var out struct{ Findings []finding }
			call(t, s, http.MethodPost, "/api/v1/culture/check", token, lang, map[string]string{"text": "Compra un celular nuevo.", "country": "ES"}, &out)
			if len(out.Findings) == 0 || !strings.Contains(out.Findings[0].Message, want) {
				t.Errorf("Accept-Language %q: findings %+v, want a message naming %s", lang, out.Findings, want)
			}
		}
	})

	t.Run("check without findings answers an empty list", func(t *testing.T) {
		var raw map[string]json.RawMessage
		call(t, s, http.MethodPost, "/api/v1/culture/check", token, "es", map[string]string{"text": "Hola, buen día.", "country": "CO", "formality": "usted"}, &raw)
		if string(raw["findings"]) != "[]" {
			t.Errorf("findings = %s", raw["findings"])
		}
	})

	t.Run("adapt returns every change with offsets into the input", func(t *testing.T) {
		text := "Coge el móvil y aparca el coche, tío."
		var out struct {
			Text    string
			Changes []struct {
				Start, End     int
				From, To, Rule string
			}
		}
		res := call(t, s, http.MethodPost, "/api/v1/culture/adapt", token, "es", map[string]string{"text": text, "to_country": "AR", "from_country": "ES"}, &out)
		if res.StatusCode != http.StatusOK || len(out.Changes) == 0 || out.Text == text {
			t.Fatalf("status %d, %+v", res.StatusCode, out)
		}
		runes := []rune(text)
		for _, c := range out.Changes {
			if string(runes[c.Start:c.End]) != c.From || c.Rule == "" {
				t.Errorf("change %+v does not match the input", c)
			}
		}
		if !strings.Contains(out.Text, "celular") {
			t.Errorf("adapted text = %q", out.Text)
		}
	})

	t.Run("validation errors are 422 problems in the caller's language", func(t *testing.T) {
		tests := []struct {
			method, path, lang string
			body               any
			field, want        string
		}{
			{http.MethodPost, "/api/v1/culture/check", "es", map[string]string{"text": "", "country": "MX"}, "text", "obligatorio"},
			{http.MethodPost, "/api/v1/culture/check", "en", map[string]string{"text": "", "country": "MX"}, "text", "required"},
			{http.MethodPost, "/api/v1/culture/check", "en", map[string]string{"text": strings.Repeat("á", 50_001), "country": "MX"}, "text", "50000"},
			{http.MethodPost, "/api/v1/culture/check", "pt-BR", map[string]string{"text": "oi", "country": "FR"}, "country", "não é um dos mercados"},
			{http.MethodPost, "/api/v1/culture/check", "en", map[string]string{"text": "hola", "country": "AR", "formality": "vosotros"}, "formality", "one of"},
			{http.MethodPost, "/api/v1/culture/adapt", "es", map[string]string{"text": "hola"}, "to_country", "obligatorio"},
			{http.MethodGet, "/api/v1/culture/calendar?country=AR&from=2027-13-01", "en", nil, "from", "YYYY-MM-DD"},
			{http.MethodGet, "/api/v1/culture/calendar?country=AR&from=2027-12-31&to=2027-01-01", "es", nil, "to", "anterior"},
			{http.MethodGet, "/api/v1/culture/calendar?country=XX&from=2027-01-01&to=2027-01-31", "en", nil, "country", "not one of"},
		}
		for _, tt := range tests {
			var p problem
			res := call(t, s, tt.method, tt.path, token, tt.lang, tt.body, &p)
			if res.StatusCode != http.StatusUnprocessableEntity || res.Header.Get("Content-Type") != "application/problem+json" {
				t.Errorf("%s %s: status %d, %s", tt.method, tt.path, res.StatusCode, res.Header.Get("Content-Type"))
				continue
			}
			if !strings.Contains(p.Errors[tt.field], tt.want) {
				t.Errorf("%s %s (%s): errors = %v, want %q on %s", tt.method, tt.path, tt.lang, p.Errors, tt.want, tt.field)
			}
		}
	})

	t.Run("profiles list and detail", func(t *testing.T) {
		var list struct {
			Profiles []struct {
				Country         string
				LanguageVariant string `json:"language_variant"`
				Version         int
			}
		}
		call(t, s, http.MethodGet, "/api/v1/culture/profiles", token, "es", nil, &list)
		if len(list.Profiles) != 22 {
			t.Errorf("%d profiles", len(list.Profiles))
		}
		for _, p := range list.Profiles {
			if p.Country == "" || p.LanguageVariant == "" || p.Version != 1 {
				t.Errorf("profile in the list = %+v", p)
			}
		}
		var ar struct {
			Country         string
			LanguageVariant string `json:"language_variant"`
			Address         struct{ Default string }
			Formats         struct {
				PriceExample string `json:"price_example"`
			}
			CommercialDates []string `json:"commercial_dates"`
			Version         int
		}
		res := call(t, s, http.MethodGet, "/api/v1/culture/profiles/ar", token, "es", nil, &ar)
		if res.StatusCode != http.StatusOK || ar.Country != "AR" || ar.LanguageVariant != "es-AR" || ar.Address.Default != "vos" ||
			ar.Formats.PriceExample == "" || len(ar.CommercialDates) == 0 || ar.Version != 1 {
			t.Errorf("AR = %d %+v", res.StatusCode, ar)
		}
		var p problem
		res = call(t, s, http.MethodGet, "/api/v1/culture/profiles/ZZ", token, "en", nil, &p)
		if res.StatusCode != http.StatusNotFound || p.Status != http.StatusNotFound || res.Header.Get("Content-Type") != "application/problem+json" {
			t.Errorf("unknown country: %d %+v", res.StatusCode, p)
		}
	})

	t.Run("calendar 2027 for Argentina and Colombia", func(t *testing.T) {
		// Holidays of 2027 as the official rules give them: Argentina's Ley 27.399 moves
		// 12 October (a Tuesday) to Monday 11; Colombia's Ley Emiliani moves Epiphany, Saint
		// Joseph, Ascension, Corpus Christi and Sacred Heart to Mondays.
		want := map[string][]string{
			"AR": {"2027-02-08", "2027-02-09", "2027-03-24", "2027-03-26", "2027-04-02", "2027-05-25", "2027-06-20", "2027-07-09", "2027-08-16", "2027-10-11", "2027-12-08", "2027-12-25"},
			"CO": {"2027-01-11", "2027-03-22", "2027-03-25", "2027-03-26", "2027-05-10", "2027-05-31", "2027-06-07", "2027-07-05", "2027-07-20", "2027-08-07", "2027-08-16", "2027-10-18", "2027-11-01", "2027-11-15"},
		}
		for country, dates := range want {
			var out struct {
				Events []struct{ Date, Until, Name, Kind string }
			}
			res := call(t, s, http.MethodGet, "/api/v1/culture/calendar?country="+country+"&from=2027-01-01&to=2027-12-31", token, "es", nil, &out)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s: status %d", country, res.StatusCode)
			}
			holidays := map[string]bool{}
			commercial := 0
			for _, e := range out.Events {
				if e.Until < "2027-01-01" || e.Date > "2027-12-31" || e.Name == "" {
					t.Errorf("%s: event outside the range or unnamed: %+v", country, e)
				}
				switch e.Kind {
				case "holiday":
					holidays[e.Date] = true
				case "commercial":
					commercial++
				}
			}
			for _, d := range dates {
				if !holidays[d] {
					t.Errorf("%s: no holiday on %s", country, d)
				}
			}
			if commercial == 0 {
				t.Errorf("%s: no commercial dates in 2027", country)
			}
		}
	})

	t.Run("an unknown token is refused", func(t *testing.T) {
		var p problem
		if res := call(t, s, http.MethodPost, "/api/v1/culture/check", "not-a-token", "en", map[string]string{"text": "x", "country": "MX"}, &p); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("bad token: %d", res.StatusCode)
		}
	})
}
