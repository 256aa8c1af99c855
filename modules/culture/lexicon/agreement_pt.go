package lexicon

import "strings"

// portugueseGenderPair returns the other-gender form of a Portuguese
// determiner, contraction or prenominal adjective, given folded, or "".
func portugueseGenderPair(word string) string {
	switch word {
	case "o":
		return "a"
	case "a":
		return "o"
	case "os":
		return "as"
	case "as":
		return "os"
	case "um":
		return "uma"
	case "uma":
		return "um"
	case "uns":
		return "umas"
	case "umas":
		return "uns"
	case "no":
		return "na"
	case "na":
		return "no"
	case "nos":
		return "nas"
	case "nas":
		return "nos"
	case "do":
		return "da"
	case "da":
		return "do"
	case "dos":
		return "das"
	case "das":
		return "dos"
	case "ao":
		return "à"
	case "aos":
		return "às"
	case "pelo":
		return "pela"
	case "pela":
		return "pelo"
	case "seu":
		return "sua"
	case "sua":
		return "seu"
	case "seus":
		return "suas"
	case "suas":
		return "seus"
	case "meu":
		return "minha"
	case "minha":
		return "meu"
	case "teu":
		return "tua"
	case "tua":
		return "teu"
	case "aquele":
		return "aquela"
	case "aquela":
		return "aquele"
	case "este":
		return "esta"
	case "esta":
		return "este"
	case "esse":
		return "essa"
	case "essa":
		return "esse"
	}
	for _, stem := range [...]string{"noss", "vos", "outr", "muit", "pouc", "tod", "nov", "propri", "ultim", "velh", "pequen", "bonit", "lind", "perfeit"} {
		rest, ok := strings.CutPrefix(word, stem)
		if !ok {
			continue
		}
		switch rest {
		case "o":
			return stem + "a"
		case "a":
			return stem + "o"
		case "os":
			return stem + "as"
		case "as":
			return stem + "os"
		}
	}
	return ""
}

// isPortugueseDeterminer reports whether a folded word is a Portuguese
// article, contraction, demonstrative or possessive.
func isPortugueseDeterminer(word string) bool {
	switch word {
	case "o", "a", "os", "as", "um", "uma", "uns", "umas", "no", "na", "nos", "nas", "do", "da", "dos", "das",
		"ao", "aos", "pelo", "pela", "seu", "sua", "seus", "suas", "meu", "minha", "teu", "tua",
		"aquele", "aquela", "este", "esta", "esse", "essa", "nosso", "nossa", "nossos", "nossas",
		"outro", "outra", "outros", "outras", "todo", "toda", "todos", "todas":
		return true
	}
	return false
}

// isPortugueseAdjective reports whether a folded word is a common Portuguese
// adjective with -o/-a endings.
func isPortugueseAdjective(word string) bool {
	for _, ending := range [...]string{"os", "as", "o", "a"} {
		stem, ok := strings.CutSuffix(word, ending)
		if !ok {
			continue
		}
		switch stem {
		case "nov", "usad", "barat", "car", "branc", "pret", "pequen", "bonit", "lind", "perfeit", "modern",
			"rapid", "lent", "eletric", "automatic", "propri", "favorit", "complet", "exclusiv", "classic",
			"pratic", "economic", "unic", "ultim", "segur", "limp", "fresc", "delicios", "gostos", "congelad",
			"caseir", "pesad", "long", "curt", "alt", "baix", "velh", "antig", "amarel", "rox", "dourad",
			"escur", "clar", "gratuit", "personalizad", "equipad", "renovad", "seminov", "luxuos", "famos",
			"autentic", "tipic", "importad", "incluid", "divertid", "sabonetad", "ilimitad", "pre-pag", "brasileir",
			"portugues", "lotad", "cheio", "chei", "vazi", "divin", "maravilhos", "incrivel":
			return true
		}
	}
	return false
}
