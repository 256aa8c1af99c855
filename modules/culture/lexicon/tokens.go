package lexicon

import "unicode/utf8"

// token is one word of a text, with its place in the original and in the
// folded copy.
type token struct {
	byteStart, byteEnd int // in the original text
	start, end         int // code points in the original text
	foldStart, foldEnd int // bytes in the folded text
	id                 uint32
	// joined reports that only spaces or hyphens separate this token from
	// the previous one, so both can belong to one phrase.
	joined bool
	// afterBreak reports that the token starts the text or follows
	// punctuation (a sentence, clause or exclamation boundary).
	afterBreak bool
}

// tokenized is a text cut into words, with the folded copy of the words.
type tokenized struct {
	text   string
	folded []byte
	tokens []token
}

func (t *tokenized) foldedWord(i int) string {
	tok := t.tokens[i]
	return string(t.folded[tok.foldStart:tok.foldEnd])
}

func (t *tokenized) word(i int) string {
	tok := t.tokens[i]
	return t.text[tok.byteStart:tok.byteEnd]
}

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

// tokenize cuts text into words. ids maps folded words to their token id;
// words it does not know get id 0.
func tokenize(text string, ids map[string]uint32) tokenized {
	t := tokenized{text: text, folded: make([]byte, 0, len(text))}
	t.tokens = make([]token, 0, len(text)/6+1)
	runeIndex := 0
	inWord := false
	gapJoinable := false // the gap since the last word holds only spaces or hyphens
	gapHyphens := 0
	gapNewlines := 0
	var cur token
	for byteIndex, r := range text {
		if isWordRune(r) {
			if !inWord {
				inWord = true
				cur = token{byteStart: byteIndex, start: runeIndex, foldStart: len(t.folded)}
				if len(t.tokens) == 0 {
					cur.afterBreak = true
				} else {
					cur.joined = gapJoinable && gapHyphens <= 1 && gapNewlines == 0
					cur.afterBreak = !gapJoinable || gapNewlines > 0
				}
			}
			t.folded = utf8.AppendRune(t.folded, foldRune(r))
		} else {
			if inWord {
				inWord = false
				t.finish(&cur, byteIndex, runeIndex, ids)
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
		}
		runeIndex++
	}
	if inWord {
		t.finish(&cur, len(text), runeIndex, ids)
	}
	return t
}

func (t *tokenized) finish(cur *token, byteEnd, runeEnd int, ids map[string]uint32) {
	cur.byteEnd = byteEnd
	cur.end = runeEnd
	cur.foldEnd = len(t.folded)
	cur.id = ids[string(t.folded[cur.foldStart:cur.foldEnd])]
	t.tokens = append(t.tokens, *cur)
}
