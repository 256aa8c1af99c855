package address

import (
	"bufio"
	"fmt"
	"strings"
)

// verb holds the forms of one verb that carry a form of address. Arrays are
// indexed by Form; an empty string means the verb has no such form (poder has
// no imperative).
type verb struct {
	lemma      string // as listed in the table: "registrarse"
	infinitive string // "registrar"
	pronominal bool   // lemma ends in "se": an attached te becomes se for usted
	desc       bool   // the bare 3rd person reading dominates ("incluye")
	// vosLikePreterite is set when the vos imperative is also the 1st person
	// preterite (viví, pedí, elegí), so it is no marker by itself.
	vosLikePreterite bool

	present        [3]string // compras, comprás, compra
	imperative     [3]string // compra, comprá, compre
	subjunctive    [3]string // compres, compres, compre (negative imperative)
	vosSubjunctive string    // comprés, the regional vos negative imperative
	future         [3]string // comprarás, comprarás, comprará
	conditional    [3]string // comprarías, comprarías, compraría
	imperfect      [3]string // comprabas, comprabas, compraba
	preterite      [3]string // compraste, compraste, compró
	gerund         string    // comprando
}

// conjugationClass is the set of endings of -ar, -er or -ir verbs.
type conjugationClass struct {
	presentTu, presentVos, present3, imperativeVos, subjunctiveVowel string
}

var (
	arClass = conjugationClass{"as", "ás", "a", "á", "e"}
	erClass = conjugationClass{"es", "és", "e", "é", "a"}
	irClass = conjugationClass{"es", "ís", "e", "í", "a"}
)

// parseVerbTable reads the embedded verb table (see verbs.txt for its format).
func parseVerbTable(src string) ([]*verb, error) {
	var verbs []*verb
	seen := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Fields(text)
		if seen[fields[0]] {
			return nil, fmt.Errorf("address: verb table line %d: %s listed twice", line, fields[0])
		}
		seen[fields[0]] = true
		v, err := conjugate(fields[0], fields[1:])
		if err != nil {
			return nil, fmt.Errorf("address: verb table line %d: %w", line, err)
		}
		verbs = append(verbs, v)
	}
	return verbs, sc.Err()
}

// conjugate builds the forms of a verb from its lemma by the regular rules,
// then applies the options of its table line.
func conjugate(lemma string, options []string) (*verb, error) {
	v := &verb{lemma: lemma, infinitive: lemma}
	if strings.HasSuffix(lemma, "rse") {
		v.infinitive = strings.TrimSuffix(lemma, "se")
		v.pronominal = true
	}
	inf := []rune(v.infinitive)
	if len(inf) < 2 {
		return nil, fmt.Errorf("%s: too short", lemma)
	}
	var class conjugationClass
	switch string(inf[len(inf)-2:]) {
	case "ar":
		class = arClass
	case "er":
		class = erClass
	case "ir", "ír":
		class = irClass
	default:
		return nil, fmt.Errorf("%s: not an infinitive", lemma)
	}
	stem := string(inf[:len(inf)-2])
	stressed, sub := stem, ""
	explicitSub := false
	var present, imperative, subjunctive []string
	for _, opt := range options {
		key, value, hasValue := strings.Cut(opt, "=")
		if hasValue == (key == "desc") || (hasValue && value == "") {
			return nil, fmt.Errorf("%s: malformed option %q", lemma, opt)
		}
		switch key {
		case "stem":
			stressed = value
		case "sub":
			sub, explicitSub = value, true
		case "pres":
			present = strings.Split(value, ",")
		case "imp":
			imperative = strings.Split(value, ",")
		case "subj":
			subjunctive = strings.Split(value, ",")
		case "desc":
			v.desc = true
		default:
			return nil, fmt.Errorf("%s: unknown option %q", lemma, opt)
		}
	}
	if sub == "" {
		sub = subjunctiveStem(stressed, class)
	}
	v.present = [3]string{stressed + class.presentTu, stem + class.presentVos, stressed + class.present3}
	v.imperative = [3]string{stressed + class.present3, stem + class.imperativeVos, sub + class.subjunctiveVowel}
	v.subjunctive = [3]string{sub + class.subjunctiveVowel + "s", sub + class.subjunctiveVowel + "s", sub + class.subjunctiveVowel}
	if err := override(&v.present, present, 3); err != nil {
		return nil, fmt.Errorf("%s: pres: %w", lemma, err)
	}
	if err := override(&v.imperative, imperative, 3); err != nil {
		return nil, fmt.Errorf("%s: imp: %w", lemma, err)
	}
	if subjunctive != nil {
		if len(subjunctive) != 2 {
			return nil, fmt.Errorf("%s: subj needs 2 forms, has %d", lemma, len(subjunctive))
		}
		v.subjunctive = [3]string{subjunctive[0], subjunctive[0], subjunctive[1]}
	}
	switch {
	case explicitSub || subjunctive != nil:
		// Irregular subjunctives keep their stem in the vos variant (tengás).
		tu := []rune(stripAccents(v.subjunctive[Tu]))
		v.vosSubjunctive = string(tu[:len(tu)-2])
	case class == irClass:
		// -ir verbs keep a closed vowel (pidás, sintás, durmás).
		v.vosSubjunctive = strings.NewReplacer("ie", "i", "ue", "u").Replace(stripAccents(sub))
	default:
		v.vosSubjunctive = subjunctiveStem(stem, class)
	}
	v.vosSubjunctive += map[string]string{"e": "és", "a": "ás"}[class.subjunctiveVowel]
	addTenses(v, class, stem, stressed)
	v.vosLikePreterite = class == irClass && v.imperative[Vos] == stem+"í" &&
		!strings.HasSuffix(lemma, "decir") && !strings.HasSuffix(lemma, "venir") && !strings.HasSuffix(lemma, "ducir")
	return v, nil
}

func override(forms *[3]string, values []string, n int) error {
	if values == nil {
		return nil
	}
	if len(values) != n {
		return fmt.Errorf("needs %d forms, has %d", n, len(values))
	}
	for i, s := range values {
		if s == "-" {
			s = ""
		}
		forms[i] = s
	}
	return nil
}

// subjunctiveStem applies the spelling changes a stem needs before the
// subjunctive vowel: busc-ar → busqu-e, pag-ar → pagu-e, empiez-ar → empiec-e,
// averigu-ar → averigü-e, elig-ir → elij-a, sigu-ir → sig-a, conoc-er → conozc-a,
// venc-er → venz-a.
func subjunctiveStem(stem string, class conjugationClass) string {
	r := []rune(stem)
	n := len(r)
	if class == arClass {
		switch {
		case strings.HasSuffix(stem, "gu"):
			return string(r[:n-1]) + "ü"
		case strings.HasSuffix(stem, "c"):
			return string(r[:n-1]) + "qu"
		case strings.HasSuffix(stem, "g"):
			return stem + "u"
		case strings.HasSuffix(stem, "z"):
			return string(r[:n-1]) + "c"
		}
		return stem
	}
	switch {
	case strings.HasSuffix(stem, "gu"):
		return string(r[:n-1])
	case strings.HasSuffix(stem, "g"):
		return string(r[:n-1]) + "j"
	case strings.HasSuffix(stem, "c") && n > 1 && isVowel(r[n-2]):
		return string(r[:n-1]) + "zc"
	case strings.HasSuffix(stem, "c"):
		return string(r[:n-1]) + "z"
	}
	return stem
}

// tense returns the tú, vos and usted forms of a finite indicative cell.
func (v *verb) tense(c cell) [3]string {
	switch c {
	case cellFuture:
		return v.future
	case cellConditional:
		return v.conditional
	case cellImperfect:
		return v.imperfect
	case cellPreterite:
		return v.preterite
	}
	return v.present
}
