package address

// Use is one form-of-address marker found in a text.
type Use struct {
	Start, End int     // code point offsets into the text, end exclusive
	Form       Form    // the form the marker is written in
	Forms      FormSet // every form the marker fits: te, tu and no compres fit both tú and vos
	Kind       Kind
	Word       string // the marker as written ("con vos" spans two words)
	Lemma      string // the verb's infinitive, or the pronoun's tú form (tú, ti, te, tu, contigo)
	// Alternatives holds the marker rewritten in each form, indexed by Form
	// (lowercase apart from the case of Word); "" when no safe rewrite is known.
	Alternatives [3]string
}

// Fits reports whether the marker is correct for form f. A checker should use
// it rather than comparing Form: "te" is written in both tú and vos.
func (u Use) Fits(f Form) bool { return u.Forms.Has(f) }

// Detect returns every form-of-address marker of text that its context makes
// certain, in text order. Ambiguous spellings (compra, su, le, se) are reported
// only when the unambiguous markers of the text establish its form and the
// word sits where that reading is expected; words that are never markers
// (sal de mesa, te verde, la compra online) are left out.
func Detect(text string) []Use { return detect(text, false, Tu) }

// Mismatches returns the markers Detect reports that do not fit form f
// (Use.Fits(f) is false), in text order: what a checker expecting f flags,
// without building the markers that fit.
func Mismatches(text string, f Form) []Use { return detect(text, true, f) }

// Mismatch is what a checker reports of a marker that does not fit the form
// it expects: the marker of Mismatches without the fields a finding has no
// use for.
type Mismatch struct {
	Start, End int    // code point offsets into the text, end exclusive
	Word       string // the marker as written
	Form       Form   // the form the marker is written in
	// Alternative is the marker rewritten in the expected form, as
	// Use.Alternatives has it; "" when no safe rewrite is known.
	Alternative string
}

// AppendMismatches appends to dst the markers Mismatches(text, f) returns, as
// Mismatch values, so that a checker can reuse one array from text to text
// and skips the rewrites into the forms it does not expect.
func AppendMismatches(dst []Mismatch, text string, f Form) []Mismatch {
	a := analyze(theLexicon(), text)
	defer a.release()
	shared := a.sharedForm()
	for _, c := range a.chosen {
		if c.forms.Has(f) {
			continue
		}
		word := a.span(a.tokens[c.first], a.tokens[c.last])
		m := Mismatch{Start: int(a.tokens[c.first].start), End: a.end(c.last), Word: word, Form: c.form(shared)}
		if target := c.targets[f]; target != "" {
			m.Alternative = matchCase(word, target)
		}
		dst = append(dst, m)
	}
	return dst
}

// sharedForm is the form of the markers shared by tú and vos (te, tu and
// the like) in the analysed text.
func (a *analysis) sharedForm() Form {
	if a.vosText || a.vosChosen() {
		return Vos
	}
	return Tu
}

// form is the form a marker is written in; shared is that of the markers
// shared by tú and vos.
func (c *candidate) form(shared Form) Form {
	switch {
	case c.forms.only(Tu):
		return Tu
	case c.forms.only(Vos):
		return Vos
	case c.forms.only(Usted):
		return Usted
	}
	return shared
}

// detect lists the markers of text, only those that do not fit f when
// mismatchesOnly is set.
func detect(text string, mismatchesOnly bool, f Form) []Use {
	a := analyze(theLexicon(), text)
	defer a.release()
	shared := a.sharedForm()
	n := len(a.chosen)
	if mismatchesOnly {
		n = 0
		for _, c := range a.chosen {
			if !c.forms.Has(f) {
				n++
			}
		}
	}
	uses := make([]Use, 0, n)
	for _, c := range a.chosen {
		if !mismatchesOnly || !c.forms.Has(f) {
			uses = append(uses, a.use(c, shared))
		}
	}
	return uses
}

func (a *analysis) use(c candidate, shared Form) Use {
	first, last := a.tokens[c.first], a.tokens[c.last]
	word := a.span(first, last)
	u := Use{
		Start: int(first.start),
		End:   a.end(c.last),
		Forms: c.forms,
		Kind:  c.kind,
		Word:  word,
		Lemma: c.lemma,
		Form:  c.form(shared),
	}
	for f, target := range c.targets {
		if target != "" {
			u.Alternatives[f] = matchCase(word, target)
		}
	}
	return u
}

// vosChosen reports whether a vos-only marker was accepted: then the markers
// shared by tú and vos are vos too ("Pedí tu préstamo").
func (a *analysis) vosChosen() bool {
	for _, c := range a.chosen {
		if c.forms.only(Vos) {
			return true
		}
	}
	return false
}
