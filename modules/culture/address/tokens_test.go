package address

import (
	"strings"
	"testing"
	"unicode"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// referenceToken and referenceTokenize are the rune-slice tokenizer the
// byte-offset one replaced, kept to check that nothing changed.
type referenceToken struct {
	start, end       int
	text, lower      string
	sentence         int
	initial          bool
	opener           rune
	joined, afterCom bool
}

func referenceTokenize(text string) []referenceToken {
	var tokens []referenceToken
	runes := []rune(text)
	sentence := 0
	initial := true
	var opener rune
	joined, comma := false, false
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
	for i := 0; i < len(runes); {
		r := runes[i]
		if !isWord(r) {
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
		for j < len(runes) && isWord(runes[j]) {
			j++
		}
		word := string(runes[i:j])
		tokens = append(tokens, referenceToken{start: i, end: j, text: word,
			lower: norm.NFC.String(strings.ToLower(word)), sentence: sentence, initial: initial,
			opener: opener, joined: joined && len(tokens) > 0, afterCom: comma})
		initial, opener, joined, comma = false, 0, true, false
		i = j
	}
	return tokens
}

func checkTokenize(t *testing.T, text string) {
	t.Helper()
	want := referenceTokenize(text)
	for _, lex := range []*lexicon{nil, theLexicon()} {
		a := &analysis{}
		a.tokenize(text, lex)
		got := a.tokens
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, reference has %d", text, len(got), len(want))
		}
		for k, g := range got {
			w := want[k]
			if int(g.start) != w.start || a.end(k) != w.end || text[g.byteStart:g.byteEnd] != w.text ||
				a.lower(k) != w.lower || int(g.sentence) != w.sentence || g.initial != w.initial ||
				rune(g.opener) != w.opener || g.joined != w.joined || g.afterComma != w.afterCom {
				t.Fatalf("%q token %d = %+v (%q), reference %+v", text, k, g, a.lower(k), w)
			}
			word := text[g.byteStart:g.byteEnd]
			if w := scanWord(text, int(g.byteStart), int(g.start)); w.lettersCase != caseOf(word) ||
				w.lettersCase != otherCase && w.lowerHash != wordHash(lowerWord(word)) {
				t.Fatalf("%q token %d: scanWord = %+v, caseOf %v, hash %d", text, k, w, caseOf(word), wordHash(lowerWord(word)))
			}
			if lex == nil && g.word != unknownID {
				t.Fatalf("%q token %d: known without a lexicon", text, k)
			}
			if lex != nil {
				info := lex.info(a.lower(k))
				if lex.infos[g.word] != info || g.classes != info.classes {
					t.Fatalf("%q token %d: entry of %q is not the lexicon's", text, k, a.lower(k))
				}
			}
		}
	}
}

var tokenizeCases = []string{
	"¡Aprovecha el Buen Fin! Regístrate hoy, descarga la app.\n¿Quieres ahorrar? • Elige: «tu plan» — y paga…",
	"e\u0301 regi\u0301strate ÑANDÚ Straße İstanbul \u2126mega",
	"\xff\xfe abc\xc3 d\u00a0e\u202ff\tg,h;i(j)[k]|l>m–n—o“p\"q·r",
	"SOS sos Te TU Tú", "", " ", "¿", "palabra",
}

func TestTokenizeMatchesReference(t *testing.T) {
	for _, text := range tokenizeCases {
		checkTokenize(t, text)
	}
	for _, tc := range conversionCases {
		checkTokenize(t, tc.in)
	}
	checkTokenize(t, longCopy(8<<10))
}

func FuzzTokenize(f *testing.F) {
	for _, text := range tokenizeCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenize(t, text)
	})
}

// TestTokenSize keeps the token at 32 bytes: the analysis reads the token
// array of a text several times, and its size is most of the memory it moves.
func TestTokenSize(t *testing.T) {
	if size := unsafe.Sizeof(token{}); size > 32 {
		t.Errorf("a token takes %d bytes, want at most 32", size)
	}
}
