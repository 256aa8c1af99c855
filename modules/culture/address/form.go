package address

import (
	"fmt"
	"strings"
)

// Form is a form of address for one reader.
type Form int

// The three forms of address. The zero value is Tu.
const (
	Tu Form = iota
	Vos
	Usted
)

// String returns the Spanish name of the form without accents: "tu", "vos" or "usted",
// the same spelling ParseForm accepts.
func (f Form) String() string {
	switch f {
	case Tu:
		return "tu"
	case Vos:
		return "vos"
	case Usted:
		return "usted"
	}
	return fmt.Sprintf("Form(%d)", int(f))
}

// ParseForm reads "tu" (or "tú"), "vos" or "usted", ignoring case and surrounding space.
func ParseForm(s string) (Form, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "tu", "tú", "tuteo":
		return Tu, nil
	case "vos", "voseo":
		return Vos, nil
	case "usted", "ustedeo":
		return Usted, nil
	}
	return Tu, fmt.Errorf("address: unknown form of address %q", s)
}

// FormSet is a set of forms. Several words are shared by tú and vos (te, tu, tus,
// estás, no compres), so a marker can fit more than one form.
type FormSet uint8

// SetOf returns the set holding the given forms.
func SetOf(forms ...Form) FormSet {
	var s FormSet
	for _, f := range forms {
		s |= 1 << uint(f)
	}
	return s
}

// Has reports whether f is in the set.
func (s FormSet) Has(f Form) bool { return s&(1<<uint(f)) != 0 }

// Forms lists the forms in the set in the order Tu, Vos, Usted.
func (s FormSet) Forms() []Form {
	var out []Form
	for _, f := range []Form{Tu, Vos, Usted} {
		if s.Has(f) {
			out = append(out, f)
		}
	}
	return out
}

// only reports whether the set holds exactly f.
func (s FormSet) only(f Form) bool { return s == SetOf(f) }

// Kind is the grammatical kind of a form-of-address marker.
type Kind int

// The kinds of markers Detect reports.
const (
	Verb       Kind = iota // present indicative or subjunctive: compras, comprás, tengas
	Imperative             // affirmative or negative imperative: compra, comprá, compre, no compres
	Pronoun                // tú, vos, usted, ti, contigo
	Possessive             // tu, tus, su, sus, tuyo, suyo
	Clitic                 // object or reflexive pronoun: te, le, se; registrarte
)

// String returns the lowercase English name of the kind.
func (k Kind) String() string {
	switch k {
	case Verb:
		return "verb"
	case Imperative:
		return "imperative"
	case Pronoun:
		return "pronoun"
	case Possessive:
		return "possessive"
	case Clitic:
		return "clitic"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}
