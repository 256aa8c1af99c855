package address

// accepts reports whether the context of candidate c supports it. Without
// textLevel, only clause-initial imperative positions count and readings that
// need the form of the text are refused.
func (a *analysis) accepts(c *candidate, textLevel bool) bool {
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
		return a.negativeSlot(i) || textLevel && a.ustedText && a.purposeClause(i)
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
		return (a.vosText || a.sharedOnly) && a.imperativeSlot(i, true) && (!c.collision || a.followedByObject(i))
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
	w := a.lower(i)
	if !a.tokens[i].is(classNonImperative) {
		return true
	}
	n := a.next(i)
	if n < 0 || w == "viva" {
		return false
	}
	switch w {
	case "vaya", "venga":
		return setOf("a", "al", "con", "por")[a.lower(n)]
	case "sea":
		return !setOf("cual", "cuál", "como", "quien", "donde", "lo", "o")[a.lower(n)] // sea cual sea
	}
	return true
}

// ustedSubject reports whether a 3rd person verb at i has the reader as its
// subject: "usted" before or after it, or in an usted text a clause-opening
// "¿" or "si" before it (¿Busca un regalo?, si se registra hoy...).
func (a *analysis) ustedSubject(i int, v *verb) bool {
	lead, start := a.leadOf(i)
	if lead >= 0 && a.lower(lead) == "no" {
		if before, from := a.leadOf(lead); before >= 0 { // si no reconoce
			lead, start = before, from
		}
	}
	if lead >= 0 && a.lower(lead) == "usted" {
		return true
	}
	if n := a.next(i); n >= 0 && a.lower(n) == "usted" {
		return true
	}
	if !a.ustedText {
		return false
	}
	for k := start; k < i; k++ {
		if a.lower(k) == "se" && !v.pronominal {
			return false // "se puede pagar" is impersonal
		}
	}
	if lead >= 0 && a.tokens[lead].is(classUstedSubjectLead) {
		return true
	}
	if lead >= 0 && a.tokens[lead].is(classInterrogative) && !v.desc {
		// ¿Qué espera para...? but not ¿Qué incluye el plan?
		n := a.next(i)
		return n < 0 || !a.tokens[n].is(classDeterminer) && !a.tokens[n].is(classFollower) || a.lower(n) == "para"
	}
	if a.ustedVerbIn[a.tokens[start].sentence] && (a.tokens[start].afterComma || (lead >= 0 && a.tokens[lead].is(classCoordinator))) {
		return true // si se registra hoy, recibe...; si compra y paga...
	}
	if lead < 0 && a.tokens[start].initial && start == i && a.modalBeforeInfinitive(i, v) {
		return true // Puede pagarla en línea.
	}
	return lead < 0 && a.tokens[start].initial && a.tokens[start].opener == '¿'
}

// purposeClause reports whether token i follows "para que" or "a que" with
// nothing between, or follows "y" after such a verb: "para que disfrute",
// "le invitamos a que visite nuestra tienda y conozca...".
func (a *analysis) purposeClause(i int) bool {
	lead, _ := a.leadOf(i)
	if lead >= 0 && a.tokens[lead].is(classCoordinator) && a.ustedVerbIn[a.tokens[i].sentence] {
		return true
	}
	if lead < 0 || a.lower(lead) != "que" {
		return false
	}
	p := a.prev(lead)
	return p >= 0 && (a.lower(p) == "para" || a.lower(p) == "a")
}
