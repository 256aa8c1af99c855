package address

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed verbs.txt
var verbTableSource string

//go:embed collisions.txt
var collisionSource string

// cell is a slot of the verb paradigm that carries a form of address.
type cell uint8

const (
	cellPresent     cell = iota // present indicative: compras, comprás, compra
	cellImperative              // affirmative imperative: compra, comprá, compre
	cellSubjunctive             // present subjunctive: (no) compres, compre
	cellInfinitive              // infinitive, only with an enclitic: registrarte
	cellGerund                  // gerund, only with an enclitic: registrándote
	cellFuture                  // comprarás, comprará
	cellConditional             // comprarías, compraría
	cellImperfect               // comprabas, compraba
	cellPreterite               // compraste, compró
)

// verbForm is one reading of a written verb form.
type verbForm struct {
	verb    *verb
	cell    cell
	forms   FormSet // the forms of address this spelling realizes in this cell
	surface string  // the bare verb, without enclitics
}

// lexicon is the immutable index the analysis looks words up in.
type lexicon struct {
	verbs []*verb
	// forms maps a lowercase bare verb form to its readings.
	forms map[string][]verbForm
	// hosts maps an accentless imperative, infinitive or gerund to its
	// readings, to recognise the verb inside a word with enclitics (regístrate).
	hosts map[string][]verbForm
	// collisions are spellings that are also ordinary nouns or other words
	// (compras, cuentas, sal, tomate): they count only with supporting context.
	collisions map[string]bool
	// words maps the closed-class words of words.go, the collisions and the
	// bare verb forms to what the analysis needs to know about them.
	words map[string]*wordInfo
	// infos lists the entries of words by id, unknownWord first, and
	// spellings their words, which the analysis reads for every token.
	infos     []*wordInfo
	spellings []string
	// wordSlots indexes words for lookups (see buildWordTable).
	wordSlots []wordSlot
	// encliticFilter has bit encliticHash(w) set for every accentless host
	// followed by a pronoun ending: most words fail it and skip the search.
	encliticFilter []uint64
	// analyses recycles the buffers of finished analyses (see release). It is
	// the one part of the lexicon that changes, and it is safe for concurrent use.
	analyses sync.Pool
}

// loadLexicon builds the lexicon once from the embedded tables.
var loadLexicon = sync.OnceValues(func() (*lexicon, error) {
	return newLexicon(verbTableSource, collisionSource)
})

// theLexicon returns the shared lexicon. The tables are embedded in the
// binary and a test parses them, so an error here is a build defect.
func theLexicon() *lexicon {
	lex, err := loadLexicon()
	if err != nil {
		panic(fmt.Sprintf("address: embedded tables are invalid: %v", err))
	}
	return lex
}

func newLexicon(verbSource, collisionList string) (*lexicon, error) {
	verbs, err := parseVerbTable(verbSource)
	if err != nil {
		return nil, err
	}
	lex := &lexicon{
		verbs:      verbs,
		forms:      map[string][]verbForm{},
		hosts:      map[string][]verbForm{},
		collisions: map[string]bool{},
	}
	for _, v := range verbs {
		for _, f := range []Form{Tu, Vos, Usted} {
			lex.addForm(v, cellPresent, f, v.present[f])
			lex.addForm(v, cellImperative, f, v.imperative[f])
			lex.addForm(v, cellSubjunctive, f, v.subjunctive[f])
			lex.addForm(v, cellFuture, f, v.future[f])
			lex.addForm(v, cellConditional, f, v.conditional[f])
			lex.addForm(v, cellImperfect, f, v.imperfect[f])
			lex.addForm(v, cellPreterite, f, v.preterite[f])
		}
		lex.addForm(v, cellSubjunctive, Vos, v.vosSubjunctive)
		for _, f := range []Form{Tu, Vos, Usted} {
			if s := v.imperative[f]; s != "" {
				lex.addHost(verbForm{verb: v, cell: cellImperative, forms: SetOf(f), surface: s})
			}
		}
		lex.addHost(verbForm{verb: v, cell: cellInfinitive, surface: v.infinitive})
		lex.addHost(verbForm{verb: v, cell: cellGerund, surface: v.gerund})
	}
	for _, line := range strings.Split(collisionList, "\n") {
		word := strings.TrimSpace(line)
		if word != "" && !strings.HasPrefix(word, "#") {
			lex.collisions[word] = true
		}
	}
	lex.buildWords()
	lex.buildWordTable()
	lex.buildEncliticFilter()
	return lex, nil
}

// addForm records that surface realizes form f of cell, merging the forms that
// share one spelling (estás is tú and vos).
func (lex *lexicon) addForm(v *verb, c cell, f Form, surface string) {
	if surface == "" {
		return
	}
	readings := lex.forms[surface]
	for i := range readings {
		if readings[i].verb == v && readings[i].cell == c {
			readings[i].forms |= SetOf(f)
			return
		}
	}
	lex.forms[surface] = append(readings, verbForm{verb: v, cell: c, forms: SetOf(f), surface: surface})
}

func (lex *lexicon) addHost(vf verbForm) {
	key := stripAccents(vf.surface)
	readings := lex.hosts[key]
	for i := range readings {
		if readings[i].verb == vf.verb && readings[i].cell == vf.cell && readings[i].surface == vf.surface {
			readings[i].forms |= vf.forms
			return
		}
	}
	lex.hosts[key] = append(readings, vf)
}

// encliticSuffixes are the pronoun endings a verb can carry, longest first.
var encliticSuffixes = func() []string {
	singles := []string{"me", "te", "se", "nos", "lo", "la", "los", "las", "le", "les"}
	var out []string
	for _, first := range []string{"me", "te", "se", "nos"} {
		for _, second := range []string{"lo", "la", "los", "las"} {
			out = append(out, first+second)
		}
	}
	return append(out, singles...)
}()

// encliticFilterBits is the size of the enclitic filter, a power of two.
const encliticFilterBits = 1 << 20

// encliticHash is FNV-1a of an accentless word, reduced to the filter size.
func encliticHash(word []byte) uint32 {
	h := uint32(2166136261)
	for _, b := range word {
		h = (h ^ uint32(b)) * 16777619
	}
	return h & (encliticFilterBits - 1)
}

// accentlessHash is encliticHash(appendAccentless(nil, word)) without
// building the accentless copy: most words fail the filter, and only those
// that pass need it.
func accentlessHash(word string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(word); {
		if b := word[i]; b < utf8.RuneSelf {
			h = (h ^ uint32(b)) * 16777619
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		r, _ = unaccented(r)
		var enc [utf8.UTFMax]byte
		for _, b := range enc[:utf8.EncodeRune(enc[:], r)] {
			h = (h ^ uint32(b)) * 16777619
		}
		i += size
	}
	return h & (encliticFilterBits - 1)
}

// buildEncliticFilter sets the bit of every accentless host followed by
// every pronoun ending: a word with enclitics is always one of them, since
// enclitic requires stripAccents(word) to be such a host plus the ending.
func (lex *lexicon) buildEncliticFilter() {
	lex.encliticFilter = make([]uint64, encliticFilterBits/64)
	var buf []byte
	for key := range lex.hosts {
		for _, suffix := range encliticSuffixes {
			buf = append(append(buf[:0], key...), suffix...)
			h := encliticHash(buf)
			lex.encliticFilter[h/64] |= 1 << (h % 64)
		}
	}
}

// The pronoun endings grouped by their last letter, in the order of
// encliticSuffixes: a word can only end in those sharing its last letter.
var (
	suffixesInE = suffixesEndingIn('e')
	suffixesInO = suffixesEndingIn('o')
	suffixesInA = suffixesEndingIn('a')
	suffixesInS = suffixesEndingIn('s')
)

func suffixesEndingIn(last byte) []string {
	var out []string
	for _, s := range encliticSuffixes {
		if s[len(s)-1] == last {
			out = append(out, s)
		}
	}
	return out
}

// encliticSuffixesEndingIn returns the pronoun endings whose last byte is last.
func encliticSuffixesEndingIn(last byte) []string {
	switch last {
	case 'e':
		return suffixesInE
	case 'o':
		return suffixesInO
	case 'a':
		return suffixesInA
	case 's':
		return suffixesInS
	}
	return nil
}

// endsLikePronoun reports whether word, of at least two bytes, ends like a
// single pronoun of encliticSuffixes (me, te, se, le, lo, la, nos, los, las,
// les): every pronoun ending, single or double (melo, selas), does.
func endsLikePronoun(word string) bool {
	n := len(word)
	switch word[n-1] {
	case 'e':
		c := word[n-2]
		return c == 'm' || c == 't' || c == 's' || c == 'l'
	case 'o', 'a':
		return word[n-2] == 'l'
	case 's':
		if n < 3 {
			return false
		}
		switch word[n-3:] {
		case "nos", "los", "las", "les":
			return true
		}
	}
	return false
}

// withEnclitic is a reading of a verb with pronouns attached.
type withEnclitic struct {
	verbForm
	clitics string
}

// enclitic finds the readings of a lowercase word as a verb followed by
// enclitic pronouns, checking the spelling including its accent.
func (lex *lexicon) enclitic(word string) []withEnclitic { return lex.encliticIn(word, nil) }

// encliticIn is enclitic, with the spellings remembered by a when a is not
// nil; then the readings are in a's scratch buffer, valid until the next call.
func (lex *lexicon) encliticIn(word string, a *analysis) []withEnclitic {
	if len(word) < 3 || !endsLikePronoun(word) {
		return nil // most words: no ending to strip, no hash to compute
	}
	if h := accentlessHash(word); lex.encliticFilter[h/64]&(1<<(h%64)) == 0 {
		return nil // no host followed by a pronoun is spelled like this
	}
	var buf [64]byte
	accentless := appendAccentless(buf[:0], word)
	var out []withEnclitic
	if a != nil {
		out = a.enclitics[:0]
	}
	for _, suffix := range encliticSuffixesEndingIn(word[len(word)-1]) {
		if len(word) <= len(suffix) || word[len(word)-len(suffix):] != suffix {
			continue
		}
		// The accentless host is the accentless word without the ending:
		// accents fall on vowels, and every ending is ASCII.
		host := accentless[:len(accentless)-len(suffix)]
		for _, vf := range lex.hosts[string(host)] {
			if a != nil && a.spell(vf.surface, suffix) != word || a == nil && !spelledWithClitics(word, vf.surface, suffix) {
				continue
			}
			if vf.cell == cellImperative && !cliticFitsImperative(vf.forms, suffix) {
				continue
			}
			out = append(out, withEnclitic{verbForm: vf, clitics: suffix})
		}
	}
	if a != nil {
		a.enclitics = out[:0] // keep the grown array for the next word
	}
	return out
}

// cliticFitsImperative rejects pronouns that cannot refer to the imperative's
// own subject: usted takes se, not te; tú and vos take te, and se only before
// lo/la (díselo).
func cliticFitsImperative(forms FormSet, clitics string) bool {
	if forms.Has(Usted) {
		return !strings.HasPrefix(clitics, "te")
	}
	return clitics != "se"
}
