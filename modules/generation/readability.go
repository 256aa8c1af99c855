package generation

import (
	"strings"
	"unicode"
)

// Readability is a readability index of Spanish or Portuguese text and what it was computed
// from.
type Readability struct {
	Formula   string  `json:"formula"`
	Index     float64 `json:"index"`
	Words     int     `json:"words"`
	Sentences int     `json:"sentences"`
	Syllables int     `json:"syllables"`
}

// Readability formulas.
const (
	// FernandezHuerta is Fernández Huerta (1959) for Spanish, in the corrected form (Law, 2011):
	// 206.84 − 60 × syllables/word − 1.02 × words/sentence.
	FernandezHuerta = "fernandez_huerta"
	// FleschPortuguese is Flesch adapted to Brazilian Portuguese (Martins et al., 1996):
	// 248.835 − 1.015 × words/sentence − 84.6 × syllables/word.
	FleschPortuguese = "flesch_pt"
)

// readability scores text in language "es" or "pt". Both indexes read 0 (very hard) to 100
// (very easy); values outside are possible for extreme texts and are not clamped here.
func readability(text, lang string) Readability {
	words, sentences, syllables := 0, 0, 0
	inSentence := false
	var lower []rune // the current word, lower-cased; reused
	for field := range strings.FieldsFuncSeq(text, unicode.IsSpace) {
		word := strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if word != "" && hasLetter(word) {
			words++
			lower = lower[:0]
			for _, r := range word {
				lower = append(lower, unicode.ToLower(r))
			}
			syllables += syllablesOf(lower)
			inSentence = true
		}
		if strings.ContainsAny(field, ".!?…") || strings.HasSuffix(field, ":") {
			if inSentence {
				sentences++
			}
			inSentence = false
		}
	}
	// Lines without final punctuation (headlines, list items) end sentences too.
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.ContainsAny(line[len(line)-1:], ".!?…:") && hasLetter(line) {
			sentences++
		}
	}
	if inSentence && sentences == 0 {
		sentences = 1
	}
	r := Readability{Words: words, Sentences: sentences, Syllables: syllables, Formula: FernandezHuerta}
	if lang == "pt" {
		r.Formula = FleschPortuguese
	}
	if words == 0 || sentences == 0 {
		return r
	}
	wps := float64(words) / float64(sentences)
	spw := float64(syllables) / float64(words)
	if lang == "pt" {
		r.Index = 248.835 - 1.015*wps - 84.6*spw
	} else {
		r.Index = 206.84 - 60*spw - 1.02*wps
	}
	return r
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// vowel kinds, for syllables: a strong vowel, a weak one (i, u) and a weak one carrying an
// accent, which never joins its neighbour.
const (
	notVowel = iota
	strongVowel
	weakVowel
	accentedWeakVowel
)

func vowelKind(r rune) int {
	switch r {
	case 'a', 'e', 'o', 'á', 'é', 'ó', 'à', 'â', 'ê', 'ô', 'ã', 'õ':
		return strongVowel
	case 'i', 'u', 'ü':
		return weakVowel
	case 'í', 'ú':
		return accentedWeakVowel
	}
	return notVowel
}

// countSyllables counts the vowel nuclei of a lower-case Spanish or Portuguese word: adjacent
// vowels form one syllable (a diphthong) unless both are strong or the weak one carries an
// accent (a hiatus); the u of que, qui, gue, gui is silent; a final y is a vowel; digits count
// as one syllable per digit group.
func countSyllables(word string) int { return syllablesOf([]rune(word)) }

func syllablesOf(runes []rune) int {
	n := 0
	prevVowel := rune(0)
	for i, r := range runes {
		if unicode.IsDigit(r) {
			if i == 0 || !unicode.IsDigit(runes[i-1]) {
				n++
			}
			prevVowel = 0
			continue
		}
		if r == 'u' && i > 0 && (runes[i-1] == 'q' || runes[i-1] == 'g') && i+1 < len(runes) && (runes[i+1] == 'e' || runes[i+1] == 'i' || runes[i+1] == 'é' || runes[i+1] == 'í') {
			continue
		}
		vowel := vowelKind(r) != notVowel || (r == 'y' && i == len(runes)-1 && i > 0 && vowelKind(runes[i-1]) == notVowel)
		if !vowel {
			prevVowel = 0
			continue
		}
		if prevVowel == 0 || hiatus(prevVowel, r) {
			n++
		}
		prevVowel = r
	}
	if n == 0 {
		return 1
	}
	return n
}

func hiatus(a, b rune) bool {
	ka, kb := vowelKind(a), vowelKind(b)
	if ka == accentedWeakVowel || kb == accentedWeakVowel {
		return true
	}
	// Portuguese nasal diphthongs: ão, ãe, õe.
	if (a == 'ã' || a == 'õ') && (b == 'o' || b == 'e') {
		return false
	}
	return ka == strongVowel && kb == strongVowel
}
