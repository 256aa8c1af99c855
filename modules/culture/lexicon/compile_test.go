package lexicon

import (
	"errors"
	"testing"
)

func TestSeedCompiles(t *testing.T) {
	data, err := Seed()
	if err != nil {
		t.Fatal(err)
	}
	if len(data.Concepts) < 300 {
		t.Errorf("seed has %d concepts, want at least 300", len(data.Concepts))
	}
	domains := map[string]int{}
	for _, c := range data.Concepts {
		domains[c.Domain]++
	}
	for _, d := range []string{"retail", "food", "finance", "telecom", "transport", "fashion", "home", "tech"} {
		if domains[d] == 0 {
			t.Errorf("no concept in domain %s", d)
		}
	}
	m, err := Compile(data)
	if err != nil {
		t.Fatal(err)
	}
	if m.Version() != SeedVersion {
		t.Errorf("version %q, want %q", m.Version(), SeedVersion)
	}
}

func TestCompileRejectsInvalidData(t *testing.T) {
	word := func(text string) []Term { return []Term{{Text: text, Gender: "m"}} }
	tests := []struct {
		name string
		data Data
	}{
		{"concept without key", Data{Concepts: []Concept{{Words: map[string][]Term{"es-ES": word("coche")}}}}},
		{"duplicate concept", Data{Concepts: []Concept{
			{Key: "car", Words: map[string][]Term{"es-ES": word("coche")}},
			{Key: "car", Words: map[string][]Term{"es-AR": word("auto")}}}}},
		{"unknown locale", Data{Concepts: []Concept{{Key: "car", Words: map[string][]Term{"es-XX": word("coche")}}}}},
		{"language of another country", Data{Concepts: []Concept{{Key: "car", Words: map[string][]Term{"pt-AR": word("carro")}}}}},
		{"empty word", Data{Concepts: []Concept{{Key: "car", Words: map[string][]Term{"es-ES": word(" ")}}}}},
		{"bad gender", Data{Concepts: []Concept{{Key: "car", Words: map[string][]Term{"es-ES": {{Text: "coche", Gender: "x"}}}}}}},
		{"spain-only outside Spain", Data{Concepts: []Concept{{Key: "car", Words: map[string][]Term{"es-MX": {{Text: "carro", SpainOnly: true}}}}}}},
		{"aligned forms of different lengths", Data{Concepts: []Concept{{Key: "x", AlignedForms: true, Words: map[string][]Term{
			"es-ES": {{Text: "a"}, {Text: "b"}}, "es-419": {{Text: "c"}}}}}}},
		{"sensitive term without country", Data{Sensitive: []SensitiveTerm{{Term: "coger", Severity: "high"}}}},
		{"sensitive term with bad severity", Data{Sensitive: []SensitiveTerm{{Term: "coger", OffensiveIn: []string{"AR"}, Severity: "extreme"}}}},
		{"slang without forms", Data{Slang: []SlangTerm{{}}}},
		{"slang replacement for another word", Data{Slang: []SlangTerm{{Forms: []string{"guay"}, Replacements: map[string]string{"mola": "encanta"}}}}},
		{"regular verb that is not an infinitive", Data{Grammar: Grammar{RegularVerbs: []string{"comprando"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Compile(tt.data); !errors.Is(err, ErrInvalidData) {
				t.Errorf("Compile: got %v, want ErrInvalidData", err)
			}
		})
	}
}

func TestCompiledDataDrivesTheChecker(t *testing.T) {
	// An admin-edited lexicon: the DB copy replaces the seed.
	data := Data{
		Version: "edited-1",
		Concepts: []Concept{{Key: "soda", Domain: "food", Words: map[string][]Term{
			"es-MX": {{Text: "refresco", Gender: "m"}},
			"es-AR": {{Text: "gaseosa", Gender: "f"}},
		}}},
	}
	m, err := Compile(data)
	if err != nil {
		t.Fatal(err)
	}
	findings := m.Check("Un refresco frío.", CheckOptions{Country: "AR"})
	if len(findings) != 1 || findings[0].Excerpt != "refresco" || findings[0].Suggestions[0] != "gaseosa" {
		t.Fatalf("findings %+v", findings)
	}
	got, _ := m.Adapt("Un refresco frío.", AdaptOptions{From: "MX", To: "AR"})
	if got != "Una gaseosa fría." {
		t.Errorf("Adapt: %q", got)
	}
	if f := m.Check("Un refresco frío.", CheckOptions{Country: "CL"}); len(f) != 0 {
		t.Errorf("no opinion for Chile, got %+v", f)
	}
}
