package address

import (
	"slices"
	"sort"
)

// analysis is the reading of one text: its words, the candidate readings of
// each, what form the text as a whole is written in, and the accepted markers.
type analysis struct {
	lex    *lexicon
	text   string
	tokens []token
	// lowered holds the lowercase copies of the words that need one (see
	// token.copied); loweredBuf is the buffer it is made from, kept for reuse.
	lowered    string
	loweredBuf []byte
	copies     []copySpan  // by token.copy
	all        []candidate // every reading, in token order (see readings)
	// readers lists, in order, the tokens with at least one reading: the
	// passes after collectCandidates look at no other token.
	readers []int32
	bounds  []int32 // token index → start of its readings in all
	// The form the unambiguous markers establish for the whole text; at most
	// one is set, none when the text has no markers or mixes forms.
	tuText, vosText, ustedText bool
	// sharedOnly is set when the only markers are shared by tú and vos (te,
	// tu): the text is informal and either form's imperatives may follow.
	sharedOnly   bool
	chosen       []candidate
	chosenAt     []int32              // token index → index into chosen, or -1
	imperativeIn []bool               // sentence index → an imperative was accepted
	ustedVerbIn  []bool               // sentence index → a verb with usted as subject was accepted
	enclitics    []withEnclitic       // scratch of encliticIn
	merged       []candidate          // scratch of sortChosen
	spelled      map[[2]string]string // memo of spell, kept across texts
}

// analyze reads text. The analysis comes from the lexicon's pool: call
// release once its results are copied out.
func analyze(lex *lexicon, text string) *analysis {
	a, _ := lex.analyses.Get().(*analysis)
	if a == nil {
		a = &analysis{}
	}
	a.tuText, a.vosText, a.ustedText, a.sharedOnly = false, false, false, false
	a.tokenize(text, lex)
	a.collectCandidates()
	a.chosen = a.chosen[:0]
	a.chosenAt = resize(a.chosenAt, len(a.tokens))
	sentences := 0
	for i := range a.tokens {
		a.chosenAt[i] = -1
		sentences = int(a.tokens[i].sentence) + 1
	}
	a.imperativeIn = resize(a.imperativeIn, sentences)
	a.ustedVerbIn = resize(a.ustedVerbIn, sentences)
	clear(a.imperativeIn)
	clear(a.ustedVerbIn)
	a.establishTextForm()
	a.choose()
	appended := len(a.chosen)
	a.chooseReflexiveSe()
	a.sortChosen(appended)
	return a
}

// sortChosen puts the accepted markers in text order. choose accepts them
// in order and chooseReflexiveSe appends a few more in order, from index
// appended on: when no two markers start at the same token, merging the two
// runs gives the only sorted order. Anything else takes the sort the
// analysis always used.
func (a *analysis) sortChosen(appended int) {
	left, right := a.chosen[:appended], a.chosen[appended:]
	if len(right) == 0 && strictlyIncreasing(left) {
		return
	}
	if strictlyIncreasing(left) && strictlyIncreasing(right) {
		merged := slices.Grow(a.merged[:0], len(a.chosen))
		for len(left) > 0 && len(right) > 0 && left[0].first != right[0].first {
			if left[0].first < right[0].first {
				merged, left = append(merged, left[0]), left[1:]
			} else {
				merged, right = append(merged, right[0]), right[1:]
			}
		}
		if len(left) == 0 || len(right) == 0 {
			merged = append(append(merged, left...), right...)
			a.merged, a.chosen = a.chosen[:0], merged
			return
		}
		a.merged = merged[:0] // a tie: fall back to the sort
	}
	sort.Slice(a.chosen, func(x, y int) bool { return a.chosen[x].first < a.chosen[y].first })
}

// strictlyIncreasing reports whether each marker starts after the previous one.
func strictlyIncreasing(cs []candidate) bool {
	for k := 1; k < len(cs); k++ {
		if cs[k].first <= cs[k-1].first {
			return false
		}
	}
	return true
}

// maxPooledTokens bounds the analyses kept for reuse: the buffers of a
// very long text are left to the garbage collector.
const maxPooledTokens = 1 << 18

// release returns the analysis to the lexicon's pool. Nothing it holds may
// be used afterwards. The pool keeps no text alive: tokens hold offsets, and
// the readings hold only spellings of the lexicon and of its spell memo (an
// enclitic reading spells the word itself with spell, not with the text), so
// they need no clearing.
func (a *analysis) release() {
	lex := a.lex
	if lex == nil || cap(a.tokens) > maxPooledTokens {
		return
	}
	a.lex, a.text, a.lowered = nil, "", ""
	lex.analyses.Put(a)
}

// resize returns s with length n, reusing its array when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// collectCandidates lists the readings of every token. They share one
// backing array: most words have none, and one allocation per word with
// readings would dominate the analysis of long texts.
func (a *analysis) collectCandidates() {
	n := len(a.tokens)
	a.bounds = resize(a.bounds, n+1)
	all := slices.Grow(a.all[:0], n/4+4) // about one word in ten has readings, some several
	readers := a.readers[:0]
	for i := range a.tokens {
		from := len(all)
		a.bounds[i] = int32(from)
		all = a.appendCandidates(all, i)
		if len(all) > from {
			readers = append(readers, int32(i))
		}
	}
	a.readers = readers
	a.bounds[n] = int32(len(all))
	a.all = all
}

// readings returns the readings of token i, a capped slice of a.all.
func (a *analysis) readings(i int) []candidate {
	from, to := a.bounds[i], a.bounds[i+1]
	return a.all[from:to:to]
}

// choose accepts, left to right, the reading of each token that its context
// supports. The accepted readings of a token are merged as they come (most
// tokens have one), without collecting them.
func (a *analysis) choose() {
	next := 0 // the first token after the last accepted reading
	for _, at := range a.readers {
		i := int(at)
		if i < next {
			continue
		}
		var c candidate // the merge of the accepted readings
		accepted, agree := 0, true
		readings := a.readings(i)
		for k := range readings {
			if !a.accepts(&readings[k], true) {
				continue
			}
			r := readings[k] // adjusted below; the reading itself stays as found
			if r.negatable && a.negativeSlot(i) {
				r.kind = Imperative
			}
			if r.cond == condNegativeSlot && !a.negativeSlot(i) {
				r.kind = Verb // para que disfrute
			}
			if r.reflexive != "" && a.afterInformalVerb(i) {
				r.targets[Usted] = r.reflexive
			}
			if accepted == 0 {
				c = r
			} else if agree {
				agree = mergeInto(&c, &r)
			}
			accepted++
		}
		if accepted == 0 || !agree {
			continue
		}
		a.accept(c)
		next = c.last + 1
	}
}

// afterInformalVerb reports whether the word before token i was accepted as a
// tú or vos verb, so that a "te" on token i is reflexive.
func (a *analysis) afterInformalVerb(i int) bool {
	p := a.prev(i)
	if p < 0 || a.chosenAt[p] < 0 {
		return false
	}
	c := a.chosen[a.chosenAt[p]]
	return (c.kind == Verb || c.kind == Imperative) && !c.forms.Has(Usted)
}

// chooseReflexiveSe accepts "se" before a verb already accepted as usted: "si se registra".
func (a *analysis) chooseReflexiveSe() {
	for _, at := range a.readers {
		i := int(at)
		if a.chosenAt[i] >= 0 {
			continue
		}
		for _, c := range a.readings(i) {
			if c.cond != condUstedSe {
				continue
			}
			j := a.next(i)
			for j >= 0 && (a.lower(j) == "lo" || a.lower(j) == "la" || a.lower(j) == "los" || a.lower(j) == "las") {
				j = a.next(j)
			}
			if j >= 0 && a.chosenAt[j] >= 0 {
				v := a.chosen[a.chosenAt[j]]
				if v.forms.only(Usted) && (v.kind == Verb || v.kind == Imperative) {
					a.accept(c)
				}
			}
		}
	}
}

func (a *analysis) accept(c candidate) {
	a.chosen = append(a.chosen, c)
	for k := c.first; k <= c.last; k++ {
		a.chosenAt[k] = int32(len(a.chosen) - 1)
	}
	if c.kind == Imperative {
		a.imperativeIn[a.tokens[c.last].sentence] = true
	}
	if c.kind == Verb && c.forms.only(Usted) {
		a.ustedVerbIn[a.tokens[c.last].sentence] = true
	}
}

// mergeInto merges other, another accepted reading of the token of c, into
// c. Readings that disagree on the form are dropped together (false);
// readings that agree on the form but not on the conversion (sienta: sentir
// or sentarse) keep the form and lose the conversions they disagree on.
func mergeInto(c, other *candidate) bool {
	if other.forms != c.forms {
		return false
	}
	for f := range c.targets {
		if c.targets[f] != other.targets[f] {
			c.targets[f] = ""
		}
	}
	if other.kind != c.kind {
		c.kind = Verb
	}
	if other.verb != nil && c.verb != nil && other.verb.pronominal && !c.verb.pronominal {
		c.lemma = other.lemma // regístrese is registrarse
	}
	return true
}
