package lexicon

import (
	"slices"
	"unicode/utf8"
)

// token is one word of a text, with its place in the original and in the
// folded copy.
type token struct {
	byteStart, byteEnd int32 // in the original text
	start, end         int32 // code points in the original text
	foldStart, foldEnd int32 // bytes in the folded text
	id                 uint32
	// joined reports that only spaces or hyphens separate this token from
	// the previous one, so both can belong to one phrase.
	joined bool
	// afterBreak reports that the token starts the text or follows
	// punctuation (a sentence, clause or exclamation boundary).
	afterBreak bool
	// endsInIs reports that the folded word ends in "is", the cheap test
	// before vosotrosByEnding, set while folding.
	endsInIs bool
}

// tokenized is a text cut into words, with the folded copy of the words.
type tokenized struct {
	text   string
	folded []byte
	tokens []token
	hits   []hit // scratch of Matcher.scan, valid until the text is released
}

func (t *tokenized) foldedWord(i int) string {
	return string(t.foldedBytes(i))
}

func (t *tokenized) foldedBytes(i int) []byte {
	tok := t.tokens[i]
	return t.folded[tok.foldStart:tok.foldEnd]
}

func (t *tokenized) word(i int) string {
	tok := t.tokens[i]
	return t.text[tok.byteStart:tok.byteEnd]
}

// endsInIs reports whether the folded token i ends in "is", the cheap test
// before vosotrosByEnding.
func (t *tokenized) endsInIs(i int) bool { return t.tokens[i].endsInIs }

// beforeBreak reports that token i ends the text or is followed by punctuation.
func (t *tokenized) beforeBreak(i int) bool {
	if i+1 >= len(t.tokens) {
		return true
	}
	return t.tokens[i+1].afterBreak
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u00a0', '\u202f', '\u2009':
		return true
	}
	return false
}

// tokenize cuts text into words, reusing the buffers of t. Words the
// vocabulary does not know get id 0. The loop keeps its state in locals (no
// closures, no fields), so that it stays in registers.
func (t *tokenized) tokenize(text string, vocab *vocabulary) {
	t.text = text
	folded := slices.Grow(t.folded[:0], len(text))
	tokens := slices.Grow(t.tokens[:0], len(text)/5+16) // about a word every six bytes
	runeIndex := 0
	inWord := false
	gapJoinable := false // the gap since the last word holds only spaces or hyphens
	gapHyphens := 0
	gapNewlines := 0
	var cur token
	hash := hashSeed
	for i := 0; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		var isWord bool
		if c < utf8.RuneSelf {
			isWord = isASCIIWordByte(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			isWord = isWordRune(r)
		}
		if isWord {
			if !inWord {
				inWord = true
				cur = token{byteStart: int32(i), start: int32(runeIndex), foldStart: int32(len(folded))}
				hash = hashSeed
				if len(tokens) == 0 {
					cur.afterBreak = true
				} else {
					cur.joined = gapJoinable && gapHyphens <= 1 && gapNewlines == 0
					cur.afterBreak = !gapJoinable || gapNewlines > 0
				}
			}
			if c < utf8.RuneSelf {
				// A run of ASCII letters and digits, most of any word,
				// folds without decoding.
				for ; i < len(text) && isASCIIWordByte(text[i]); i++ {
					c := text[i]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					folded = append(folded, c)
					hash = wordHash(hash, c)
					runeIndex++
				}
				continue
			}
			if f := foldRune(r); f < utf8.RuneSelf {
				folded = append(folded, byte(f))
				hash = wordHash(hash, byte(f))
			} else {
				n := len(folded)
				folded = utf8.AppendRune(folded, f)
				for _, b := range folded[n:] {
					hash = wordHash(hash, b)
				}
			}
			i += size
			runeIndex++
			continue
		}
		if inWord {
			inWord = false
			cur.byteEnd = int32(i)
			cur.end = int32(runeIndex)
			cur.foldEnd = int32(len(folded))
			cur.id = vocab.lookup(folded[cur.foldStart:cur.foldEnd], hash)
			cur.endsInIs = foldedEndsInIs(folded[cur.foldStart:])
			tokens = append(tokens, cur)
			gapJoinable, gapHyphens, gapNewlines = true, 0, 0
		}
		switch {
		case r == '-' || r == '\u2010' || r == '\u2011':
			gapHyphens++
		case r == '\n' || r == '\r':
			gapNewlines++
		case isSpace(r):
		default:
			gapJoinable = false
		}
		i += size
		runeIndex++
	}
	if inWord {
		cur.byteEnd = int32(len(text))
		cur.end = int32(runeIndex)
		cur.foldEnd = int32(len(folded))
		cur.id = vocab.lookup(folded[cur.foldStart:cur.foldEnd], hash)
		cur.endsInIs = foldedEndsInIs(folded[cur.foldStart:])
		tokens = append(tokens, cur)
	}
	t.folded, t.tokens = folded, tokens
}

// foldedEndsInIs reports whether a folded word ends in "is".
func foldedEndsInIs(word []byte) bool {
	n := len(word)
	return n >= 2 && word[n-2] == 'i' && word[n-1] == 's'
}

// isASCIIWordByte reports whether an ASCII byte belongs to a word (see isWordRune).
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
