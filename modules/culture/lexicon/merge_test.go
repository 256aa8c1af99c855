package lexicon

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strconv"
	"testing"
)

// TestMergeFindingsIsStableSort checks the merge of the checkers' findings
// against a stable sort of their concatenation, the order Check promises,
// on sorted lists, unsorted lists and ties.
func TestMergeFindingsIsStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 500 {
		var lists [][]Finding
		var concat []Finding
		for k := range 3 {
			n := r.IntN(8)
			var l []Finding
			pos := 0
			for i := range n {
				if round%3 == 0 {
					pos = r.IntN(20) // unsorted, with ties
				} else {
					pos += r.IntN(3)
				}
				l = append(l, Finding{Start: pos, End: pos + r.IntN(4), Rule: strconv.Itoa(k) + "." + strconv.Itoa(i)})
			}
			lists = append(lists, l)
			concat = append(concat, l...)
		}
		want := append([]Finding(nil), concat...)
		sort.SliceStable(want, func(a, b int) bool {
			if want[a].Start != want[b].Start {
				return want[a].Start < want[b].Start
			}
			return want[a].End > want[b].End
		})
		got := mergeFindings(lists...)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: merge gives %v, stable sort %v", round, got, want)
		}
	}
}

// TestAcceptedByCodeMatchesMap checks the array index of accepted words
// against the map it copies.
func TestAcceptedByCodeMatchesMap(t *testing.T) {
	m := seedEngine(t).Lexicon()
	for _, country := range append(supportedCountries(), "US", "", "mx", "MEX", "M") {
		want := m.accepted[country]
		var got []bool
		if code, ok := countryCode(country); ok {
			got = m.acceptedByCode[code]
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: accepted nodes differ", country)
		}
	}
}

// TestMergeFindingsInPlace checks the merge into the spare capacity of the
// first list, the way Engine.Check calls it, against a stable sort.
func TestMergeFindingsInPlace(t *testing.T) {
	tests := []struct {
		name  string
		lists [][]Finding
	}{
		{"ties go to the earlier list", [][]Finding{
			{{Start: 1, End: 2, Rule: "a0"}, {Start: 4, End: 5, Rule: "a1"}},
			{{Start: 1, End: 2, Rule: "b0"}, {Start: 0, End: 9, Rule: "b1"}},
			{{Start: 4, End: 5, Rule: "c0"}},
		}},
		{"empty first list", [][]Finding{
			{},
			{{Start: 3, End: 4, Rule: "b0"}},
			{{Start: 2, End: 4, Rule: "c0"}, {Start: 2, End: 3, Rule: "c1"}},
		}},
		{"first list only", [][]Finding{
			{{Start: 0, End: 1, Rule: "a0"}, {Start: 0, End: 1, Rule: "a1"}},
			nil, nil,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var concat []Finding
			total := 0
			for _, l := range tt.lists {
				concat = append(concat, l...)
				total += len(l)
			}
			want := append([]Finding(nil), concat...)
			sort.SliceStable(want, func(a, b int) bool { return compareFindings(want[a], want[b]) < 0 })
			first := make([]Finding, len(tt.lists[0]), total)
			copy(first, tt.lists[0])
			lists := append([][]Finding{first}, tt.lists[1:]...)
			got := mergeFindings(lists...)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("merge gives %v, stable sort %v", got, want)
			}
			if total > 0 && &got[0] != &first[:1][0] {
				t.Errorf("the merge allocated although the first list had room")
			}
		})
	}
}
