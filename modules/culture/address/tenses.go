package address

import "strings"

// Future, conditional, imperfect and preterite forms are built by rule from
// the infinitive; the irregular stems below cover the verbs of the table and
// their compounds (obtener, proponer, deshacer, producir...).

// futureStems maps an infinitive ending to the stem of its future and conditional.
var futureStems = []struct{ ending, stem string }{
	{"tener", "tendr"}, {"poner", "pondr"}, {"venir", "vendr"}, {"salir", "saldr"}, {"valer", "valdr"},
	{"hacer", "har"}, {"facer", "far"}, {"poder", "podr"}, {"querer", "querr"}, {"saber", "sabr"},
	{"haber", "habr"},
}

// preteriteStems maps an infinitive ending to its strong preterite stem
// (tuv-iste, tuv-o).
var preteriteStems = []struct{ ending, stem string }{
	{"tener", "tuv"}, {"estar", "estuv"}, {"poner", "pus"}, {"venir", "vin"}, {"hacer", "hic"},
	{"facer", "fic"}, {"poder", "pud"}, {"querer", "quis"}, {"saber", "sup"}, {"haber", "hub"},
	{"decir", "dij"}, {"traer", "traj"}, {"ducir", "duj"},
}

// irregularImperfects are the three verbs with an irregular imperfect.
var irregularImperfects = map[string][3]string{
	"ser": {"eras", "eras", "era"},
	"ir":  {"ibas", "ibas", "iba"},
	"ver": {"veías", "veías", "veía"},
}

// irregularGerunds are the gerunds the rules below do not give.
var irregularGerunds = map[string]string{"poder": "pudiendo", "ir": "yendo", "reír": "riendo", "sonreír": "sonriendo"}

// irregularPreterites are the verbs whose preterite has no stem to share.
var irregularPreterites = map[string][3]string{
	"ser":     {"fuiste", "fuiste", "fue"},
	"ir":      {"fuiste", "fuiste", "fue"},
	"dar":     {"diste", "diste", "dio"},
	"ver":     {"viste", "viste", "vio"},
	"reír":    {"reíste", "reíste", "rio"},
	"sonreír": {"sonreíste", "sonreíste", "sonrió"},
}

// addTenses fills the future, conditional, imperfect and preterite of v. stem is the
// infinitive stem (compr-), stressed the stem of the stressed present.
func addTenses(v *verb, class conjugationClass, stem, stressed string) {
	future := stripAccents(v.infinitive) // oír → oirás
	if v.infinitive == "decir" {
		future = "dir"
	}
	for _, s := range futureStems {
		if prefix, ok := strings.CutSuffix(v.infinitive, s.ending); ok {
			future = prefix + s.stem
			break
		}
	}
	v.future = [3]string{future + "ás", future + "ás", future + "á"}
	v.conditional = [3]string{future + "ías", future + "ías", future + "ía"}

	switch p, ok := irregularImperfects[v.infinitive]; {
	case ok:
		v.imperfect = p
	case class == arClass:
		v.imperfect = [3]string{stem + "abas", stem + "abas", stem + "aba"}
	default:
		v.imperfect = [3]string{stem + "ías", stem + "ías", stem + "ía"}
	}

	v.gerund = gerund(v, class, stem, stressed)
	if p, ok := irregularPreterites[v.infinitive]; ok {
		v.preterite = p
		return
	}
	for _, s := range preteriteStems {
		if prefix, ok := strings.CutSuffix(v.infinitive, s.ending); ok {
			third := prefix + s.stem + "o"
			if s.stem == "hic" || s.stem == "fic" {
				third = prefix + strings.TrimSuffix(s.stem, "c") + "zo" // hizo
			}
			v.preterite = [3]string{prefix + s.stem + "iste", prefix + s.stem + "iste", third}
			return
		}
	}
	if class == arClass {
		v.preterite = [3]string{stem + "aste", stem + "aste", stem + "ó"}
		return
	}
	switch {
	case endsInVowel(stem) && strings.HasSuffix(stem, "u"): // constru-iste, constru-yó
		v.preterite = [3]string{stem + "iste", stem + "iste", stem + "yó"}
		return
	case endsInVowel(stem): // le-íste, le-yó
		v.preterite = [3]string{stem + "íste", stem + "íste", stem + "yó"}
		return
	}
	v.preterite = [3]string{stem + "iste", stem + "iste", closedStem(class, stem, stressed) + "ió"}
}

// gerund builds comprando, viviendo, leyendo, pidiendo, durmiendo.
func gerund(v *verb, class conjugationClass, stem, stressed string) string {
	if g, ok := irregularGerunds[v.infinitive]; ok {
		return g
	}
	if class == arClass {
		return stem + "ando"
	}
	if endsInVowel(stem) {
		return stem + "yendo"
	}
	return closedStem(class, stem, stressed) + "iendo"
}

// closedStem is the stem of the -ir verbs with a vowel change (pedir, dormir,
// sentir) before a stressed i or ió: pid-ió, durm-iendo, sint-ió.
func closedStem(class conjugationClass, stem, stressed string) string {
	if class == irClass && stressed != stem && stripAccents(stressed) != stem && !strings.HasSuffix(stressed, "y") {
		return closeLastVowel(stem)
	}
	return stem
}

// closeLastVowel turns the last e of a stem into i, or its last o into u.
func closeLastVowel(stem string) string {
	r := []rune(stem)
	for i := len(r) - 1; i >= 0; i-- {
		switch r[i] {
		case 'e':
			r[i] = 'i'
			return string(r)
		case 'o':
			r[i] = 'u'
			return string(r)
		}
	}
	return stem
}

// endsInVowel reports whether a stem ends in a sounded vowel: le-, constru-,
// but not segu- or delinqu-, whose u is silent.
func endsInVowel(stem string) bool {
	r := []rune(stem)
	if len(r) == 0 || !isVowel(r[len(r)-1]) {
		return false
	}
	return !strings.HasSuffix(stem, "gu") && !strings.HasSuffix(stem, "qu")
}
