package address

// Helpers that look at the words around a token.

// imperativeSlot reports whether token i opens a clause, maybe after an
// adverb ("Ahora paga menos"), or (at text level)
// follows "y", "o" or a comma after an imperative of the same sentence, or
// follows a comma in a text whose form is established ("Para registrarse, visite...").
func (a *analysis) imperativeSlot(i int, textLevel bool) bool {
	t := a.tokens[i]
	if t.initial {
		return true
	}
	if p := a.prev(i); p >= 0 && a.tokens[p].initial && a.tokens[p].is(classOpeningAdverb) {
		return true // "Ahora paga en cuotas"
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
	return p >= 0 && a.tokens[p].is(classCoordinator)
}

// negativeSlot reports whether token i follows a clause-opening "no", maybe
// with pronouns between: "No te lo pierdas".
func (a *analysis) negativeSlot(i int) bool {
	lead, _ := a.leadOf(i)
	return lead >= 0 && a.lower(lead) == "no" && (a.tokens[lead].initial || a.coordinated(lead))
}

func (a *analysis) coordinated(i int) bool {
	t := a.tokens[i]
	if int(t.sentence) >= len(a.imperativeIn) || !a.imperativeIn[t.sentence] {
		return false
	}
	p := a.prev(i)
	return t.afterComma || (p >= 0 && a.tokens[p].is(classCoordinator))
}

// verbalContext reports whether a word that could be a noun is preceded by
// words that only go before verbs: a pronoun (te, me, se), no, si, tú...
func (a *analysis) verbalContext(i int) bool {
	lead, start := a.leadOf(i)
	if start < i {
		switch a.lower(i - 1) {
		case "lo", "la", "los", "las":
		default:
			return true
		}
	}
	if lead >= 0 && a.tokens[lead].is(classInterrogative) {
		// ¿Qué esperas? or ¿Qué esperas para...?, not ¿Qué compras hiciste?
		n := a.next(i)
		return n < 0 || a.lower(n) == "para"
	}
	if lead >= 0 {
		return a.tokens[lead].is(classVerbalLead)
	}
	return a.tokens[start].initial && a.tokens[start].opener == '¿'
}

// beforeYour reports whether "tu" or "tus" follows token i, maybe after "a":
// "protege tu piel", "protege a tu familia".
func (a *analysis) beforeYour(i int) bool {
	n := a.next(i)
	if n >= 0 && a.lower(n) == "a" {
		n = a.next(n)
	}
	return n >= 0 && (a.lower(n) == "tu" || a.lower(n) == "tus")
}

// followedByObject reports whether the next word is one that follows a verb
// rather than a noun: "reserva tu mesa", "prueba gratis".
func (a *analysis) followedByObject(i int) bool {
	n := a.next(i)
	return n >= 0 && a.tokens[n].is(classFollower)
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
		if !a.tokens[p].is(classObjectClitic) {
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
