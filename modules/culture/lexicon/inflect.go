package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pluralOf returns the plural of a term: its explicit Plural, or the first
// word made plural by the spelling rules of the language ("billete de avión"
// → "billetes de avión"). It returns "" when the term has no plural.
func pluralOf(t Term, lang string) string {
	if t.Plural == "-" {
		return ""
	}
	if t.Plural != "" {
		return t.Plural
	}
	if t.Gender == "" {
		return ""
	}
	head, rest, _ := strings.Cut(t.Text, " ")
	var p string
	if lang == langPortuguese {
		p = portuguesePlural(head)
	} else {
		p = spanishPlural(head)
	}
	if p == "" {
		return ""
	}
	if rest != "" {
		return p + " " + rest
	}
	return p
}

func unaccent(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'á', 'é', 'í', 'ó', 'ú':
			return foldRune(r)
		}
		return r
	}, s)
}

func spanishPlural(w string) string {
	last, size := utf8.DecodeLastRuneInString(w)
	stem := w[:len(w)-size]
	switch last {
	case 'a', 'e', 'i', 'o', 'u', 'á', 'é', 'ó':
		return w + "s"
	case 'í', 'ú':
		return w + "es"
	case 'z':
		return stem + "ces"
	case 's', 'x':
		if strings.ContainsAny(stem, "áéíóú") || utf8.RuneCountInString(w) <= 3 {
			return unaccent(w) + "es"
		}
		return w // lavavajillas, sacapuntas
	case 't', 'k', 'p', 'm', 'g', 'b', 'c':
		return w + "s"
	case 'n', 'l', 'r', 'd', 'j', 'y':
		// A final stressed syllable loses its accent: camión → camiones.
		if i := strings.LastIndexAny(w, "áéíóú"); i >= 0 && lastSyllableStart(w) <= i {
			return unaccent(w) + "es"
		}
		return w + "es"
	}
	return w + "s"
}

// lastSyllableStart returns the byte index of the last vowel group of w.
func lastSyllableStart(w string) int {
	i := len(w)
	seenVowel := false
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(w[:i])
		if isVowel(r) {
			seenVowel = true
		} else if seenVowel {
			return i
		}
		i -= size
	}
	return 0
}

func portuguesePlural(w string) string {
	switch {
	case strings.HasSuffix(w, "ão"):
		return strings.TrimSuffix(w, "ão") + "ões"
	case strings.HasSuffix(w, "m"):
		return strings.TrimSuffix(w, "m") + "ns"
	case strings.HasSuffix(w, "el"):
		// papel → papéis, but descapotável → descapotáveis
		if strings.ContainsAny(w, "áéíóúâêô") {
			return strings.TrimSuffix(w, "el") + "eis"
		}
		return strings.TrimSuffix(w, "el") + "éis"
	case strings.HasSuffix(w, "al"), strings.HasSuffix(w, "ol"), strings.HasSuffix(w, "ul"):
		return w[:len(w)-1] + "is"
	case strings.HasSuffix(w, "il"):
		return strings.TrimSuffix(w, "l") + "s"
	case strings.HasSuffix(w, "r"), strings.HasSuffix(w, "z"):
		return w + "es"
	case strings.HasSuffix(w, "s"):
		return w
	}
	return w + "s"
}

func isVowel(r rune) bool {
	switch foldRune(r) {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func isStrongVowel(r rune) bool {
	switch foldRune(r) {
	case 'a', 'e', 'o':
		return true
	}
	return false
}

func withAccent(r rune) rune {
	switch r {
	case 'a':
		return 'á'
	case 'e':
		return 'é'
	case 'i':
		return 'í'
	case 'o':
		return 'ó'
	case 'u':
		return 'ú'
	}
	return r
}

// accentPenultimate writes the accent on the penultimate vowel group of w,
// for a form that becomes esdrújula when a clitic is attached:
// "registren" + "se" → "regístrense".
func accentPenultimate(w string) string {
	runes := []rune(w)
	for _, r := range runes {
		switch r {
		case 'á', 'é', 'í', 'ó', 'ú':
			return w
		}
	}
	group := 0
	i := len(runes) - 1
	for i >= 0 {
		if !isVowel(runes[i]) {
			i--
			continue
		}
		end := i
		for i >= 0 && isVowel(runes[i]) {
			i--
		}
		group++
		if group == 2 {
			start := i + 1
			pick := end // two weak vowels: the second one carries the accent
			for j := start; j <= end; j++ {
				if isStrongVowel(runes[j]) {
					pick = j
					break
				}
			}
			runes[pick] = withAccent(runes[pick])
			return string(runes)
		}
	}
	return w
}

// matchCase gives replacement the capitalisation of original: UPPER, Title
// or lower.
func matchCase(original, replacement string) string {
	letters, upper := 0, 0
	for _, r := range original {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	switch {
	case letters > 1 && upper == letters:
		return strings.ToUpper(replacement)
	case upper > 0 && startsUpper(original):
		if everyWordCapitalised(original) && strings.Contains(original, " ") {
			return capitaliseWords(replacement)
		}
		return capitaliseFirst(replacement)
	}
	return replacement
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func everyWordCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

func capitaliseFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

func capitaliseWords(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		words[i] = capitaliseFirst(w)
	}
	return strings.Join(words, " ")
}
