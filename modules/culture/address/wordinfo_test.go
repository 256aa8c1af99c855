package address

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/frontierhq/frontier/modules/culture/internal/golden"
)

// referenceEnclitic is the plain search enclitic optimises: try every
// pronoun ending and look the accentless host up.
func referenceEnclitic(lex *lexicon, word string) []withEnclitic {
	var out []withEnclitic
	for _, suffix := range encliticSuffixes {
		host, ok := strings.CutSuffix(word, suffix)
		if !ok || host == "" {
			continue
		}
		for _, vf := range lex.hosts[stripAccents(host)] {
			if withClitics(vf.surface, suffix) != word {
				continue
			}
			if vf.cell == cellImperative && !cliticFitsImperative(vf.forms, suffix) {
				continue
			}
			out = append(out, withEnclitic{verbForm: vf, clitics: suffix})
		}
	}
	return out
}

// TestEncliticMatchesReference checks the fast enclitic search against the
// plain one on every verb form with every pronoun ending, on near misses
// and on the words of the test texts.
func TestEncliticMatchesReference(t *testing.T) {
	lex := theLexicon()
	words := map[string]bool{}
	for _, hosts := range lex.hosts {
		for _, vf := range hosts {
			for _, suffix := range encliticSuffixes {
				w := withClitics(vf.surface, suffix)
				words[w] = true
				words[stripAccents(w)] = true
				words[w[1:]] = true
				words[w+"s"] = true
			}
		}
	}
	for _, tc := range conversionCases {
		a := &analysis{}
		a.tokenize(tc.in, nil)
		for k := range a.tokens {
			words[a.lower(k)] = true
		}
	}
	for _, w := range []string{"regístrate", "dímelo", "díselo", "vete", "date", "tomate", "a", "te", "se", "ñe", "éste"} {
		words[w] = true
	}
	found := 0
	memo := &analysis{} // encliticIn with remembered spellings must agree too
	for w := range words {
		if got, want := lex.encliticIn(w, memo), referenceEnclitic(lex, w); len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("encliticIn(%q) = %+v, reference finds %+v", w, got, want)
		}
		got, want := lex.enclitic(w), referenceEnclitic(lex, w)
		if len(got) > 0 {
			found++
		}
		if len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Errorf("enclitic(%q) = %+v, reference finds %+v", w, got, want)
		}
	}
	if found < 1000 {
		t.Errorf("only %d words have enclitic readings", found)
	}
}

// TestWordClassesMatchSets checks the class bits against the word lists.
func TestWordClassesMatchSets(t *testing.T) {
	lex := theLexicon()
	for _, set := range wordClassSets() {
		for w := range lex.words {
			if got := lex.info(w).is(set.class); got != set.words[w] {
				t.Errorf("%q: class %b is %v, list says %v", w, set.class, got, set.words[w])
			}
		}
		for w := range set.words {
			if !lex.info(w).is(set.class) {
				t.Errorf("%q is missing class %b", w, set.class)
			}
		}
	}
	for _, w := range []string{"compras", "registras", "tengas", "comprás"} {
		if !lex.info(w).is(classInformalVerb) {
			t.Errorf("%q is not an informal verb", w)
		}
	}
	for _, w := range []string{"compra", "compre", "registrarte", "hola", strings.Repeat("x", 40)} {
		if lex.info(w).is(classInformalVerb) {
			t.Errorf("%q is an informal verb", w)
		}
	}
}

func BenchmarkNewLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := newLexicon(verbTableSource, collisionSource); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSuffixesByLastLetterCoverAll checks that grouping the pronoun endings
// by last letter loses none.
func TestSuffixesByLastLetterCoverAll(t *testing.T) {
	n := 0
	for c := 0; c < 256; c++ {
		for _, s := range encliticSuffixesEndingIn(byte(c)) {
			if s[len(s)-1] != byte(c) {
				t.Errorf("%q listed under %q", s, byte(c))
			}
			n++
		}
	}
	if n != len(encliticSuffixes) {
		t.Errorf("%d endings grouped, %d listed", n, len(encliticSuffixes))
	}
}

// TestLowerWordFastPaths checks the lowercasing shortcuts against
// strings.ToLower and NFC, and lowerInfo against info.
func TestLowerWordFastPaths(t *testing.T) {
	lex := theLexicon()
	words := []string{"compra", "Compra", "COMPRA", "más", "Más", "MÁS", "regístrate", "Regístrate",
		"e\u0301xito", "E\u0301XITO", "straße", "ÿes", "Ÿes", "\u2126mega", "ñandú", "Ñandú", "TÚ", "Tú",
		"Te", "TU", "Usted", "VOS", "İstanbul", "ǅemal", strings.Repeat("Ab", 40), "x"}
	for w := range lex.words {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		want := norm.NFC.String(strings.ToLower(w))
		if got := lowerWord(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
		lower, info := lex.lowerInfo(w)
		if lower != want || info != lex.info(want) {
			t.Errorf("lowerInfo(%q) = %q, %p; want %q, %p", w, lower, info, want, lex.info(want))
		}
	}
}

// TestWordTableMatchesMap checks the open-addressing word table against
// the map it indexes, for every known word and for near misses.
func TestWordTableMatchesMap(t *testing.T) {
	lex := theLexicon()
	for w, info := range lex.words {
		for _, probe := range []string{w, w + "x", "x" + w, w[:len(w)-1]} {
			want, ok := lex.words[probe]
			if !ok {
				want = unknownWord
			}
			if got := lex.info(probe); got != want {
				t.Fatalf("info(%q) = %+v, map has %+v", probe, got, want)
			}
			if got := lookupWord(lex, []byte(probe)); got != want {
				t.Fatalf("lookupWord(%q bytes) = %+v, map has %+v", probe, got, want)
			}
		}
		if info.word != w {
			t.Fatalf("%q is indexed as %q", w, info.word)
		}
		if info.id == unknownID || lex.infos[info.id] != info || lex.spellings[info.id] != w {
			t.Fatalf("%q has id %d, which lists %+v", w, info.id, lex.infos[info.id])
		}
	}
}

// TestPronounReadingsAreClassified checks that every word with a pronoun
// reading is in pronounWords, which appendCandidates relies on to skip the
// search for other words: each word of the lexicon, of the test corpus and
// of pronounWords is read before a verb and at the end of a text.
func TestPronounReadingsAreClassified(t *testing.T) {
	lex := theLexicon()
	words := map[string]bool{}
	for w := range lex.words {
		words[w] = true
	}
	for w := range pronounWords {
		words[w] = true
	}
	for _, text := range golden.ReadCorpus(t, goldenCorpusFile) {
		a := &analysis{}
		a.tokenize(text, nil)
		for k := range a.tokens {
			words[a.lower(k)] = true
		}
	}
	for w := range words {
		for _, text := range []string{"y " + w + " compramos", "con " + w + " registras", "y " + w} {
			a := analyze(lex, text)
			if readings := a.appendPronounCandidates(nil, 1); len(readings) > 0 && !a.tokens[1].is(classPronoun) {
				t.Errorf("%q has a pronoun reading in %q but is not in pronounWords", w, text)
			}
			a.release()
		}
	}
}
