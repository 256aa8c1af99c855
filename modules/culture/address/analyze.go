package address

import (
	"sort"
	"strings"
)

// analysis is the reading of one text: its words, the candidate readings of
// each, what form the text as a whole is written in, and the accepted markers.
type analysis struct {
	lex        *lexicon
	runes      []rune
	tokens     []token
	candidates [][]candidate
	// The form the unambiguous markers establish for the whole text; at most
	// one is set, none when the text has no markers or mixes forms.
	tuText, vosText, ustedText bool
	chosen                     []candidate
	chosenAt                   []int  // token index → index into chosen, or -1
	imperativeIn               []bool // sentence index → an imperative was accepted
	ustedVerbIn                []bool // sentence index → a verb with usted as subject was accepted
}

func analyze(lex *lexicon, text string) *analysis {
	a := &analysis{lex: lex, runes: []rune(text), tokens: tokenize(text)}
	a.candidates = make([][]candidate, len(a.tokens))
	a.chosenAt = make([]int, len(a.tokens))
	sentences := 0
	for i := range a.tokens {
		a.candidates[i] = a.candidatesAt(i)
		a.chosenAt[i] = -1
		sentences = a.tokens[i].sentence + 1
	}
	a.imperativeIn = make([]bool, sentences)
	a.ustedVerbIn = make([]bool, sentences)
	a.establishTextForm()
	a.choose()
	a.chooseReflexiveSe()
	sort.Slice(a.chosen, func(x, y int) bool { return a.chosen[x].first < a.chosen[y].first })
	return a
}

// establishTextForm collects the markers that need no text-level context and
// sets the form of the text when they agree.
func (a *analysis) establishTextForm() {
	var tu, vos, usted, informal bool
	for i, cands := range a.candidates {
		forms, decided := a.localEvidence(i, cands)
		if !decided || forms == 0 {
			continue
		}
		switch forms {
		case SetOf(Tu):
			tu = true
		case SetOf(Vos):
			vos = true
		case SetOf(Usted):
			usted = true
		case SetOf(Tu, Vos):
			informal = true
		}
	}
	a.tuText = (tu || informal) && !vos && !usted
	a.vosText = vos && !tu && !usted
	a.ustedText = usted && !tu && !vos && !informal
	if !tu && !vos && !usted && !informal {
		a.ustedText = a.ustedCues() >= 2
	}
}

// ustedCues counts the kinds of usted cues in a text without unambiguous
// markers: "le recordamos", "Puede pagarla", "¿Busca...?". Any one can be 3rd
// person, so a text counts as usted only with two different kinds; "su" is
// too common in 3rd person copy to count at all.
func (a *analysis) ustedCues() int {
	var object, modal, question bool
	for i, t := range a.tokens {
		n := a.next(i)
		switch t.lower {
		case "le":
			object = object || n >= 0 && isFirstPersonPlural(a.tokens[n].lower)
		case "lo", "la":
			object = object || n >= 0 && personVerbs[a.tokens[n].lower]
		}
		for _, c := range a.candidates[i] {
			if c.cond != condUstedVerb || !t.initial {
				continue
			}
			modal = modal || a.modalBeforeInfinitive(i, c.verb)
			question = question || t.opener == '¿' && !c.verb.desc && (n < 0 || !determiners[a.tokens[n].lower])
		}
	}
	count := 0
	for _, cue := range []bool{object, modal, question} {
		if cue {
			count++
		}
	}
	return count
}

// modalBeforeInfinitive reports whether token i is poder, deber, querer or
// necesitar followed by an infinitive: "Puede pagarla en línea".
func (a *analysis) modalBeforeInfinitive(i int, v *verb) bool {
	n := a.next(i)
	if !modalVerbs[v.infinitive] || n < 0 {
		return false
	}
	w := a.tokens[n].lower
	if impersonalInfinitives[w] {
		return false // puede haber retrasos, puede ser
	}
	if strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") {
		return true
	}
	for _, e := range a.lex.enclitic(w) {
		if e.cell == cellInfinitive {
			return true
		}
	}
	return false
}

// localEvidence returns the forms a token shows on its own, and whether its
// readings could be decided without knowing the form of the text.
func (a *analysis) localEvidence(i int, cands []candidate) (FormSet, bool) {
	var forms FormSet
	for _, c := range cands {
		switch c.cond {
		case condTuImperative, condVosImperative, condUstedVerb, condUstedText, condInfinitiveSe, condUstedSe:
			return 0, false
		}
		if !a.accepts(c, false) {
			continue
		}
		if forms != 0 && forms != c.forms {
			return 0, false
		}
		forms = c.forms
	}
	return forms, true
}

// choose accepts, left to right, the reading of each token that its context supports.
func (a *analysis) choose() {
	for i := 0; i < len(a.tokens); i++ {
		var accepted []candidate
		for _, c := range a.candidates[i] {
			if a.accepts(c, true) {
				if c.negatable && a.negativeSlot(i) {
					c.kind = Imperative
				}
				accepted = append(accepted, c)
			}
		}
		if len(accepted) == 0 {
			continue
		}
		c, ok := merge(accepted)
		if !ok {
			continue
		}
		a.accept(c)
		i = c.last
	}
}

// chooseReflexiveSe accepts "se" before a verb already accepted as usted: "si se registra".
func (a *analysis) chooseReflexiveSe() {
	for i, cands := range a.candidates {
		if a.chosenAt[i] >= 0 {
			continue
		}
		for _, c := range cands {
			if c.cond != condUstedSe {
				continue
			}
			j := a.next(i)
			for j >= 0 && (a.tokens[j].lower == "lo" || a.tokens[j].lower == "la" || a.tokens[j].lower == "los" || a.tokens[j].lower == "las") {
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
		a.chosenAt[k] = len(a.chosen) - 1
	}
	if c.kind == Imperative {
		a.imperativeIn[a.tokens[c.last].sentence] = true
	}
	if c.kind == Verb && c.forms.only(Usted) {
		a.ustedVerbIn[a.tokens[c.last].sentence] = true
	}
}

// merge reduces the accepted readings of one token to one. Readings that
// disagree on the form are dropped together; readings that agree on the form
// but not on the conversion (sienta: sentir or sentarse) keep the form and lose
// the conversions they disagree on.
func merge(accepted []candidate) (candidate, bool) {
	c := accepted[0]
	for _, other := range accepted[1:] {
		if other.forms != c.forms {
			return c, false
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
	}
	return c, true
}

// accepts reports whether the context of candidate c supports it. Without
// textLevel, only clause-initial imperative positions count and readings that
// need the form of the text are refused.
func (a *analysis) accepts(c candidate, textLevel bool) bool {
	i := c.last
	switch c.cond {
	case condNone:
		return true
	case condVerbal:
		return a.verbalContext(i)
	case condImperativeSlot:
		if !a.imperativeSlot(i, textLevel) || !a.imperativeNotInterjection(i) {
			return false
		}
		return !c.collision || a.followedByObject(i)
	case condNegativeSlot:
		return a.negativeSlot(i)
	}
	if !textLevel {
		return false
	}
	switch c.cond {
	case condTuImperative:
		if c.needsYour && !a.beforeYour(i) {
			return false
		}
		return a.tuText && a.imperativeSlot(i, true) && (!c.collision || a.followedByObject(i))
	case condVosImperative:
		return a.vosText && a.imperativeSlot(i, true) && (!c.collision || a.followedByObject(i))
	case condUstedVerb:
		return a.ustedSubject(i, c.verb)
	case condUstedText:
		return a.ustedText && c.patternOK
	case condInfinitiveSe:
		if !a.ustedText {
			return false
		}
		p := a.prev(i)
		return c.patternOK || (p >= 0 && a.chosenAt[p] >= 0 && a.chosen[a.chosenAt[p]].forms.only(Usted) && a.chosen[a.chosenAt[p]].kind == Verb)
	}
	return false
}

// imperativeNotInterjection tells "¡Vaya!" and "¡Viva México!" from "Vaya a
// la tienda": set phrases count as imperatives only when a verb complement follows.
func (a *analysis) imperativeNotInterjection(i int) bool {
	w := a.tokens[i].lower
	if !nonImperatives[w] {
		return true
	}
	n := a.next(i)
	if n < 0 || w == "viva" {
		return false
	}
	switch w {
	case "vaya", "venga":
		return setOf("a", "al", "con", "por")[a.tokens[n].lower]
	case "sea":
		return !setOf("cual", "cuál", "como", "quien", "donde", "lo", "o")[a.tokens[n].lower] // sea cual sea
	}
	return true
}

// ustedSubject reports whether a 3rd person verb at i has the reader as its
// subject: "usted" before or after it, or in an usted text a clause-opening
// "¿" or "si" before it (¿Busca un regalo?, si se registra hoy...).
func (a *analysis) ustedSubject(i int, v *verb) bool {
	lead, start := a.leadOf(i)
	if lead >= 0 && a.tokens[lead].lower == "usted" {
		return true
	}
	if n := a.next(i); n >= 0 && a.tokens[n].lower == "usted" {
		return true
	}
	if !a.ustedText {
		return false
	}
	for k := start; k < i; k++ {
		if a.tokens[k].lower == "se" && !v.pronominal {
			return false // "se puede pagar" is impersonal
		}
	}
	if lead >= 0 && ustedSubjectLeads[a.tokens[lead].lower] {
		return true
	}
	if lead >= 0 && interrogatives[a.tokens[lead].lower] && !v.desc {
		// ¿Qué espera para...? but not ¿Qué incluye el plan?
		n := a.next(i)
		return n < 0 || !determiners[a.tokens[n].lower] && !followers[a.tokens[n].lower] || a.tokens[n].lower == "para"
	}
	if a.ustedVerbIn[a.tokens[start].sentence] && (a.tokens[start].afterComma || (lead >= 0 && coordinators[a.tokens[lead].lower])) {
		return true // si se registra hoy, recibe...; si compra y paga...
	}
	if lead < 0 && a.tokens[start].initial && start == i && a.modalBeforeInfinitive(i, v) {
		return true // Puede pagarla en línea.
	}
	return lead < 0 && a.tokens[start].initial && a.tokens[start].opener == '¿'
}

// imperativeSlot reports whether token i opens a clause, or (at text level)
// follows "y", "o" or a comma after an imperative of the same sentence, or
// follows a comma in a text whose form is established ("Para registrarse, visite...").
func (a *analysis) imperativeSlot(i int, textLevel bool) bool {
	t := a.tokens[i]
	if t.initial {
		return true
	}
	if !textLevel {
		return false
	}
	if t.afterComma && (a.imperativeIn[t.sentence] || a.tuText || a.vosText || a.ustedText) {
		return true
	}
	if !a.imperativeIn[t.sentence] {
		return false
	}
	p := a.prev(i)
	return p >= 0 && coordinators[a.tokens[p].lower]
}

// negativeSlot reports whether token i follows a clause-opening "no", maybe
// with pronouns between: "No te lo pierdas".
func (a *analysis) negativeSlot(i int) bool {
	lead, _ := a.leadOf(i)
	return lead >= 0 && a.tokens[lead].lower == "no" && (a.tokens[lead].initial || a.coordinated(lead))
}

func (a *analysis) coordinated(i int) bool {
	t := a.tokens[i]
	if t.sentence >= len(a.imperativeIn) || !a.imperativeIn[t.sentence] {
		return false
	}
	p := a.prev(i)
	return t.afterComma || (p >= 0 && coordinators[a.tokens[p].lower])
}

// verbalContext reports whether a word that could be a noun is preceded by
// words that only go before verbs: a pronoun (te, me, se), no, si, tú...
func (a *analysis) verbalContext(i int) bool {
	lead, start := a.leadOf(i)
	if start < i {
		switch a.tokens[i-1].lower {
		case "lo", "la", "los", "las":
		default:
			return true
		}
	}
	if lead >= 0 && interrogatives[a.tokens[lead].lower] {
		// ¿Qué esperas? or ¿Qué esperas para...?, not ¿Qué compras hiciste?
		n := a.next(i)
		return n < 0 || a.tokens[n].lower == "para"
	}
	if lead >= 0 {
		return verbalLeads[a.tokens[lead].lower]
	}
	return a.tokens[start].initial && a.tokens[start].opener == '¿'
}

// beforeYour reports whether "tu" or "tus" follows token i, maybe after "a":
// "protege tu piel", "protege a tu familia".
func (a *analysis) beforeYour(i int) bool {
	n := a.next(i)
	if n >= 0 && a.tokens[n].lower == "a" {
		n = a.next(n)
	}
	return n >= 0 && (a.tokens[n].lower == "tu" || a.tokens[n].lower == "tus")
}

// followedByObject reports whether the next word is one that follows a verb
// rather than a noun: "reserva tu mesa", "prueba gratis".
func (a *analysis) followedByObject(i int) bool {
	n := a.next(i)
	return n >= 0 && followers[a.tokens[n].lower]
}

// leadOf skips the object pronouns right before token i and returns the word
// before them (or -1) and the first token of the pronoun-and-verb chain.
func (a *analysis) leadOf(i int) (lead, start int) {
	start = i
	for {
		p := a.prev(start)
		if p < 0 {
			return -1, start
		}
		if !objectClitics[a.tokens[p].lower] {
			return p, start
		}
		start = p
	}
}

// prev returns the previous token when only spaces separate it from token i, else -1.
func (a *analysis) prev(i int) int {
	if i <= 0 || i >= len(a.tokens) || !a.tokens[i].joined {
		return -1
	}
	return i - 1
}

// next returns the next token when only spaces separate it from token i, else -1.
func (a *analysis) next(i int) int {
	if i < 0 || i+1 >= len(a.tokens) || !a.tokens[i+1].joined {
		return -1
	}
	return i + 1
}
