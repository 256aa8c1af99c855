package address

import "strings"

// establishTextForm collects the markers that need no text-level context and
// sets the form of the text when they agree.
func (a *analysis) establishTextForm() {
	var tu, vos, usted, informal bool
	for _, i := range a.readers { // a token without readings shows nothing
		forms, decided := a.localEvidence(int(i), a.readings(int(i)))
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
	a.sharedOnly = informal && !tu && !vos && !usted
	a.ustedText = usted && !tu && !vos && !informal
	if !tu && !vos && !usted && !informal {
		cues := a.ustedCues()
		a.ustedText = cues >= 2
		// Copy without unambiguous markers is still tú when a sentence opens with a
		// call to action that only a tú imperative reads as ("Compra ahora",
		// "Descubre nuestra colección"), and nothing hints at usted.
		a.tuText = cues == 0 && a.tuCallToAction()
	}
}

// callToActionFollowers after a clause-opening verb make it a call to action:
// "Compra ahora", "Reserva hoy", "Descubre nuestra colección". Not "online" nor
// "gratis": "Compra online" and "Prueba gratis" also read as noun phrases.
var callToActionFollowers = setOf("ahora", "ya", "hoy", "aquí", "acá",
	"nuestro", "nuestra", "nuestros", "nuestras")

// tuCallToAction reports whether the text's sentences open with tú imperatives
// spelled like the 3rd person that read as calls to action: one followed by
// ahora, hoy, nuestro... or inside "¡...!", or two followed by what follows a
// verb (Aprovecha el descuento. Visita la tienda.). Descriptive verbs
// (incluye, llega, abre) are left out: their 3rd person reading dominates
// ("¡Llega el verano!", "Abre hoy nuestra tienda").
func (a *analysis) tuCallToAction() bool {
	openers := 0
	for _, at := range a.readers {
		i := int(at)
		t := a.tokens[i]
		if !t.initial {
			continue
		}
		for _, c := range a.readings(i) {
			if c.cond != condTuImperative || c.needsYour {
				continue
			}
			if t.opener == '¡' {
				return true
			}
			if n := a.next(i); n >= 0 && callToActionFollowers[a.lower(n)] {
				return true
			}
			if a.followedByObject(i) {
				openers++
				break
			}
		}
	}
	return openers >= 2
}

// ustedCues counts the kinds of usted cues in a text without unambiguous
// markers: "le recordamos", "Puede pagarla", "¿Busca...?", "para que disfrute".
// Any one can be 3rd person, so a text counts as usted only with two different
// kinds; "su" is too common in 3rd person copy to count at all.
func (a *analysis) ustedCues() int {
	var object, modal, question, purpose bool
	for i, t := range a.tokens {
		n := a.next(i)
		switch a.lower(i) {
		case "le":
			object = object || n >= 0 && isFirstPersonPlural(a.lower(n))
		case "lo", "la":
			object = object || n >= 0 && a.tokens[n].is(classPersonVerb)
		}
		for _, c := range a.readings(i) {
			if c.cond == condNegativeSlot && a.purposeClause(i) {
				purpose = true
			}
			if c.cond != condUstedVerb || !t.initial {
				continue
			}
			modal = modal || a.modalBeforeInfinitive(i, c.verb)
			question = question || t.opener == '¿' && !c.verb.desc && (n < 0 || !a.tokens[n].is(classDeterminer))
		}
	}
	count := 0
	for _, cue := range []bool{object, modal, question, purpose} {
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
	w := a.lower(n)
	if a.tokens[n].is(classImpersonalInfinitive) {
		return false // puede haber retrasos, puede ser
	}
	if strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") {
		return true
	}
	for _, e := range a.lex.encliticIn(w, a) {
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
	for k := range cands {
		c := &cands[k]
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
