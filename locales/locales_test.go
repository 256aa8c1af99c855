package locales

import (
	"testing"
	"time"
)

func TestLoadIsComplete(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range Languages() {
		tr := c.Translator(l.Code)
		if got := tr.T("nav.generate"); got == "nav.generate" {
			t.Errorf("%s: nav.generate untranslated", l.Code)
		}
	}
	if es, pt := c.Translator("es").T("nav.generate"), c.Translator("pt-BR").T("nav.generate"); es == pt {
		t.Errorf("es and pt-BR render the same text %q", es)
	}
}

func TestTemplateData(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := c.Translator("en").T("error.request_id", "ID", "abc"), "Request ID: abc"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCheckCompleteReportsGaps(t *testing.T) {
	err := checkComplete(map[string]map[string]bool{
		"es":    {"a": true, "b": true},
		"pt-BR": {"a": true},
		"en":    {"a": true, "b": true},
	})
	if err == nil {
		t.Fatal("missing pt-BR translation of b not reported")
	}
}

func TestMatch(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		prefs []string
		want  string
	}{
		{[]string{"", "pt-BR,pt;q=0.9,en;q=0.8"}, "pt-BR"},
		{[]string{"", "pt-PT"}, "pt-BR"},
		{[]string{"", "es-AR,es;q=0.9"}, "es"},
		{[]string{"", "en-US,en;q=0.9"}, "en"},
		{[]string{"en", "es-MX"}, "en"},
		{[]string{"", "de-DE"}, "es"},
		{[]string{"", ""}, "es"},
		{[]string{"garbage;;", "fr"}, "es"},
	} {
		if got := c.Match(tc.prefs...); got != tc.want {
			t.Errorf("Match(%q) = %q, want %q", tc.prefs, got, tc.want)
		}
	}
}

func TestDates(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	d := time.Date(2027, time.May, 10, 15, 4, 0, 0, time.UTC)
	for lang, want := range map[string]string{"es": "10 may 2027, 15:04 UTC", "pt-BR": "10 de mai. de 2027, 15:04 UTC", "en": "May 10, 2027, 15:04 UTC"} {
		if got := c.Translator(lang).DateTime(d); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

func TestCountWithoutPluralForms(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// A message with one form still renders when Count is 1 (Spanish wants a "one" form then).
	if got := c.Translator("es").T("generation.content.attempts", "Count", 1); got == "generation.content.attempts" {
		t.Errorf("Count=1 rendered the id: %q", got)
	}
}
