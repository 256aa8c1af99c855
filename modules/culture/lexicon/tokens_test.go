package lexicon

import (
	"bytes"
	"reflect"
	"testing"
	"unicode/utf8"
)

// referenceTokenize is the range-over-runes tokenizer the ASCII fast path
// replaced, kept to check that the tokens, folded text and ids are unchanged.
func referenceTokenize(text string, vocab *vocabulary) *tokenized {
	t := &tokenized{text: text}
	runeIndex := 0
	inWord := false
	gapJoinable := false
	gapHyphens := 0
	gapNewlines := 0
	var cur token
	hash := hashSeed
	finish := func(byteEnd int) {
		cur.byteEnd = int32(byteEnd)
		cur.end = int32(runeIndex)
		cur.foldEnd = int32(len(t.folded))
		cur.id = vocab.lookup(t.folded[cur.foldStart:cur.foldEnd], hash)
		cur.endsInIs = bytes.HasSuffix(t.folded[cur.foldStart:cur.foldEnd], []byte("is"))
		t.tokens = append(t.tokens, cur)
	}
	for byteIndex, r := range text {
		if isWordRune(r) {
			if !inWord {
				inWord = true
				cur = token{byteStart: int32(byteIndex), start: int32(runeIndex), foldStart: int32(len(t.folded))}
				hash = hashSeed
				if len(t.tokens) == 0 {
					cur.afterBreak = true
				} else {
					cur.joined = gapJoinable && gapHyphens <= 1 && gapNewlines == 0
					cur.afterBreak = !gapJoinable || gapNewlines > 0
				}
			}
			n := len(t.folded)
			t.folded = utf8.AppendRune(t.folded, foldRune(r))
			for _, b := range t.folded[n:] {
				hash = wordHash(hash, b)
			}
		} else {
			if inWord {
				inWord = false
				finish(byteIndex)
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
		finish(len(text))
	}
	return t
}

func checkTokenized(t *testing.T, m *Matcher, text string) {
	t.Helper()
	want := referenceTokenize(text, m.vocab)
	got := m.tokens(text)
	defer m.release(got)
	if !bytes.Equal(got.folded, want.folded) || len(got.tokens) != len(want.tokens) ||
		(len(want.tokens) > 0 && !reflect.DeepEqual(got.tokens, want.tokens)) {
		t.Fatalf("%q: tokens %+v folded %q, reference %+v %q", text, got.tokens, got.folded, want.tokens, want.folded)
	}
}

var tokenizeCases = []string{
	"Coche de alquiler: 12 meses SIN intereses — ¡VOSOTROS podéis! e-mail, fita-cola\nO'Higgins",
	"ÁÉÍÓÚ ÇÃÕ ñandú Straße İstanbul e\u0301 \u2126 4G v2.5 ABC123xyz",
	"\xff\xfeab\xc3 c\u00a0d\u202fe\u2010f\u2011g\r\nh", "", " ", "a", "Z9",
}

func TestTokenizeMatchesReference(t *testing.T) {
	m := seedEngine(t).Lexicon()
	for _, text := range tokenizeCases {
		checkTokenized(t, m, text)
	}
	for _, text := range fuzzSeeds {
		checkTokenized(t, m, text)
	}
	checkTokenized(t, m, mixedCopy(16<<10))
}

func FuzzTokenize(f *testing.F) {
	for _, text := range tokenizeCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenized(t, seedEngine(t).Lexicon(), text)
	})
}
