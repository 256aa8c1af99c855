package lexicon

import (
	"slices"
	"testing"
)

func TestRewriterReportsChangesAgainstTheOriginal(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		rounds  [][]edit
		want    string
		changes []Change
	}{
		{"one replacement", "el carro nuevo", [][]edit{{{start: 3, end: 8, to: "auto", rule: "a"}}},
			"el auto nuevo", []Change{{3, 8, "carro", "auto", "a"}}},
		{"a later round rewrites an earlier change", "el carro nuevo",
			[][]edit{{{start: 3, end: 8, to: "auto", rule: "a"}}, {{start: 3, end: 7, to: "AUTO", rule: "b"}}},
			"el AUTO nuevo", []Change{{3, 8, "carro", "AUTO", "a"}}},
		{"a later edit straddles a change and untouched text", "el carro nuevo",
			[][]edit{{{start: 3, end: 8, to: "auto", rule: "a"}}, {{start: 5, end: 12, to: "X", rule: "b"}}},
			"el auXo", []Change{{3, 13, "carro nuev", "auX", "a"}}},
		{"insertions, deletions and overlaps", "abcdef",
			[][]edit{{{start: 1, end: 1, to: "+", rule: "i"}, {start: 2, end: 4, to: "", rule: "d"}, {start: 3, end: 5, to: "!", rule: "x"}, {start: 6, end: 6, to: "$", rule: "e"}}},
			"a+bef$", []Change{{1, 1, "", "+", "i"}, {2, 4, "cd", "", "d"}, {6, 6, "", "$", "e"}}},
		{"code points, not bytes", "ñandú café", [][]edit{{{start: 6, end: 10, to: "té", rule: "a"}}},
			"ñandú té", []Change{{6, 10, "café", "té", "a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRewriter(tt.text)
			for _, round := range tt.rounds {
				r.apply(round)
			}
			if got := r.text(); got != tt.want {
				t.Fatalf("text %q, want %q", got, tt.want)
			}
			if got := r.changes(); !slices.Equal(got, tt.changes) {
				t.Fatalf("changes %+v, want %+v", got, tt.changes)
			}
			assertChangesRebuild(t, tt.text, tt.want, r.changes())
		})
	}
}
