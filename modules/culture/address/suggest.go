package address

import (
	"sort"
	"strings"
)

// Suggest returns word rewritten in form to, for a word seen without its
// sentence: an ambiguous spelling is read as an imperative first (compra →
// compre), then as a pronoun, possessive or clitic, then as a present. It
// returns false when the word is no form-of-address marker or already fits to.
// With the sentence at hand, Use.Alternatives from Detect is more precise.
func Suggest(word string, to Form) (string, bool) {
	word = strings.TrimSpace(word)
	if word == "" {
		return "", false
	}
	// A neutral word after it lets tu, su and te read as they do before a noun or verb.
	a := analyze(theLexicon(), word+" algo")
	if len(a.tokens) != 2 {
		return "", false
	}
	cands := append([]candidate(nil), a.candidates[0]...)
	sort.SliceStable(cands, func(x, y int) bool { return kindRank[cands[x].kind] < kindRank[cands[y].kind] })
	for _, c := range cands {
		if c.first != 0 || c.last != 0 {
			continue
		}
		if c.forms.Has(to) || c.targets[to] == "" {
			return "", false
		}
		return matchCase(word, c.targets[to]), true
	}
	return "", false
}

var kindRank = map[Kind]int{Imperative: 0, Pronoun: 1, Possessive: 2, Clitic: 3, Verb: 4}
