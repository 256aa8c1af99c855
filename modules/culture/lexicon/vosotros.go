package lexicon

import "strings"

// addVosotrosConjugations adds to the trie the vosotros forms of every regular
// verb with their ustedes equivalents: present, subjunctive, future,
// conditional, imperfect, preterite, the imperative (comprad), the reflexive
// imperative (registraos) and the infinitive with "os" (invitaros). The -ís
// present of -ir verbs is left out: "vivís" is also the voseo form.
func (m *Matcher) addVosotrosConjugations(infinitive string) {
	stem, class := infinitive[:len(infinitive)-2], infinitive[len(infinitive)-2:]
	subj := subjunctive(stem, class) // compre, coma, pague
	subjStem := subj[:len(subj)-1]   // compr, com, pagu
	add := func(form, ustedes string, kind entryKind) {
		if !m.notVerbs[fold(form)] {
			m.addPattern(form, entry{kind: kind, lang: langSpanish, replacement: ustedes})
		}
	}
	if class == "ar" {
		add(stem+"áis", stem+"an", kindVosotros)
		add(subjStem+"éis", subjStem+"en", kindVosotros)
		add(stem+"abais", stem+"aban", kindVosotros)
		add(stem+"asteis", stem+"aron", kindVosotros)
		add(stem+"ad", subj+"n", kindVosotros)
		add(stem+"aos", accentPenultimate(subj+"n")+"se", kindVosotros)
	} else {
		if class == "er" {
			add(stem+"éis", stem+"en", kindVosotros)
			add(stem+"ed", subj+"n", kindVosotros)
			add(stem+"eos", accentPenultimate(subj+"n")+"se", kindVosotros)
		} else {
			add(stem+"id", subj+"n", kindVosotros)
			add(stem+"íos", accentPenultimate(subj+"n")+"se", kindVosotros)
		}
		add(subjStem+"áis", subjStem+"an", kindVosotros)
		add(stem+"íais", stem+"ían", kindVosotros)
		add(stem+"isteis", stem+"ieron", kindVosotros)
	}
	add(infinitive+"éis", infinitive+"án", kindVosotros)
	add(infinitive+"íais", infinitive+"ían", kindVosotros)
	clitic := "los"
	if m.isDative(infinitive) {
		clitic = "les"
	}
	add(infinitive+"os", infinitive+clitic, kindCliticOs)
}

// vosotrosByEnding recognises, by their accented endings, vosotros forms of
// verbs the data does not list (merecéis, hicisteis, tendríais). Words that
// do not end in -is are rejected before anything is allocated.
func (m *Matcher) vosotrosByEnding(t *tokenized, i int) (hit, bool) {
	folded := t.foldedBytes(i)
	n := len(folded)
	if n < 5 || folded[n-2] != 'i' || folded[n-1] != 's' {
		return hit{}, false
	}
	original := t.word(i)
	ustedes, ok := vosotrosEnding(strings.ToLower(original))
	if !ok || m.notVerbs[string(folded)] {
		return hit{}, false
	}
	h := hit{first: i, last: i, kind: kindVosotros, rule: RuleGrammarVosotros, severity: SeverityError,
		messageID: msgGrammarVosotros, suggestions: []string{}}
	if ustedes != "" {
		h.suggestions = []string{matchCase(original, ustedes)}
	}
	return h, true
}

// vosotrosEnding classifies a lowercase word with its accents. ustedes is the
// equivalent form, or "" when the verb is unknown and the ending alone does
// not tell it (tenéis → tienen, not *tenen).
func vosotrosEnding(lower string) (ustedes string, ok bool) {
	switch {
	case strings.HasSuffix(lower, "abais"), strings.HasSuffix(lower, "íais"):
		// hablabais → hablaban, tendríais → tendrían
		return strings.TrimSuffix(lower, "is") + "n", true
	case strings.HasSuffix(lower, "asteis"):
		return strings.TrimSuffix(lower, "asteis") + "aron", true
	case strings.HasSuffix(lower, "isteis"):
		return strings.TrimSuffix(lower, "isteis") + "ieron", true
	case strings.HasSuffix(lower, "réis"):
		// future: haréis → harán
		return strings.TrimSuffix(lower, "éis") + "án", true
	case strings.HasSuffix(lower, "iséis"): // dieciséis, veintiséis
		return "", false
	case strings.HasSuffix(lower, "áis"), strings.HasSuffix(lower, "éis"):
		return "", true
	}
	return "", false
}

// subjunctive returns the ustedes subjunctive without its final -n:
// compr+ar → compre, com+er → coma, pag+ar → pague, busc+ar → busque.
func subjunctive(stem, class string) string {
	if class == "ar" {
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
