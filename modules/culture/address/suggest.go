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
	defer a.release()
	last := len(a.tokens) - 2 // the last token of word
	if last < 0 {
		return "", false
	}
	cands := append([]candidate(nil), a.readings(last)...)
	sort.SliceStable(cands, func(x, y int) bool { return suggestionRank(cands[x].kind) < suggestionRank(cands[y].kind) })
	for _, c := range cands {
		if c.first != 0 || c.last != last {
			continue // a reading of part of word only
		}
		if c.forms.Has(to) || c.targets[to] == "" {
			return "", false
		}
		return matchCase(word, c.targets[to]), true
	}
	return "", false
}

// suggestionRank orders the readings of a word seen alone: imperatives are
// the most frequent markers in ad copy, plain presents the least telling.
func suggestionRank(k Kind) int {
	switch k {
	case Imperative:
		return 0
	case Pronoun:
		return 1
	case Possessive:
		return 2
	case Clitic:
		return 3
	}
	return 4
}
