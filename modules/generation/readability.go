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
	for _, field := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) }) {
		word := strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if word != "" && hasLetter(word) {
			words++
			syllables += countSyllables(strings.ToLower(word))
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
	for _, line := range strings.Split(text, "\n") {
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

const (
	strongVowels = "aeoáéóàâêôãõ"
	weakVowels   = "iuü"
	accentedWeak = "íú"
)

func isVowel(r rune) bool {
	return strings.ContainsRune(strongVowels, r) || strings.ContainsRune(weakVowels, r) || strings.ContainsRune(accentedWeak, r)
}

// countSyllables counts the vowel nuclei of a lower-case Spanish or Portuguese word: adjacent
// vowels form one syllable (a diphthong) unless both are strong or the weak one carries an
// accent (a hiatus); the u of que, qui, gue, gui is silent; a final y is a vowel; digits count
// as one syllable per digit group.
func countSyllables(word string) int {
	runes := []rune(word)
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
		vowel := isVowel(r) || (r == 'y' && i == len(runes)-1 && i > 0 && !isVowel(runes[i-1]))
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
	strong := func(r rune) bool { return strings.ContainsRune(strongVowels, r) }
	if strings.ContainsRune(accentedWeak, a) || strings.ContainsRune(accentedWeak, b) {
		return true
	}
	// Portuguese nasal diphthongs: ão, ãe, õe.
	if (a == 'ã' || a == 'õ') && (b == 'o' || b == 'e') {
		return false
	}
	return strong(a) && strong(b)
}
