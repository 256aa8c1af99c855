package address

import (
	"strings"
	"unicode/utf8"
)

// Spanish written accents follow from where the stress falls, so attaching
// enclitic pronouns to a verb can add an accent (registra + te = regístrate) or
// remove one (registrá + te = registrate). This file finds the stressed vowel
// of a word and re-spells a verb with its clitics.

var accentless = map[rune]rune{'á': 'a', 'é': 'e', 'í': 'i', 'ó': 'o', 'ú': 'u'}

var accented = map[rune]rune{'a': 'á', 'e': 'é', 'i': 'í', 'o': 'ó', 'u': 'ú'}

func isStrongVowel(r rune) bool { return strings.ContainsRune("aeoáéó", r) }

func isWeakVowel(r rune) bool { return strings.ContainsRune("iuü", r) }

func isVowel(r rune) bool { return strings.ContainsRune("aeiouáéíóúü", r) }

// nucleus is the span of one syllable's vowels, as rune indexes [start, end).
type nucleus struct{ start, end int }

// nuclei splits a lowercase word into its syllable nuclei. The "u" of que, qui,
// gue and gui is silent; two strong vowels, or an accented í or ú next to a
// strong vowel, are in different syllables (hiatus).
func nuclei(word []rune) []nucleus {
	var out []nucleus
	open := false                 // whether the previous rune was a vowel of the last nucleus
	var strong, stressedWeak bool // what the last nucleus holds
	for i, r := range word {
		vowel := isVowel(r)
		if r == 'u' && i > 0 && (word[i-1] == 'q' || word[i-1] == 'g') && i+1 < len(word) && strings.ContainsRune("eiéí", word[i+1]) {
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
func stressedNucleus(word []rune) int {
	ns := nuclei(word)
	if len(ns) == 0 {
		return -1
	}
	for i, n := range ns {
		for _, r := range word[n.start:n.end] {
			if _, ok := accentless[r]; ok {
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
	base := []rune(verb)
	stress := stressedNucleus(base)
	// Keep only the accents that break a diphthong (envía): they mark a hiatus
	// whatever the length of the word.
	plain := make([]rune, len(base))
	for i, r := range base {
		plain[i] = r
		if a, ok := accentless[r]; ok && !isHiatusAccent(base, i) {
			plain[i] = a
		}
	}
	word := append(plain, []rune(clitics)...)
	ns := nuclei(word)
	if stress < 0 || stress >= len(ns) || stressedNucleus(word) == stress {
		return string(word)
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
	return string(word)
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
		switch {
		case r < utf8.RuneSelf:
			buf = append(buf, byte(r))
			continue
		case r == 'á' || r == 'é' || r == 'í' || r == 'ó' || r == 'ú':
			r = accentless[r]
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// stripAccents removes written accents (not the diaeresis) from a lowercase word.
func stripAccents(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if a, ok := accentless[r]; ok {
			r = a
		}
		b.WriteRune(r)
	}
	return b.String()
}
