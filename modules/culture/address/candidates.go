package address

import (
	"strings"
	"unicode/utf8"
)

// cond is the context a candidate reading needs before it counts.
type cond uint8

const (
	condNone           cond = iota // unambiguous: tenés, regístrate, contigo
	condVerbal                     // also a noun (compras): needs te, no, si... before it
	condImperativeSlot             // usted imperative (compre): opens a clause or follows an imperative
	condNegativeSlot               // usted subjunctive after a clause-opening "no"
	condTuImperative               // tú imperative spelled like the 3rd person (compra): needs a tú text
	condVosImperative              // vos imperative spelled like a preterite (viví): needs a vos text
	condUstedVerb                  // 3rd person spelling (compra): needs usted as subject, or an usted text and ¿ or si
	condUstedText                  // su, le, lo: needs an usted text and the local pattern
	condInfinitiveSe               // registrarse: needs an usted text and para or an usted verb before
	condUstedSe                    // se: needs an accepted usted verb after it
)

// candidate is one possible form-of-address reading of the words first..last.
type candidate struct {
	first, last int
	kind        Kind
	forms       FormSet
	lemma       string
	cond        cond
	verb        *verb
	collision   bool // the spelling is also an ordinary word
	patternOK   bool // the local pattern of condUstedText and condInfinitiveSe holds
	negatable   bool // a tú/vos subjunctive: an imperative after a clause-opening "no"
	needsYour   bool // a descriptive verb (protege): an imperative only before tu or tus
	// reflexive is the usted spelling of an infinitive or gerund with "te" when
	// the reader is also the subject: "sigue cuidándote" → "siga cuidándose".
	reflexive string
	targets   [3]string // lowercase spelling in each form; "" when unknown
}

// appendCandidates appends the readings of token i to cands.
func (a *analysis) appendCandidates(cands []candidate, i int) []candidate {
	t := &a.tokens[i]
	if t.word == unknownID {
		// Not a pronoun nor a bare verb form: only a verb with pronouns
		// attached (regístrate), which the word list leaves out, can be a marker.
		if a.nounSlot(i) {
			return cands
		}
		return a.appendEncliticCandidates(cands, i)
	}
	if a.lower(i) == "sos" && isUpper(a.text[t.byteStart:t.byteEnd]) {
		return cands // the distress signal, not vos sos
	}
	if t.is(classPronoun) {
		cands = a.appendPronounCandidates(cands, i)
	}
	if t.is(classNeverVerb) || a.nounSlot(i) {
		return cands
	}
	collision := t.is(classCollision)
	for _, vf := range a.lex.infos[t.word].forms {
		if c, ok := a.verbCandidate(i, vf, collision); ok {
			cands = append(cands, c)
		}
	}
	if !collision || (t.is(classEncliticBeforeObject) && a.followedByObject(i)) {
		cands = a.appendEncliticCandidates(cands, i)
	}
	return cands
}

// appendEncliticCandidates appends the readings of token i as a verb with
// pronouns attached.
func (a *analysis) appendEncliticCandidates(cands []candidate, i int) []candidate {
	for _, e := range a.lex.encliticIn(a.lower(i), a) {
		if c, ok := a.encliticCandidate(i, e); ok {
			cands = append(cands, c)
		}
	}
	return cands
}

// nounSlot reports whether a determiner right before token i makes it a noun.
func (a *analysis) nounSlot(i int) bool {
	p := a.prev(i)
	if p < 0 {
		return false
	}
	before, word := a.lower(p), &a.tokens[i]
	switch {
	case before == "tu" && a.informalVerbAt(i) && !word.is(classCollision):
		return false // "tu eliges": tú without its accent
	case a.tokens[p].is(classDeterminer):
		return true
	case before == "la" || before == "las" || before == "los" || before == "lo":
		return word.is(classCollision) // "las compras", "la prueba" are nouns
	}
	return false
}

func (a *analysis) verbCandidate(i int, vf verbForm, collision bool) (candidate, bool) {
	v := vf.verb
	c := candidate{first: i, last: i, forms: vf.forms, lemma: v.lemma, verb: v, collision: collision}
	switch vf.cell {
	case cellPresent, cellFuture, cellConditional, cellImperfect, cellPreterite:
		c.kind, c.targets = Verb, v.tense(vf.cell)
		switch {
		case vf.forms.only(Usted):
			c.cond = condUstedVerb
		case collision:
			c.cond = condVerbal
		}
	case cellImperative:
		if v.pronominal {
			return c, false // quédate, never a bare "queda"
		}
		c.kind, c.targets = Imperative, v.imperative
		switch {
		case vf.forms.Has(Usted):
			c.cond = condImperativeSlot
		case vf.surface == v.present[Usted] || (collision && vf.forms.Has(Tu)):
			c.cond, c.needsYour = condTuImperative, v.desc
		case collision || (v.vosLikePreterite && vf.forms.only(Vos)):
			c.cond = condVosImperative
		}
		if vf.surface == "ve" { // ve a la tienda (ir), ve el video (ver)
			n := a.next(i)
			toward := n >= 0 && (a.lower(n) == "a" || a.lower(n) == "al")
			if (v.lemma == "ir") != toward {
				return c, false
			}
		}
	case cellSubjunctive:
		c.targets = v.subjunctive
		if vf.forms.Has(Usted) {
			c.kind, c.cond = Imperative, condNegativeSlot
			break
		}
		c.kind, c.negatable = Verb, true
		if collision {
			c.cond = condVerbal
		}
	default:
		return c, false
	}
	return c, true
}

func (a *analysis) encliticCandidate(i int, e withEnclitic) (candidate, bool) {
	v := e.verb
	c := candidate{first: i, last: i, lemma: v.lemma, verb: v}
	first, rest := splitClitics(e.clitics)
	switch e.cell {
	case cellImperative:
		if e.surface == "ve" && v.infinitive == "ver" {
			return c, false // vete is ir; ver takes míralo instead
		}
		c.kind, c.forms = Imperative, e.forms
		for _, f := range []Form{Tu, Vos, Usted} {
			if base := v.imperative[f]; base != "" {
				c.targets[f] = a.spell(base, convertClitics(e.clitics, e.forms, f))
			}
		}
		return c, true
	case cellInfinitive, cellGerund:
		c.kind = Clitic
		informal := a.spell(e.surface, "te"+rest)
		switch {
		case first == "te":
			c.forms = SetOf(Tu, Vos)
			c.reflexive = a.spell(e.surface, "se"+rest)
			c.targets = [3]string{informal, informal, a.spell(e.surface, "le"+rest)}
			if v.pronominal || rest != "" || a.informalVerbAt(a.prev(i)) {
				c.targets[Usted] = c.reflexive
			}
			return c, true
		case first == "se" && rest == "":
			p := a.prev(i)
			c.forms, c.cond = SetOf(Usted), condInfinitiveSe
			c.patternOK = v.pronominal && p >= 0 && a.lower(p) == "para"
			c.targets = [3]string{informal, informal, a.spell(e.surface, e.clitics)} // the word itself
			return c, true
		case first == "le" && rest == "":
			p := a.prev(i)
			c.forms, c.cond = SetOf(Usted), condUstedText
			c.patternOK = p >= 0 && isFirstPersonPlural(a.lower(p))
			c.targets = [3]string{informal, informal, a.spell(e.surface, e.clitics)} // the word itself
			return c, true
		}
	}
	return c, false
}

// spell is withClitics, remembered by the analysis: the same verbs with
// pronouns recur through a text and from one text to the next. The
// spellings come from the lexicon alone, so the memo holds no text and stays
// bounded by the verb table.
func (a *analysis) spell(verb, clitics string) string {
	key := [2]string{verb, clitics}
	if s, ok := a.spelled[key]; ok {
		return s
	}
	s := withClitics(verb, clitics)
	if a.spelled == nil {
		a.spelled = make(map[[2]string]string)
	}
	a.spelled[key] = s
	return s
}

// splitClitics splits "telo" into "te" and "lo"; a single pronoun has no rest.
func splitClitics(clitics string) (first, rest string) {
	for _, p := range []string{"me", "te", "se", "nos"} {
		if r, ok := strings.CutPrefix(clitics, p); ok && r != "" && (r == "lo" || r == "la" || r == "los" || r == "las") {
			return p, r
		}
	}
	return clitics, ""
}

// convertClitics adapts the reflexive pronoun attached to an imperative:
// regístrate (te) ↔ regístrese (se); díselo keeps its se.
func convertClitics(clitics string, from FormSet, to Form) string {
	first, rest := splitClitics(clitics)
	switch {
	case to == Usted && first == "te":
		return "se" + rest
	case to != Usted && from.Has(Usted) && first == "se" && rest == "":
		return "te"
	}
	return clitics
}

func isFirstPersonPlural(word string) bool {
	return strings.HasSuffix(word, "mos") && utf8.RuneCountInString(word) >= 5
}

// informalVerbAt reports whether token i is a tú or vos present or subjunctive
// (te registras, puedes registrarte).
func (a *analysis) informalVerbAt(i int) bool {
	return i >= 0 && a.tokens[i].is(classInformalVerb)
}

// appendPronounCandidates appends the pronoun, possessive or clitic reading
// of token i, if it has one, to cands.
func (a *analysis) appendPronounCandidates(cands []candidate, i int) []candidate {
	w := a.lower(i)
	c := candidate{first: i, last: i, lemma: w}
	n := a.next(i)
	switch w {
	case "tú":
		c.kind, c.forms, c.targets = Pronoun, SetOf(Tu), [3]string{"tú", "vos", "usted"}
	case "ti":
		c.kind, c.forms, c.targets = Pronoun, SetOf(Tu), [3]string{"ti", "vos", "usted"}
	case "contigo":
		c.kind, c.forms, c.targets = Pronoun, SetOf(Tu), [3]string{"contigo", "con vos", "con usted"}
	case "vos", "usted":
		c.kind, c.forms, c.lemma = Pronoun, SetOf(Vos), "tú"
		if w == "usted" {
			c.forms = SetOf(Usted)
		}
		c.targets = [3]string{"tú", "vos", "usted"}
		if p := a.prev(i); p >= 0 && a.lower(p) == "con" {
			c.first, c.lemma, c.targets = p, "contigo", [3]string{"contigo", "con vos", "con usted"}
		} else if p >= 0 && a.tokens[p].is(classPreposition) {
			c.lemma, c.targets = "ti", [3]string{"ti", "vos", "usted"}
		}
	case "te":
		if n < 0 || a.tokens[n].is(classNotTeaFollower) || a.nounSlot(i) {
			return cands
		}
		polite := "le"
		after := a.lower(n)
		if after == "lo" || after == "la" || after == "los" || after == "las" ||
			a.informalVerbAt(n) || (a.tokens[n].is(classObjectClitic) && a.informalVerbAt(a.next(n))) {
			polite = "se"
		}
		c.kind, c.forms, c.targets = Clitic, SetOf(Tu, Vos), [3]string{"te", "te", polite}
	case "tu", "tus":
		if n < 0 {
			return cands
		}
		if w == "tu" && a.informalVerbAt(n) && !a.tokens[n].is(classCollision) {
			// "tu eliges": the subject pronoun without its accent.
			c.kind, c.forms, c.lemma, c.targets = Pronoun, SetOf(Tu), "tú", [3]string{"tú", "vos", "usted"}
			break
		}
		polite := "su"
		if w == "tus" {
			polite = "sus"
		}
		c.kind, c.forms, c.targets = Possessive, SetOf(Tu, Vos), [3]string{w, w, polite}
	case "tuyo", "tuya", "tuyos", "tuyas":
		c.kind, c.forms, c.targets = Possessive, SetOf(Tu, Vos), [3]string{w, w, possessivePronouns[w]}
	case "su", "sus":
		if n < 0 {
			return cands
		}
		informal := "tu"
		if w == "sus" {
			informal = "tus"
		}
		c.kind, c.forms, c.lemma, c.cond, c.patternOK = Possessive, SetOf(Usted), informal, condUstedText, true
		c.targets = [3]string{informal, informal, w}
	case "suyo", "suya", "suyos", "suyas":
		informal := "tu" + strings.TrimPrefix(w, "su")
		c.kind, c.forms, c.lemma, c.cond, c.patternOK = Possessive, SetOf(Usted), informal, condUstedText, true
		c.targets = [3]string{informal, informal, w}
	case "le":
		c.kind, c.forms, c.lemma, c.cond = Clitic, SetOf(Usted), "te", condUstedText
		c.patternOK = n >= 0 && isFirstPersonPlural(a.lower(n))
		c.targets = [3]string{"te", "te", w}
	case "lo", "la":
		c.kind, c.forms, c.lemma, c.cond = Clitic, SetOf(Usted), "te", condUstedText
		c.patternOK = n >= 0 && a.tokens[n].is(classPersonVerb)
		c.targets = [3]string{"te", "te", w}
	case "se":
		c.kind, c.forms, c.lemma, c.cond = Clitic, SetOf(Usted), "te", condUstedSe
		c.targets = [3]string{"te", "te", w}
	default:
		return cands
	}
	return append(cands, c)
}
