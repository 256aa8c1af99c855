package address

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
)

// TestSortChosenMatchesSort checks the merge of the accepted markers
// against the sort the analysis used before, with and without ties.
func TestSortChosenMatchesSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 2000 {
		var chosen []candidate
		first := 0
		n := r.IntN(12)
		for k := range n {
			first += 1 + r.IntN(3)
			chosen = append(chosen, candidate{first: first, lemma: string(rune('a' + k))})
		}
		appended := len(chosen)
		for k := range r.IntN(5) {
			f := r.IntN(first + 2)
			if round%2 == 0 {
				f = 2*k + 1 // often distinct, sometimes a tie
			}
			chosen = append(chosen, candidate{first: f, lemma: string(rune('A' + k))})
		}
		if round%7 == 0 && len(chosen) > 1 {
			chosen[0], chosen[1] = chosen[1], chosen[0] // not even the first run sorted
		}
		want := append([]candidate(nil), chosen...)
		sort.Slice(want, func(x, y int) bool { return want[x].first < want[y].first })
		a := &analysis{chosen: append([]candidate(nil), chosen...)}
		a.sortChosen(appended)
		if len(want) == 0 && len(a.chosen) == 0 {
			continue
		}
		if !reflect.DeepEqual(a.chosen, want) {
			t.Fatalf("round %d: sortChosen gives %v, sort.Slice %v", round, a.chosen, want)
		}
	}
}

// TestMismatchesFiltersDetect checks Mismatches against Detect filtered by Fits.
func TestMismatchesFiltersDetect(t *testing.T) {
	texts := []string{longCopy(16 << 10), benchmarkCopy}
	for _, tc := range conversionCases {
		texts = append(texts, tc.in)
	}
	found := 0
	for _, text := range texts {
		all := Detect(text)
		for _, f := range []Form{Tu, Vos, Usted} {
			var want []Use
			for _, u := range all {
				if !u.Fits(f) {
					want = append(want, u)
				}
			}
			got := Mismatches(text, f)
			found += len(got)
			if len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
				t.Fatalf("Mismatches(%.40q, %v) = %+v, Detect filtered %+v", text, f, got, want)
			}
		}
	}
	if found == 0 {
		t.Fatal("no mismatches in the test texts")
	}
}
