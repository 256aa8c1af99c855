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
