package address

import (
	"strings"
	"unicode/utf8"
)

// Spanish written accents follow from where the stress falls, so attaching
// enclitic pronouns to a verb can add an accent (registra + te = regístrate) or
// remove one (registrá + te = registrate). This file finds the stressed vowel
// of a word and re-spells a verb with its clitics.

var accented = map[rune]rune{'a': 'á', 'e': 'é', 'i': 'í', 'o': 'ó', 'u': 'ú'}

func isStrongVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'o', 'á', 'é', 'ó':
		return true
	}
	return false
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü':
		return true
	}
	return false
}

// isFrontVowel reports e, i, é and í, after which the u of gu and qu is silent.
func isFrontVowel(r rune) bool { return r == 'e' || r == 'i' || r == 'é' || r == 'í' }

// unaccented returns r without its written accent, and whether it had one.
func unaccented(r rune) (rune, bool) {
	switch r {
	case 'á':
		return 'a', true
	case 'é':
		return 'e', true
	case 'í':
		return 'i', true
	case 'ó':
		return 'o', true
	case 'ú':
		return 'u', true
	}
	return r, false
}

// nucleus is the span of one syllable's vowels, as rune indexes [start, end).
type nucleus struct{ start, end int }

// nuclei splits a lowercase word into its syllable nuclei. The "u" of que, qui,
// gue and gui is silent; two strong vowels, or an accented í or ú next to a
// strong vowel, are in different syllables (hiatus).
func nuclei(word []rune) []nucleus { return appendNuclei(nil, word) }

// appendNuclei appends the nuclei of word to out (see nuclei).
func appendNuclei(out []nucleus, word []rune) []nucleus {
	open := false                 // whether the previous rune was a vowel of the last nucleus
	var strong, stressedWeak bool // what the last nucleus holds
	for i, r := range word {
		vowel := isVowel(r)
		if r == 'u' && i > 0 && (word[i-1] == 'q' || word[i-1] == 'g') && i+1 < len(word) && isFrontVowel(word[i+1]) {
			vowel = false // silent u
		}
		if !vowel {
			open = false
			continue
		}
		isStrong := isStrongVowel(r)
		isStressedWeak := r == 'í' || r == 'ú'
		hiatus := (isStrong && (strong || stressedWeak)) || (isStressedWeak && strong)
		if open && !hiatus {
			out[len(out)-1].end = i + 1
			strong = strong || isStrong
			stressedWeak = stressedWeak || isStressedWeak
			continue
		}
		out = append(out, nucleus{i, i + 1})
		open = true
		strong, stressedWeak = isStrong, isStressedWeak
	}
	return out
}

// stressedNucleus returns the index of the stressed nucleus of a lowercase word:
// the one with a written accent, else the penultimate when the word ends in a
// vowel, n or s, else the last.
func stressedNucleus(word []rune) int { return stressIn(word, nuclei(word)) }

// stressIn is stressedNucleus for a word whose nuclei ns are known.
func stressIn(word []rune, ns []nucleus) int {
	if len(ns) == 0 {
		return -1
	}
	for i, n := range ns {
		for _, r := range word[n.start:n.end] {
			if _, ok := unaccented(r); ok {
				return i
			}
		}
	}
	return naturalStress(word, ns)
}

func naturalStress(word []rune, ns []nucleus) int {
	if len(ns) == 1 {
		return 0
	}
	last := word[len(word)-1]
	if isVowel(last) || last == 'n' || last == 's' {
		return len(ns) - 2
	}
	return len(ns) - 1
}

// withClitics spells a verb form followed by enclitic pronouns, moving the
// written accent so the stress stays where it was on the bare verb.
func withClitics(verb, clitics string) string {
	if clitics == "" {
		return verb
	}
	var buf [64]rune
	return string(appendWithClitics(buf[:0], verb, clitics))
}

// spelledWithClitics reports whether word is withClitics(verb, clitics),
// without building the string; clitics is not empty.
func spelledWithClitics(word, verb, clitics string) bool {
	var buf [64]rune
	spelled := appendWithClitics(buf[:0], verb, clitics)
	i := 0
	for _, r := range word {
		if i >= len(spelled) || spelled[i] != r {
			return false
		}
		i++
	}
	return i == len(spelled)
}

// appendWithClitics appends the runes of withClitics(verb, clitics) to dst
// for a non-empty clitics; short words need no allocation.
func appendWithClitics(dst []rune, verb, clitics string) []rune {
	var baseBuf [48]rune
	var nucleusBuf [16]nucleus
	base := baseBuf[:0]
	for _, r := range verb {
		base = append(base, r)
	}
	stress := stressIn(base, appendNuclei(nucleusBuf[:0], base))
	// Keep only the accents that break a diphthong (envía): they mark a hiatus
	// whatever the length of the word.
	from := len(dst)
	for i, r := range base {
		if a, ok := unaccented(r); ok && !isHiatusAccent(base, i) {
			r = a
		}
		dst = append(dst, r)
	}
	for _, r := range clitics {
		dst = append(dst, r)
	}
	word := dst[from:]
	ns := appendNuclei(nucleusBuf[:0], word)
	if stress < 0 || stress >= len(ns) || stressIn(word, ns) == stress {
		return dst
	}
	n := ns[stress]
	pos := n.start
	for i := n.start; i < n.end; i++ { // prefer the strong vowel, else the last weak one
		if isStrongVowel(word[i]) {
			pos = i
			break
		}
		pos = i
	}
	if a, ok := accented[word[pos]]; ok {
		word[pos] = a
	}
	return dst
}

// isHiatusAccent reports whether the accented weak vowel at i sits next to a
// strong vowel, as in envía, reúne, continúa.
func isHiatusAccent(word []rune, i int) bool {
	if word[i] != 'í' && word[i] != 'ú' {
		return false
	}
	return (i > 0 && isStrongVowel(word[i-1])) || (i+1 < len(word) && isStrongVowel(word[i+1]))
}

// appendAccentless appends s without its written accents (see stripAccents) to buf.
func appendAccentless(buf []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			buf = append(buf, byte(r))
			continue
		}
		r, _ = unaccented(r)
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// stripAccents removes written accents (not the diaeresis) from a lowercase word.
func stripAccents(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r, _ = unaccented(r)
		b.WriteRune(r)
	}
	return b.String()
}
