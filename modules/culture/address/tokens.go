package address

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// token is one word of the input.
type token struct {
	start, end int    // code point offsets into the input
	text       string // as written
	lower      string // lowercase, NFC
	sentence   int    // index of the sentence the word belongs to
	// initial is set on the first word after the start of the text or a
	// sentence or clause opener: . ! ? … : ; ¡ ¿ « " a bullet or a line break.
	initial bool
	// opener is the clause punctuation right before an initial word: '¡', '¿' or 0.
	opener rune
	// joined is set when only spaces separate the word from the previous one.
	joined bool
	// afterComma is set when a comma separates the word from the previous one.
	afterComma bool
}

// sentenceEnds end a sentence; clauseStarts only make the next word initial.
const (
	sentenceEnds = ".!?…\n"
	clauseStarts = ".!?…\n:;¡¿«“\"•·|()[]—–>"
)

// tokenize splits text into words (letters, combining marks and inner hyphens
// are not kept together: "e-mail" is two words, which is harmless here).
func tokenize(text string) []token {
	var tokens []token
	runes := []rune(text)
	sentence := 0
	initial := true
	var opener rune
	joined, comma := false, false
	for i := 0; i < len(runes); {
		r := runes[i]
		if !isWordRune(r) {
			if strings.ContainsRune(sentenceEnds, r) {
				sentence++
			}
			if strings.ContainsRune(clauseStarts, r) {
				initial = true
				opener = 0
				if r == '¡' || r == '¿' {
					opener = r
				}
			}
			if !unicode.IsSpace(r) {
				joined = false
			}
			if r == ',' {
				comma = true
			}
			i++
			continue
		}
		j := i
		for j < len(runes) && isWordRune(runes[j]) {
			j++
		}
		word := string(runes[i:j])
		tokens = append(tokens, token{
			start:      i,
			end:        j,
			text:       word,
			lower:      norm.NFC.String(strings.ToLower(word)),
			sentence:   sentence,
			initial:    initial,
			opener:     opener,
			joined:     joined && len(tokens) > 0,
			afterComma: comma,
		})
		initial, opener, joined, comma = false, 0, true, false
		i = j
	}
	return tokens
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isUpper reports whether a word has letters and all of them are uppercase.
func isUpper(word string) bool {
	letters := false
	for _, r := range word {
		if unicode.IsLetter(r) {
			letters = true
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters
}
