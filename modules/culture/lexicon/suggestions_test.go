package lexicon

import (
	"slices"
	"testing"
)

// TestSuggestionsAreTheCallersOwn edits the suggestions of every finding and
// checks the same text again: findings whose suggestions come straight from
// the compiled data (slang, offensive words) must hand out copies, and the
// address findings' suggestions, cut from one array, must not overlap.
func TestSuggestionsAreTheCallersOwn(t *testing.T) {
	e := seedEngine(t)
	tests := []struct {
		name string
		text string
		opts CheckOptions
	}{
		{"slang", "¡Vale! Vale, nos vemos. ¡Vale!", CheckOptions{Country: "CO", Formality: FormalityTu}},
		{"vocabulary and address", "Usted puede pagar desde su móvil. Compre su móvil y pague con su tarjeta.",
			CheckOptions{Country: "MX", Formality: FormalityTu}},
		{"vosotros", "Os esperamos: comprad ya y participáis.", CheckOptions{Country: "MX", Formality: FormalityUsted}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := e.Check(tt.text, tt.opts)
			want := make([][]string, len(first))
			edited := 0
			for i, f := range first {
				want[i] = slices.Clone(f.Suggestions)
				if len(f.Suggestions) > 0 {
					f.Suggestions[0] = "edited"
					edited++
				}
				first[i].Suggestions = append(f.Suggestions, "appended")
			}
			if edited == 0 {
				t.Fatalf("no finding with suggestions in %q", tt.text)
			}
			for i, f := range first {
				if len(f.Suggestions) > 0 && f.Suggestions[len(f.Suggestions)-1] != "appended" {
					t.Errorf("finding %d: another finding's append changed its suggestions to %q", i, f.Suggestions)
				}
			}
			again := e.Check(tt.text, tt.opts)
			if len(again) != len(want) {
				t.Fatalf("second check: %d findings, first %d", len(again), len(want))
			}
			for i, f := range again {
				if !slices.Equal(f.Suggestions, want[i]) {
					t.Errorf("finding %d: suggestions %q after editing the first check's, want %q", i, f.Suggestions, want[i])
				}
			}
		})
	}
}
