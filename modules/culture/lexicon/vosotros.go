package lexicon

import "strings"

// vosotrosByEnding recognises vosotros verb forms that are not listed in the
// data by their endings (habláis, comeréis, comprad, registraos,
// invitaros...). Endings shared with other words are only trusted when the
// stem belongs to a known regular verb.
func (m *Matcher) vosotrosByEnding(t *tokenized, i int) (hit, bool) {
	original := t.word(i)
	lower := strings.ToLower(original)
	folded := t.foldedWord(i)
	if m.notVerbs[folded] {
		return hit{}, false
	}
	kind, ustedes, ok := m.vosotrosForm(lower, folded)
	if !ok {
		return hit{}, false
	}
	h := hit{first: i, last: i, kind: kind, rule: RuleGrammarVosotros, severity: SeverityError,
		messageID: msgGrammarVosotros, suggestions: []string{}}
	if kind == kindCliticOs {
		h.rule, h.messageID = RuleGrammarCliticOs, msgGrammarCliticOs
	}
	if ustedes != "" {
		h.suggestions = []string{matchCase(original, ustedes)}
	}
	return h, true
}

// vosotrosForm classifies one word. lower keeps the accents, folded does not.
// ustedes is the equivalent form, or "" when it cannot be derived safely.
func (m *Matcher) vosotrosForm(lower, folded string) (kind entryKind, ustedes string, ok bool) {
	switch {
	case strings.HasSuffix(lower, "ándoos"), strings.HasSuffix(lower, "iéndoos"), strings.HasSuffix(lower, "yéndoos"):
		// esperándoos → esperándolos
		return kindCliticOs, strings.TrimSuffix(lower, "os") + "los", true
	case strings.HasSuffix(lower, "abais"), strings.HasSuffix(lower, "íais"):
		// hablabais → hablaban, comíais → comían, tendríais → tendrían
		return kindVosotros, strings.TrimSuffix(lower, "is") + "n", len([]rune(lower)) > 5
	case strings.HasSuffix(lower, "asteis"):
		return kindVosotros, strings.TrimSuffix(lower, "asteis") + "aron", true
	case strings.HasSuffix(lower, "isteis"):
		return kindVosotros, strings.TrimSuffix(lower, "isteis") + "ieron", true
	case strings.HasSuffix(lower, "réis"):
		// hablaréis → hablarán
		return kindVosotros, strings.TrimSuffix(lower, "éis") + "án", true
	case strings.HasSuffix(lower, "áis"), strings.HasSuffix(lower, "éis"):
		if strings.HasSuffix(lower, "iséis") { // dieciséis, veintiséis
			return 0, "", false
		}
		stem := strings.TrimSuffix(strings.TrimSuffix(lower, "áis"), "éis")
		if len([]rune(stem)) < 2 {
			return 0, "", false
		}
		ending := "an"
		if strings.HasSuffix(lower, "éis") {
			ending = "en"
		}
		if m.knownStem(fold(stem)) {
			return kindVosotros, stem + ending, true
		}
		return kindVosotros, "", true
	}
	return m.vosotrosImperative(folded)
}

// knownStem reports whether stem plus -ar, -er or -ir is a known regular
// verb, undoing the spelling changes of the subjunctive (pagu-, busqu-, empiec-).
func (m *Matcher) knownStem(stem string) bool {
	candidates := []string{stem}
	switch {
	case strings.HasSuffix(stem, "gu"):
		candidates = append(candidates, strings.TrimSuffix(stem, "u"))
	case strings.HasSuffix(stem, "qu"):
		candidates = append(candidates, strings.TrimSuffix(stem, "qu")+"c")
	case strings.HasSuffix(stem, "c"):
		candidates = append(candidates, strings.TrimSuffix(stem, "c")+"z")
	case strings.HasSuffix(stem, "j"):
		candidates = append(candidates, strings.TrimSuffix(stem, "j")+"g")
	}
	for _, s := range candidates {
		if m.regularVerbs[s+"ar"] || m.regularVerbs[s+"er"] || m.regularVerbs[s+"ir"] {
			return true
		}
	}
	return false
}

// vosotrosImperative recognises imperatives of known regular verbs: comprad,
// descubrid, registraos, suscribíos, and infinitives with the clitic os:
// invitaros. folded has no accents.
func (m *Matcher) vosotrosImperative(folded string) (entryKind, string, bool) {
	for _, v := range [...]struct {
		suffix, infinitive string
		clitic             bool
	}{
		{"ad", "ar", false}, {"ed", "er", false}, {"id", "ir", false},
		{"aos", "ar", true}, {"eos", "er", true}, {"ios", "ir", true},
	} {
		stem, found := strings.CutSuffix(folded, v.suffix)
		if !found || len([]rune(stem)) < 3 || !m.regularVerbs[stem+v.infinitive] {
			continue
		}
		if v.clitic {
			return kindVosotros, accentPenultimate(subjunctive(stem, v.infinitive)+"n") + "se", true
		}
		return kindVosotros, subjunctive(stem, v.infinitive) + "n", true
	}
	for _, inf := range [...]string{"ar", "er", "ir"} {
		verb, found := strings.CutSuffix(folded, "os")
		if found && strings.HasSuffix(verb, inf) && m.regularVerbs[verb] {
			clitic := "los"
			if m.isDative(verb) {
				clitic = "les"
			}
			return kindCliticOs, verb + clitic, true
		}
	}
	return 0, "", false
}

// subjunctive returns the ustedes subjunctive stem plus its vowel, without
// the final -n: compr+ar → compre, com+er → coma, pag+ar → pague.
func subjunctive(stem, infinitive string) string {
	if infinitive == "ar" {
		switch {
		case strings.HasSuffix(stem, "c"):
			return strings.TrimSuffix(stem, "c") + "que"
		case strings.HasSuffix(stem, "g"):
			return stem + "ue"
		case strings.HasSuffix(stem, "z"):
			return strings.TrimSuffix(stem, "z") + "ce"
		}
		return stem + "e"
	}
	switch {
	case strings.HasSuffix(stem, "gu"):
		return strings.TrimSuffix(stem, "u") + "a"
	case strings.HasSuffix(stem, "g"):
		return strings.TrimSuffix(stem, "g") + "ja"
	}
	return stem + "a"
}
