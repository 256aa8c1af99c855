package builtin

import "strings"

// noun is a noun phrase without determiner ("zapatillas para correr") with
// the gender and number its determiners and agreeing words need.
type noun struct {
	text   string
	fem    bool
	plural bool
}

// agreement picks one of four forms: masculine singular, feminine singular,
// masculine plural, feminine plural.
func (n noun) agreement(ms, fs, mp, fp string) string {
	switch {
	case n.plural && n.fem:
		return fp
	case n.plural:
		return mp
	case n.fem:
		return fs
	}
	return ms
}

func (n noun) possessive(lang string) string {
	if lang == Portuguese {
		return n.agreement("nosso", "nossa", "nossos", "nossas") + " " + n.text
	}
	return n.agreement("nuestro", "nuestra", "nuestros", "nuestras") + " " + n.text
}

func (n noun) definite(lang string) string {
	if lang == Portuguese {
		return n.agreement("o", "a", "os", "as") + " " + n.text
	}
	return n.agreement("el", "la", "los", "las") + " " + n.text
}

// Words whose gender or number the ending rules get wrong.
var (
	spanishFeminine = set("app", "mano", "moto", "foto", "radio", "piel", "leche", "miel", "llave", "noche",
		"clase", "gente", "red", "web", "sal", "flor", "tv", "laptop", "torre", "carne", "fuente", "muerte", "suerte")
	spanishMasculine = set("día", "mapa", "sistema", "programa", "problema", "tema", "clima", "idioma",
		"planeta", "sofá", "pijama", "menú", "software", "plan", "análisis", "énfasis", "paréntesis", "oasis", "chasis")
	spanishSingularS = set("análisis", "crisis", "lunes", "martes", "miércoles", "jueves", "viernes",
		"paraguas", "cumpleaños", "virus", "bus", "autobús", "inglés", "francés", "país", "mes", "gas", "tos",
		"compás", "interés", "estrés", "ciprés", "adiós", "atlas", "dosis", "tesis", "oasis", "chasis", "bíceps")
	portugueseFeminine = set("mão", "foto", "moto", "pele", "tv", "rede", "web", "flor", "noite", "chave",
		"gente", "carne", "fonte", "sorte", "colher", "mulher", "cor", "dor", "árvore", "tarde", "classe",
		"viagem", "imagem", "mensagem", "garagem", "nuvem", "ordem", "vez")
	portugueseMasculine = set("dia", "mapa", "sistema", "programa", "problema", "tema", "clima", "idioma",
		"planeta", "sofá", "pijama", "cinema", "software", "plano")
	portugueseSingularS = set("lápis", "ônibus", "vírus", "gás", "mês", "país", "inglês", "francês",
		"português", "atlas", "bônus", "campus", "status", "tórax", "estresse", "juros")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// guessNoun infers gender and number from the head word of a phrase, the
// first word in Spanish and Portuguese noun phrases ("zapatillas para
// correr", "crema hidratante").
func guessNoun(lang, phrase string) noun {
	phrase = strings.TrimSpace(phrase)
	head, _, _ := strings.Cut(strings.ToLower(phrase), " ")
	if lang == Portuguese {
		return guessPortuguese(phrase, head)
	}
	n := noun{text: phrase}
	singular := head
	if strings.HasSuffix(head, "s") && !spanishSingularS[head] && !endsWithAny(head, "is", "us", "ás", "és", "ís", "ós", "ús") {
		n.plural = true
		singular = strings.TrimSuffix(head, "s")
		if strings.HasSuffix(singular, "e") && endsWithAny(singular, "ione", "ade", "ude", "re", "le", "ne", "de") {
			// canciones, ciudades, colores, móviles, planes...
			if s := strings.TrimSuffix(singular, "e"); endsWithAny(s, "ión", "ion", "dad", "tud", "r", "l", "n", "d") {
				singular = s
			}
		}
	}
	if head == "tenis" || head == "jeans" || head == "audífonos" {
		n.plural = true
	}
	switch {
	case spanishFeminine[singular], spanishFeminine[head]:
		n.fem = true
	case spanishMasculine[singular], spanishMasculine[head]:
		n.fem = false
	default:
		n.fem = endsWithAny(singular, "a", "ión", "ion", "dad", "tad", "tud", "umbre", "sis", "itis")
	}
	return n
}

func guessPortuguese(phrase, head string) noun {
	n := noun{text: phrase}
	singular := head
	switch {
	case head == "tênis" || head == "jeans":
		n.plural = true
	case strings.HasSuffix(head, "s") && !portugueseSingularS[head]:
		n.plural = true
		singular = strings.TrimSuffix(head, "s")
		switch {
		case strings.HasSuffix(singular, "õe"):
			singular = strings.TrimSuffix(singular, "õe") + "ão"
		case strings.HasSuffix(singular, "n"):
			singular = strings.TrimSuffix(singular, "n") + "m" // viagens
		}
	}
	switch {
	case portugueseFeminine[singular], portugueseFeminine[head]:
		n.fem = true
	case portugueseMasculine[singular], portugueseMasculine[head]:
		n.fem = false
	default:
		n.fem = endsWithAny(singular, "a", "ção", "são", "dade", "gem", "ã", "ise", "ite", "tude")
	}
	return n
}

func endsWithAny(s string, suffixes ...string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}
