package seed

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/modules/culture/calendar"
	"github.com/frontierhq/frontier/modules/culture/locale"
)

func TestProfilesAreCompleteAndConsistent(t *testing.T) {
	profiles, err := Profiles()
	if err != nil {
		t.Fatalf("Profiles: %v", err)
	}
	var codes []string
	for _, p := range profiles {
		codes = append(codes, p.Country)
	}
	if want := locale.Countries(); !slices.Equal(codes, want) {
		t.Fatalf("countries %v, want %v", codes, want)
	}
	for _, p := range profiles {
		t.Run(p.Country, func(t *testing.T) {
			if err := p.Validate(); err != nil {
				t.Error(err)
			}
			f, _ := locale.For(p.Country)
			if p.LanguageVariant != f.Locale || p.Formats.CurrencyCode != f.CurrencyCode ||
				p.Formats.DecimalSeparator != f.Decimal || p.Formats.PriceExample != f.Price(1234.5) {
				t.Errorf("formats %+v disagree with locale %+v", p.Formats, f)
			}
			for _, key := range []string{"mothers_day", "fathers_day", "christmas"} {
				if !slices.Contains(p.CommercialDates, key) {
					t.Errorf("commercial dates %v lack %s", p.CommercialDates, key)
				}
			}
			for _, key := range p.CommercialDates {
				if !slices.Contains(calendar.Keys(p.Country, calendar.KindCommercial), key) {
					t.Errorf("commercial date %s is not in the calendar", key)
				}
			}
			wantPlural := "ustedes"
			switch p.Country {
			case "ES":
				wantPlural = "vosotros"
			case "BR":
				wantPlural = "vocês"
			}
			if p.Address.Plural != wantPlural {
				t.Errorf("plural %q, want %q", p.Address.Plural, wantPlural)
			}
		})
	}
}

// TestFormsOfAddress pins the registers the culture issue asks for.
func TestFormsOfAddress(t *testing.T) {
	profiles, err := Profiles()
	if err != nil {
		t.Fatal(err)
	}
	byCountry := map[string]Profile{}
	for _, p := range profiles {
		byCountry[p.Country] = p
	}
	tests := []struct {
		country, channel string
		want             Register
	}{
		{"AR", "social", Vos}, {"AR", "ads", Vos}, {"AR", "email", Vos}, {"AR", "b2b", Usted},
		{"UY", "ads", Vos},
		{"CR", "email", Usted}, {"CR", "social", Vos},
		{"CO", "ads", Tu}, {"CO", "email", Usted}, {"CO", "b2b", Usted},
		{"CL", "ads", Tu}, {"CL", "email", Usted},
		{"MX", "ads", Tu}, {"MX", "b2b", Usted},
		{"NI", "social", Vos},
		{"ES", "ads", Tu},
	}
	for _, tt := range tests {
		if got := byCountry[tt.country].Address.For(tt.channel); got != tt.want {
			t.Errorf("%s %s: %s, want %s", tt.country, tt.channel, got, tt.want)
		}
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	profiles, err := Profiles()
	if err != nil {
		t.Fatal(err)
	}
	p := profiles[0]
	p.Country = "mx"
	p.CulturalTraits = []string{"ok", " "}
	p.Address.Default = "vosotros"
	p.Address.Channels = map[string]Register{"fax": Tu}
	p.CallingCode = "52"
	p.DataProtection.URL = "ftp://example"
	err = p.Validate()
	if err == nil {
		t.Fatal("Validate accepted a broken profile")
	}
	for _, field := range []string{"country", "cultural_traits", "address.default", "address.channels.fax", "calling_code", "data_protection.url"} {
		if !strings.Contains(err.Error(), field+":") {
			t.Errorf("error does not name %s: %v", field, err)
		}
	}
}

func TestProfilesReturnsFreshCopies(t *testing.T) {
	first, err := Profiles()
	if err != nil {
		t.Fatal(err)
	}
	first[0].CulturalTraits[0] = "changed"
	second, err := Profiles()
	if err != nil {
		t.Fatal(err)
	}
	if second[0].CulturalTraits[0] == "changed" {
		t.Error("Profiles shares state between calls")
	}
}

// TestMatchesReference checks calling codes, language variants and the data
// protection law names against the reference research when the shared
// folder sits beside the repository (as in CI).
func TestMatchesReference(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "reference", "latam-countries.json"))
	if err != nil {
		t.Skipf("reference file not available: %v", err)
	}
	var reference []struct {
		ISO2   string `json:"iso2"`
		Locale string `json:"locale"`
		Phone  struct {
			CallingCode string `json:"country_calling_code"`
		} `json:"phone"`
		Law *struct {
			Name *string `json:"name"`
		} `json:"data_protection_law"`
	}
	if err := json.Unmarshal(data, &reference); err != nil {
		t.Fatal(err)
	}
	profiles, err := Profiles()
	if err != nil {
		t.Fatal(err)
	}
	byCountry := map[string]Profile{}
	for _, p := range profiles {
		byCountry[p.Country] = p
	}
	for _, r := range reference {
		p, ok := byCountry[r.ISO2]
		if !ok {
			t.Errorf("%s: no profile", r.ISO2)
			continue
		}
		if p.CallingCode != r.Phone.CallingCode || p.LanguageVariant != r.Locale {
			t.Errorf("%s: calling code %s / %s, reference %s / %s", r.ISO2, p.CallingCode, p.LanguageVariant, r.Phone.CallingCode, r.Locale)
		}
		if r.Law != nil && r.Law.Name != nil && p.DataProtection.Comprehensive &&
			!strings.Contains(p.DataProtection.Name, strings.SplitN(*r.Law.Name, " (", 2)[0][:20]) {
			t.Errorf("%s: law %q, reference %q", r.ISO2, p.DataProtection.Name, *r.Law.Name)
		}
	}
}
