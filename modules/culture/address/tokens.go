package address

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of the input.
type token struct {
	start, end         int32     // code point offsets into the input
	byteStart, byteEnd int32     // byte offsets into the input
	lower              string    // lowercase, NFC
	info               *wordInfo // what the lexicon knows about lower; nil without a lexicon
	sentence           int32     // index of the sentence the word belongs to
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
	return appendTokens(nil, text, nil)
}

// appendTokens appends the words of text to tokens. It walks the string
// once; the words are substrings of text, so only the lowercase copies of
// words that are not lowercase already are allocated.
//
// With a lexicon, each word also gets its wordInfo, and a known word that
// needs lowercasing shares the lexicon's spelling instead of a new string.
func appendTokens(tokens []token, text string, lex *lexicon) []token {
	// Spanish copy has about a word every six bytes; a little more room
	// saves regrowing the array for short-worded text.
	tokens = slices.Grow(tokens, len(text)/5+16)
	first := len(tokens)
	var sentence int32
	initial := true
	var opener rune
	joined, comma := false, false
	runeIndex := 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			cur := token{
				start:      int32(runeIndex),
				byteStart:  int32(i),
				sentence:   sentence,
				initial:    initial,
				opener:     opener,
				joined:     joined && len(tokens) > first,
				afterComma: comma,
			}
			initial, opener, joined, comma = false, 0, true, false
			i, runeIndex = wordEnd(text, i+size, runeIndex+1)
			tokens = appendToken(tokens, text, &cur, i, runeIndex, lex)
			continue
		}
		i += size
		runeIndex++
		if r == ' ' {
			continue
		}
		if isSentenceEnd(r) {
			sentence++
		}
		if isClauseStart(r) {
			initial = true
			opener = 0
			if r == '¡' || r == '¿' {
				opener = r
			}
		}
		if !isSpace(r) {
			joined = false
		}
		if r == ',' {
			comma = true
		}
	}
	return tokens
}

// wordEnd returns the byte and code point offsets where the word that
// continues at byte i (code point runeIndex) ends; ASCII letters, most of
// any word, are skipped without decoding.
func wordEnd(text string, i, runeIndex int) (int, int) {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				break
			}
			i++
			runeIndex++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		i += size
		runeIndex++
	}
	return i, runeIndex
}

// appendToken appends cur, a word that ends at byteEnd and code point end,
// with what lex knows about it when lex is not nil. The word is completed
// in place: a token holds pointers, and copying it costs write barriers.
func appendToken(tokens []token, text string, cur *token, byteEnd, end int, lex *lexicon) []token {
	tokens = append(tokens, *cur)
	t := &tokens[len(tokens)-1]
	t.byteEnd, t.end = int32(byteEnd), int32(end)
	word := text[t.byteStart:byteEnd]
	if lex != nil {
		t.lower, t.info = lex.lowerInfo(word)
	} else {
		t.lower = lowerWord(word)
	}
	return tokens
}

// letterCase classifies a word for lowercasing.
type letterCase uint8

const (
	plainLower letterCase = iota // lowercase ASCII and Latin-1 letters: already lowercase and NFC
	asciiUpper                   // ASCII with capitals: lowercased byte by byte
	latinUpper                   // ASCII and Latin-1 letters with capitals: lowercased byte by byte, stays NFC
	otherCase                    // anything else: strings.ToLower and NFC
)

func caseOf(word string) letterCase {
	upper, latin := false, false
	for i := 0; i < len(word); i++ {
		b := word[i]
		if b < utf8.RuneSelf {
			if 'A' <= b && b <= 'Z' {
				upper = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		switch {
		case isLatinCapital(r):
			upper = true
		case r < 'ß' || r > 'ÿ' || r == '÷':
			return otherCase // other capitals, combining marks and other scripts
		}
		latin = true
		i += size - 1
	}
	switch {
	case !upper:
		return plainLower
	case latin:
		return latinUpper
	}
	return asciiUpper
}

// isLatinCapital reports the Latin-1 capitals À to Þ (not ×): each one's
// lowercase letter is 0x20 further on, spelled with the same lead byte.
func isLatinCapital(r rune) bool { return 'À' <= r && r <= 'Þ' && r != '×' }

// appendLatinLower appends word lowercased to buf; word is a latinUpper or
// asciiUpper word, so every non-ASCII letter is two bytes led by 0xC3.
func appendLatinLower(buf []byte, word string) []byte {
	for i := 0; i < len(word); i++ {
		b := word[i]
		switch {
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		case b == 0xC3 && i+1 < len(word):
			next := word[i+1]
			if 0x80 <= next && next <= 0x9E { // À to Þ; × never gets here
				next += 0x20
			}
			buf = append(buf, b, next)
			i++
			continue
		}
		buf = append(buf, b)
	}
	return buf
}

// lowerWord returns word lowercased and in NFC. Words that are lowercase
// already, the most frequent, are returned as they are.
func lowerWord(word string) string {
	switch caseOf(word) {
	case plainLower:
		return word
	case asciiUpper, latinUpper:
		return strings.ToLower(word) // ASCII and Latin-1 letters stay NFC
	}
	return norm.NFC.String(strings.ToLower(word))
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '\n':
		return true
	}
	return false
}

func isClauseStart(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '\n', ':', ';', '¡', '¿', '«', '“', '"', '•', '·', '|', '(', ')', '[', ']', '—', '–', '>':
		return true
	}
	return false
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return true
		}
		return false
	}
	return unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
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
