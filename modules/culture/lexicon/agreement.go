package lexicon

import "strings"

// genderPair returns the other-gender form of a determiner or prenominal
// adjective ("el" ↔ "la", "un" ↔ "una", "buen" ↔ "buena"), given in folded
// form, or "" when the word does not vary.
func genderPair(word string) string {
	switch word {
	case "el":
		return "la"
	case "la":
		return "el"
	case "los":
		return "las"
	case "las":
		return "los"
	case "un":
		return "una"
	case "una":
		return "un"
	case "unos":
		return "unas"
	case "unas":
		return "unos"
	case "aquel":
		return "aquella"
	case "aquella":
		return "aquel"
	case "ningun":
		return "ninguna"
	case "ninguna":
		return "ningún"
	case "algun":
		return "alguna"
	case "alguna":
		return "algún"
	case "primer":
		return "primera"
	case "primera":
		return "primer"
	case "tercer":
		return "tercera"
	case "tercera":
		return "tercer"
	case "buen":
		return "buena"
	case "buena":
		return "buen"
	case "mal":
		return "mala"
	case "mala":
		return "mal"
	}
	for _, stem := range [...]string{"est", "es", "nuestr", "vuestr", "otr", "much", "poc", "tod", "mism",
		"nuev", "propi", "ultim", "segund", "viej", "pequeñ", "bonit", "lind", "perfect"} {
		if w, ok := flipEnding(word, stem); ok {
			return w
		}
	}
	return ""
}

// flipEnding turns stem+o(s)/e(s) into stem+a(s) and back. "est" and "es"
// end in -e in the masculine singular (este, ese).
func flipEnding(word, stem string) (string, bool) {
	rest, ok := strings.CutPrefix(word, stem)
	if !ok {
		return "", false
	}
	masculine := "o"
	if stem == "est" || stem == "es" {
		masculine = "e"
	}
	switch rest {
	case masculine:
		return stem + "a", true
	case "a":
		return stem + masculine, true
	case "os":
		return stem + "as", true
	case "as":
		return stem + "os", true
	}
	return "", false
}

// isAgreeingAdjective reports whether a folded word is a common adjective
// with -o/-a endings, the kind that follows a noun in marketing copy.
func isAgreeingAdjective(word string) bool {
	for _, ending := range [...]string{"os", "as", "o", "a"} {
		stem, ok := strings.CutSuffix(word, ending)
		if !ok {
			continue
		}
		switch stem {
		case "nuev", "usad", "barat", "car", "roj", "blanc", "negr", "pequeñ", "bonit", "lind", "perfect",
			"modern", "rapid", "lent", "electric", "automatic", "propi", "favorit", "complet", "exclusiv",
			"clasic", "comod", "practic", "economic", "unic", "ultim", "deportiv", "segur", "limpi",
			"fresc", "delicios", "ric", "sabros", "congelad", "organic", "caser", "liger", "pesad", "larg",
			"cort", "alt", "baj", "anch", "viej", "antigu", "reacondicionad", "inalambric", "compact",
			"amarill", "morad", "dorad", "platead", "oscur", "clar", "gratuit", "rebajad", "personalizad",
			"equipad", "renovad", "seminuev", "lujos", "famos", "autentic", "tipic", "importad", "pintad",
			"integrad", "incluid", "comprad", "elegid", "preferid", "divertid", "suav", "calentit", "frit",
			"asad", "hech", "listo", "list", "perfumad", "estampad", "ajustad", "abrigad", "ecologic",
			"reciclad", "blindad", "conectad", "digitalizad", "garantizad", "asegurad", "financiad",
			"ilimitad", "prepagad", "postpagad", "contratad", "gastronomic", "artesan", "tradicional",
			"mexican", "argentin", "chilen", "peruan", "colombian", "español", "italian", "american",
			"buen", "mal", "bell", "hermos", "maravillos", "fri", "helad", "tostad", "molid", "picad", "rallad":
			return true
		}
	}
	return false
}

// flipAdjective turns an -o(s) adjective into -a(s) and back, keeping case.
func flipAdjective(word string) string {
	runes := []rune(word)
	n := len(runes)
	i := n - 1
	if n > 1 && (runes[i] == 's' || runes[i] == 'S') {
		i--
	}
	switch runes[i] {
	case 'o':
		runes[i] = 'a'
	case 'a':
		runes[i] = 'o'
	case 'O':
		runes[i] = 'A'
	case 'A':
		runes[i] = 'O'
	}
	return string(runes)
}

// agreementEdits returns the edits that make the articles and adjectives
// around tokens first..last agree with the noun that replaces them: of gender
// to instead of from, and plural when toPlural (a singular word swapped for
// one that only exists in the plural: "una canchita crocante" → "unas
// crispetas crocantes").
func agreementEdits(t *tokenized, first, last int, from, to string, toPlural bool, lang string) []edit {
	flip := from != "" && to != "" && from != to
	if lang == langPortuguese {
		if !flip {
			return nil
		}
		return portugueseAgreementEdits(t, first, last, from)
	}
	if !flip && !toPlural {
		return nil
	}
	gender := to
	if gender == "" {
		gender = from
	}
	var edits []edit
	replace := func(i int, word string) {
		tok := t.tokens[i]
		edits = append(edits, edit{start: int(tok.start), end: int(tok.end), to: matchCase(t.word(i), word), rule: RuleAgreement})
	}
	// After the noun: "carro nuevo" → "computadora nueva", "canchita crocante" → "crispetas crocantes".
	if k := last + 1; k < len(t.tokens) && t.tokens[k].joined {
		w, out := t.foldedWord(k), t.word(k)
		if flip && isAgreeingAdjective(w) && endsLikeGender(w, from) {
			out = flipAdjective(out)
		}
		if toPlural && !strings.HasSuffix(w, "s") && (isAgreeingAdjective(w) || isInvariantAdjective(w) || isPostnominalAdjective(w)) {
			out = pluralAdjective(out)
		}
		if out != t.word(k) {
			replace(k, out)
		}
	}
	// Before the noun: an adjective, then the determiner.
	k := first - 1
	if k >= 0 && t.tokens[k+1].joined && isAgreeingAdjective(t.foldedWord(k)) && genderPair(t.foldedWord(k)) != "" &&
		!isDeterminer(t.foldedWord(k)) {
		out := t.word(k)
		if flip {
			out = flipAdjective(out)
		}
		if toPlural && !strings.HasSuffix(t.foldedWord(k), "s") {
			out = pluralAdjective(out)
		}
		if out != t.word(k) {
			replace(k, out)
		}
		k--
	} else if k >= 0 && t.tokens[k+1].joined && isInvariantAdjective(t.foldedWord(k)) {
		if toPlural && !strings.HasSuffix(t.foldedWord(k), "s") {
			replace(k, pluralAdjective(t.word(k))) // "la mejor canchita" → "las mejores crispetas"
		}
		k-- // "el mejor carro" → "la mejor computadora"
	}
	if k < 0 || !t.tokens[k+1].joined {
		return edits
	}
	word := t.foldedWord(k)
	switch {
	case toPlural && (word == "del" || word == "al"):
		replace(k, strings.TrimSuffix(word, "l")+" "+pluralDeterminer(definiteArticle(gender)))
	case word == "del" && to == "f":
		replace(k, "de la")
	case word == "al" && to == "f":
		replace(k, "a la")
	case !toPlural && word == "la" && to == "m" && k > 0 && t.tokens[k].joined && (t.foldedWord(k-1) == "de" || t.foldedWord(k-1) == "a"):
		contracted := "del"
		if t.foldedWord(k-1) == "a" {
			contracted = "al"
		}
		tok := t.tokens[k-1]
		edits = append(edits, edit{start: int(tok.start), end: int(t.tokens[k].end),
			to: matchCase(t.word(k-1), contracted), rule: RuleAgreement})
	case isDeterminer(word):
		out := word
		if pair := genderPair(word); flip && pair != "" {
			out = pair
		}
		if toPlural {
			out = pluralDeterminer(out)
		}
		if out != word {
			replace(k, out)
		}
	case toPlural && (word == "mi" || word == "tu" || word == "su"):
		replace(k, word+"s")
	}
	return edits
}

func definiteArticle(gender string) string {
	if gender == "f" {
		return "la"
	}
	return "el"
}

// pluralDeterminer returns the plural of a folded singular determiner (el →
// los, una → unas, este → estos); a plural or invariable one comes back as is.
func pluralDeterminer(word string) string {
	switch word {
	case "el":
		return "los"
	case "un":
		return "unos"
	case "algun", "algún":
		return "algunos"
	case "ningun", "ningún", "ninguna":
		return word // "ningunas crispetas" is not said
	case "primer":
		return "primeros"
	case "aquel":
		return "aquellos"
	case "este":
		return "estos"
	case "ese":
		return "esos"
	}
	if strings.HasSuffix(word, "s") {
		return word
	}
	return word + "s" // la, una, esta, nuestro, otra, toda...
}

// isPostnominalAdjective reports whether a folded word is a common adjective
// that does not end in -o/-a and follows the noun: it only changes in number.
func isPostnominalAdjective(word string) bool {
	switch word {
	case "crocante", "crujiente", "caliente", "picante", "refrescante", "dulce", "verde", "azul", "gris", "fuerte",
		"suave", "elegante", "ideal", "especial", "original", "natural", "genial", "importante", "disponible",
		"saludable", "sostenible", "resistente", "impermeable", "flexible", "potente", "brillante", "comun", "facil",
		"util", "veloz", "feliz", "joven", "imperdible", "irresistible", "inolvidable", "confortable", "durable",
		"amable", "agradable", "tradicional", "artesanal", "nacional", "local", "regional", "digital", "total", "final":
		return true
	}
	return false
}

// pluralAdjective returns the plural of a singular adjective in word's letter
// case: -s after a vowel (crocante → crocantes), -es after a consonant (azul →
// azules, común → comunes, japonés → japoneses), -ces for -z (feliz →
// felices), and joven → jóvenes.
func pluralAdjective(word string) string {
	lower := []rune(strings.ToLower(word))
	n := len(lower)
	switch {
	case n == 0:
		return word
	case string(lower) == "joven":
		return matchCase(word, "jóvenes")
	case strings.ContainsRune("aeiouáéó", lower[n-1]):
		return matchCase(word, string(lower)+"s")
	case lower[n-1] == 'z':
		return matchCase(word, string(lower[:n-1])+"ces")
	}
	// A stressed last syllable loses its accent: común → comunes, alemán → alemanes.
	if n >= 2 && (lower[n-1] == 'n' || lower[n-1] == 's') {
		if plain, ok := unaccented[lower[n-2]]; ok {
			lower[n-2] = plain
		}
	}
	return matchCase(word, string(lower)+"es")
}

var unaccented = map[rune]rune{'á': 'a', 'é': 'e', 'í': 'i', 'ó': 'o', 'ú': 'u'}

func isDeterminer(word string) bool {
	switch word {
	case "el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "estos", "estas",
		"ese", "esa", "esos", "esas", "aquel", "aquella", "nuestro", "nuestra", "nuestros", "nuestras",
		"vuestro", "vuestra", "otro", "otra", "otros", "otras", "mucho", "mucha", "muchos", "muchas",
		"poco", "poca", "pocos", "pocas", "ningun", "ninguna", "algun", "alguna", "primer", "primera",
		"todo", "toda", "todos", "todas", "mismo", "misma":
		return true
	}
	return false
}

func endsLikeGender(word, gender string) bool {
	w := strings.TrimSuffix(word, "s")
	if gender == "m" {
		return strings.HasSuffix(w, "o")
	}
	return strings.HasSuffix(w, "a")
}

func portugueseAgreementEdits(t *tokenized, first, last int, from string) []edit {
	var edits []edit
	replace := func(i int, word string) {
		tok := t.tokens[i]
		edits = append(edits, edit{start: int(tok.start), end: int(tok.end), to: matchCase(t.word(i), word), rule: RuleAgreement})
	}
	if k := last + 1; k < len(t.tokens) && t.tokens[k].joined && isPortugueseAdjective(t.foldedWord(k)) &&
		endsLikeGender(t.foldedWord(k), from) {
		replace(k, flipAdjective(t.word(k)))
	}
	k := first - 1
	if k >= 0 && t.tokens[k+1].joined && isPortugueseAdjective(t.foldedWord(k)) && !isPortugueseDeterminer(t.foldedWord(k)) {
		replace(k, flipAdjective(t.word(k)))
		k--
	} else if k >= 0 && t.tokens[k+1].joined && isInvariantAdjective(t.foldedWord(k)) {
		k-- // "o melhor time" → "a melhor equipa"
	}
	if k >= 0 && t.tokens[k+1].joined && isPortugueseDeterminer(t.foldedWord(k)) {
		if pair := portugueseGenderPair(t.foldedWord(k)); pair != "" {
			replace(k, pair)
		}
	}
	return edits
}

// isInvariantAdjective reports whether a folded word is an adjective that
// goes before nouns of either gender (mejor, gran, melhor, grande).
func isInvariantAdjective(word string) bool {
	switch word {
	case "mejor", "mejores", "peor", "peores", "mayor", "mayores", "menor", "menores", "gran", "grandes",
		"melhor", "melhores", "pior", "piores", "maior", "maiores", "grande", "enorme", "excelente", "increible":
		return true
	}
	return false
}
