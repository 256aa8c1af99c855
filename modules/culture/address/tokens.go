package address

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of the input. It holds no pointers and takes 32 bytes:
// the arrays of a long text cost the garbage collector nothing to scan,
// copying a token costs no write barriers, and the passes of the analysis
// over the words move little memory. The word's spelling and what the
// lexicon knows about it are found through the analysis (see analysis.lower).
type token struct {
	start              int32     // code point offset into the input; see analysis.end for the end
	byteStart, byteEnd int32     // byte offsets into the input
	word               wordID    // the lexicon's entry for the lowercase spelling; unknownID if none
	classes            wordClass // the classes of that entry
	sentence           int32     // index of the sentence the word belongs to
	// copy is 1 + the index in analysis.copies of the lowercase copy of a
	// word that is neither lowercase as written nor known; 0 for the others.
	copy int32
	// opener is the clause punctuation right before an initial word: '¡', '¿'
	// (both Latin-1, so a byte holds them) or 0.
	opener uint8
	// initial is set on the first word after the start of the text or a
	// sentence or clause opener: . ! ? … : ; ¡ ¿ « " a bullet or a line break.
	initial bool
	// joined is set when only spaces separate the word from the previous one.
	joined bool
	// afterComma is set when a comma separates the word from the previous one.
	afterComma bool
}

// copySpan delimits a lowercase copy in analysis.lowered.
type copySpan struct{ start, end int32 }

// is reports whether the token's word belongs to every class of c.
func (t *token) is(c wordClass) bool { return t.classes&c == c }

// lower returns token i lowercased in NFC: the lexicon's spelling of a known
// word, else its copy, else the word as written, lowercase already.
func (a *analysis) lower(i int) string {
	t := &a.tokens[i]
	switch {
	case t.word != unknownID:
		return a.lex.spellings[t.word]
	case t.copy != 0:
		c := a.copies[t.copy-1]
		return a.lowered[c.start:c.end]
	}
	return a.text[t.byteStart:t.byteEnd]
}

// end returns the code point offset of the end of token i.
func (a *analysis) end(i int) int {
	t := &a.tokens[i]
	return int(t.start) + utf8.RuneCountInString(a.text[t.byteStart:t.byteEnd])
}

// sentenceEnds end a sentence; clauseStarts only make the next word initial.
const (
	sentenceEnds = ".!?…\n"
	clauseStarts = ".!?…\n:;¡¿«“\"•·|()[]—–>"
)

// tokenize splits text into words (letters, combining marks and inner hyphens
// are not kept together: "e-mail" is two words, which is harmless here), with
// what lex knows about each; a nil lex knows no word. It walks the string
// once and reuses the buffers of a; the words are substrings of text, and
// only the lowercase copies of unknown words that are not lowercase already
// are written, into one string.
func (a *analysis) tokenize(text string, lex *lexicon) {
	a.lex, a.text = lex, text
	// Spanish copy has about a word every six bytes; a little more room
	// saves regrowing the array for short-worded text.
	tokens := slices.Grow(a.tokens[:0], len(text)/5+16)
	lowered := a.loweredBuf[:0]
	a.copies = a.copies[:0]
	var sentence int32
	initial := true
	var opener uint8
	joined, comma := false, false
	runeIndex := 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			w := scanWord(text, i, runeIndex)
			// The token is written field by field in place: a token built
			// apart and copied in is read back in wide loads over its narrow
			// stores, which stalls the processor on every word.
			tokens = append(tokens, token{})
			t := &tokens[len(tokens)-1]
			t.start, t.byteStart, t.byteEnd = int32(runeIndex), int32(i), int32(w.end)
			t.sentence, t.initial, t.opener = sentence, initial, opener
			t.joined, t.afterComma = joined && len(tokens) > 1, comma
			lowered = a.lookUpToken(t, text[i:w.end], w, lowered)
			i, runeIndex = w.end, w.runeEnd
			initial, opener, joined, comma = false, 0, true, false
			continue
		}
		i += size
		runeIndex++
		if r == ' ' {
			continue
		}
		// A point or colon between digits (1.234,50 or 10:30) is part of a number.
		inNumber := (r == '.' || r == ':') && i >= 2 && isASCIIDigit(text[i-2]) && i < len(text) && isASCIIDigit(text[i])
		if isSentenceEnd(r) && !inNumber {
			sentence++
		}
		if isClauseStart(r) && !inNumber {
			initial = true
			opener = 0
			if r == '¡' || r == '¿' {
				opener = uint8(r)
			}
		}
		if !isSpace(r) {
			joined = false
		}
		if r == ',' {
			comma = true
		}
	}
	a.tokens, a.loweredBuf = tokens, lowered
	a.lowered = string(lowered)
}

// scannedWord is what one pass over a word finds: where it ends, its letter
// case, and the wordHash of its lowercase spelling when that is its Latin
// lowercase (letterCase plainLower, asciiUpper or latinUpper).
type scannedWord struct {
	end, runeEnd int // byte and code point offsets of the end of the word
	lettersCase  letterCase
	lowerHash    uint32
}

// scanWord reads the word that starts with a word rune at byte i (code point
// runeIndex) of text. It is caseOf, wordEnd and wordHash of the lowercase
// word in one pass: ASCII letters, most of any word, are read without decoding.
func scanWord(text string, i, runeIndex int) scannedWord {
	upper, latin, other := false, false, false
	h := uint32(2166136261) // wordHash
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				upper = true
				c += 'a' - 'A'
			default:
				return scannedWord{end: i, runeEnd: runeIndex, lettersCase: caseFrom(upper, latin, other), lowerHash: h}
			}
			h = (h ^ uint32(c)) * 16777619
			i++
			runeIndex++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		switch {
		case isLatinCapital(r): // two bytes led by 0xC3; the lowercase is 0x20 further on
			upper, latin = true, true
			h = (h ^ uint32(text[i])) * 16777619
			h = (h ^ uint32(text[i+1]+0x20)) * 16777619
		case r < 'ß' || r > 'ÿ' || r == '÷':
			other = true // other capitals, combining marks and other scripts
		default:
			latin = true
			for k := i; k < i+size; k++ {
				h = (h ^ uint32(text[k])) * 16777619
			}
		}
		i += size
		runeIndex++
	}
	return scannedWord{end: i, runeEnd: runeIndex, lettersCase: caseFrom(upper, latin, other), lowerHash: h}
}

// caseFrom is the letterCase of a word with the traits caseOf looks for.
func caseFrom(upper, latin, other bool) letterCase {
	switch {
	case other:
		return otherCase
	case !upper:
		return plainLower
	case latin:
		return latinUpper
	}
	return asciiUpper
}

// lookUpToken sets what the lexicon of a knows about word, the text of t
// scanned as w, and returns lowered with the lowercase copy of word appended
// when t needs one.
func (a *analysis) lookUpToken(t *token, word string, w scannedWord, lowered []byte) []byte {
	lex := a.lex
	info := unknownWord
	from := len(lowered)
	switch w.lettersCase {
	case plainLower:
		if lex != nil {
			info = lookupHashed(lex, word, w.lowerHash)
		}
		t.word, t.classes = info.id, info.classes
		return lowered
	case asciiUpper, latinUpper:
		lowered = appendLatinLower(lowered, word) // ASCII and Latin-1 letters stay NFC
		if lex != nil {
			info = lookupHashed(lex, lowered[from:], w.lowerHash)
		}
	default:
		lowered = append(lowered, lowerWord(word)...)
		if lex != nil {
			info = lookupWord(lex, lowered[from:])
		}
	}
	if info != unknownWord {
		t.word, t.classes = info.id, info.classes
		return lowered[:from] // the lexicon's spelling serves
	}
	a.copies = append(a.copies, copySpan{start: int32(from), end: int32(len(lowered))})
	t.copy = int32(len(a.copies))
	return lowered
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

func isASCIIDigit(b byte) bool { return '0' <= b && b <= '9' }

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

// isWordRune reports whether r is a letter or a combining mark. It is small
// enough to inline, so the ASCII letters of a text cost no call.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return uint32(r|0x20)-'a' < 26 // r|0x20 lowercases an ASCII letter and makes no other byte one
	}
	return isNonASCIIWordRune(r)
}

func isNonASCIIWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

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
