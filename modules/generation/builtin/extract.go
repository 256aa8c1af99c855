package builtin

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// extracted is what simple heuristics could read from a free-text prompt.
// Every field is either a clean phrase or empty: a doubtful match is
// dropped so the generic phrasing takes over.
type extracted struct {
	product  string
	fem      bool // gender known from an article in the prompt
	genderOK bool
	audience string
	offers   []string
	price    string
	deadline string
	cta      string
	benefit  string
}

var (
	percentOff      = regexp.MustCompile(`(?i)(\d{1,2})\s?%\s*(?:de\s+descuento|de\s+desconto|de\s+dto\.?|off|menos|de\s+rebaja)?`)
	multiBuy        = regexp.MustCompile(`(?i)\b([2-4])\s?x\s?([1-3])\b`)
	freeShippingES  = regexp.MustCompile(`(?i)\b(env[ií]o|entrega|despacho)s?\s+(gratis|gratuit[oa]s?|sin\s+costo)\b`)
	freeShippingPT  = regexp.MustCompile(`(?i)\b(frete|entrega)\s+(gr[aá]tis|gratuit[oa])\b`)
	installmentsES  = regexp.MustCompile(`(?i)\b(\d{1,2})\s+(meses|cuotas)\s+sin\s+inter[eé]s(es)?\b`)
	installmentsPT  = regexp.MustCompile(`(?i)\b(\d{1,2})\s?x\s+sem\s+juros\b`)
	freePeriodES    = regexp.MustCompile(`(?i)\b(\d{1,2}|primer|un)\s+(mes|meses|día|días|semana|semanas)\s+(gratis|sin\s+costo)\b`)
	freePeriodPT    = regexp.MustCompile(`(?i)\b(\d{1,2}|primeiro|um)\s+(mês|meses|dia|dias|semana|semanas)\s+(gr[aá]tis|sem\s+custo)\b`)
	pricePattern    = regexp.MustCompile(`(?:R\$|US\$|S/\.?|\$|€|Bs\.?|Q)\s?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?`)
	deadlineES      = regexp.MustCompile(`(?i)\b(hasta\s+(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|fin\s+de\s+mes|\d{1,2}\s+de\s+[a-záéíóú]+)|hasta\s+agotar\s+(?:stock|existencias)|solo\s+por\s+hoy|sólo\s+por\s+hoy|solo\s+hoy|este\s+fin\s+de\s+semana|por\s+tiempo\s+limitado)\b`)
	deadlinePT      = regexp.MustCompile(`(?i)(até\s+(?:o\s+)?(?:dia\s+\d{1,2}(?:\s+de\s+[a-zç]+)?|\d{1,2}\s+de\s+[a-zç]+|domingo|sábado|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|fim\s+do\s+mês|final\s+do\s+mês)|enquanto\s+durarem\s+os\s+estoques|só\s+hoje|somente\s+hoje|apenas\s+hoje|neste\s+fim\s+de\s+semana|por\s+tempo\s+limitado)`)
	explicitCTA     = regexp.MustCompile(`(?i)(?:cta|call\s+to\s+action|llamad[oa]\s+a\s+la\s+acci[oó]n|chamada\s+para\s+a[cç][aã]o)\s*[:：]\s*([^.\n]{3,40})`)
	explicitBenefit = regexp.MustCompile(`(?i)(?:beneficio(?:\s+clave)?|benef[ií]cio(?:\s+principal)?|ventaja|vantagem)\s*[:：]\s*([^.\n]{3,80})`)
)

// launch words introduce the product in a prompt.
var (
	productIntroES = regexp.MustCompile(`(?i)\b(?:lanzamos|lanzamiento\s+de|presentamos|promocionar|promociona|promocionamos|anunciar|anuncia|anunciamos|vendemos|ofrecemos|campaña\s+de|publicidad\s+de|(?:anuncio|post|texto|publicación|correo|email|mensaje|copy)s?\s+(?:de|del|sobre)|sobre)\s+(.+)`)
	productIntroPT = regexp.MustCompile(`(?i)(?:lançamos|lançamento\s+d[eoa]s?|apresentamos|divulgar|divulgue|promover|promova|anunciar|anuncie|vendemos|oferecemos|campanha\s+de|publicidade\s+de|(?:anúncio|post|texto|publicação|e-mail|email|mensagem)s?\s+(?:de|do|da|sobre)|sobre)\s+(.+)`)
)

// The words that every match of a pattern contains (lower-cased, once the prompt's spaces are
// single): extract skips a pattern when the prompt has none of them. TestPatternWords keeps
// these lists in step with the patterns.
var (
	multiBuyWords       = []string{"x"}
	freeShippingWordsES = []string{"gratis", "gratuit", "sin costo"}
	freeShippingWordsPT = []string{"tis", "gratuit"}
	installmentsWordsES = []string{"sin inter"}
	installmentsWordsPT = []string{"sem juros"}
	freePeriodWordsES   = []string{"gratis", "sin costo"}
	freePeriodWordsPT   = []string{"tis", "sem custo"}
	deadlineWordsES     = []string{"hasta", "solo", "sólo", "este fin", "por tiempo"}
	deadlineWordsPT     = []string{"até", "enquanto", "hoje", "neste fim", "por tempo"}
	productIntroWordsES = []string{"lanza", "presentamos", "promociona", "anuncia", "anuncio", "vendemos", "ofrecemos", "campaña",
		"publicidad", "post", "texto", "publicaci", "correo", "email", "mensaje", "copy", "sobre"}
	productIntroWordsPT = []string{"lança", "apresentamos", "divulg", "promov", "anunci", "anúncio", "vendemos", "oferecemos",
		"campanha", "publicidade", "post", "texto", "publicaç", "e-mail", "email", "mensage", "sobre"}
	// The price and the explicit CTA and benefit patterns need one of these characters.
	priceChars = "$€SBQ"
	labelChars = ":："
)

// Words that end a noun phrase when they follow it.
var (
	phraseStopES = set("con", "que", "hasta", "por", "en", "a", "y", "desde", "este", "esta", "solo", "sólo", "ya", "hoy")
	phraseStopPT = set("com", "que", "até", "por", "em", "no", "na", "a", "e", "desde", "neste", "nesta", "só", "já", "hoje", "pelo", "pela")
	articles     = map[string]bool{"el": false, "la": true, "los": false, "las": true, "un": false, "una": true,
		"unos": false, "unas": true, "nuestro": false, "nuestra": true, "nuestros": false, "nuestras": true,
		"mi": false, "o": false, "os": false, "um": false, "uma": true, "uns": false, "umas": true, "nosso": false,
		"nossa": true, "nossos": false, "nossas": true, "meu": false, "minha": true}
	newWords = set("nuevo", "nueva", "nuevos", "nuevas", "novo", "nova", "novos", "novas")
	// contentWords name the piece of copy, not the product.
	contentWords = set("post", "posts", "anuncio", "anuncios", "campaña", "campanha", "email", "correo", "mensaje",
		"mensagem", "texto", "copy", "publicación", "publicação", "sms", "whatsapp", "newsletter", "descripción",
		"descrição", "landing", "blog", "artículo", "artigo")
	audienceHeadsES = set("jóvenes", "mujeres", "hombres", "niños", "niñas", "familias", "mamás", "madres", "padres",
		"papás", "estudiantes", "profesionales", "emprendedores", "empresas", "pymes", "deportistas", "corredores",
		"adultos", "clientes", "viajeros", "gamers", "parejas", "amantes", "personas", "equipos", "docentes",
		"médicos", "dueños", "universitarios", "millennials", "adolescentes", "mascotas", "abuelos", "novias", "novios")
	audienceHeadsPT = set("jovens", "mulheres", "homens", "crianças", "famílias", "mães", "pais", "estudantes",
		"profissionais", "empreendedores", "empresas", "atletas", "corredores", "adultos", "idosos", "clientes",
		"viajantes", "gamers", "casais", "amantes", "pessoas", "equipes", "professores", "médicos", "donos",
		"universitários", "millennials", "adolescentes", "noivas", "noivos", "pequenas", "pequenos")
)

// extract reads what it can from the prompt.
func extract(lang, prompt string) extracted {
	var e extracted
	p := strings.Join(strings.Fields(prompt), " ")
	if p == "" {
		return e
	}
	// Each pattern below runs only when the prompt holds a word it cannot match without: a
	// regexp that scans the whole prompt for nothing is most of the time extraction takes.
	lower := strings.ToLower(p)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(lower, w) {
				return true
			}
		}
		return false
	}
	e.offers = extractOffers(lang, p, has)
	if strings.ContainsAny(p, priceChars) {
		e.price = strings.TrimSpace(pricePattern.FindString(p))
	}
	if lang == Portuguese {
		if has(deadlineWordsPT...) {
			e.deadline = strings.ToLower(deadlinePT.FindString(p))
		}
	} else if has(deadlineWordsES...) {
		e.deadline = strings.ToLower(deadlineES.FindString(p))
	}
	if strings.ContainsAny(p, labelChars) {
		if m := explicitCTA.FindStringSubmatch(p); m != nil {
			e.cta = lowerFirst(cleanPhrase(m[1]))
		}
		if m := explicitBenefit.FindStringSubmatch(p); m != nil {
			e.benefit = lowerFirst(cleanPhrase(m[1]))
		}
	}
	e.audience = extractAudience(lang, p)
	e.product, e.fem, e.genderOK = extractProduct(lang, p, has)
	return e
}

// extractOffers reads discounts, multi-buys, free shipping, free periods and interest-free
// instalments; has tells whether the lower-cased prompt contains one of some words.
func extractOffers(lang, p string, has func(...string) bool) []string {
	var offers []string
	if strings.Contains(p, "%") {
		if m := percentOff.FindStringSubmatch(p); m != nil {
			if lang == Portuguese {
				offers = append(offers, m[1]+"% de desconto")
			} else {
				offers = append(offers, m[1]+"% de descuento")
			}
		}
	}
	if has(multiBuyWords...) {
		if m := multiBuy.FindStringSubmatch(p); m != nil && m[1] > m[2] {
			if lang == Portuguese {
				offers = append(offers, "leve "+m[1]+", pague "+m[2])
			} else {
				offers = append(offers, m[1]+"x"+m[2])
			}
		}
	}
	if lang == Portuguese {
		if has(freeShippingWordsPT...) && freeShippingPT.MatchString(p) {
			offers = append(offers, "frete grátis")
		}
		if has(freePeriodWordsPT...) {
			if m := freePeriodPT.FindString(p); m != "" {
				offers = append(offers, strings.ToLower(m))
			}
		}
		if has(installmentsWordsPT...) {
			if m := installmentsPT.FindStringSubmatch(p); m != nil {
				offers = append(offers, m[1]+"x sem juros")
			}
		}
		return offers
	}
	if has(freeShippingWordsES...) && freeShippingES.MatchString(p) {
		offers = append(offers, "envío gratis")
	}
	if has(freePeriodWordsES...) {
		if m := freePeriodES.FindString(p); m != "" {
			offers = append(offers, strings.ToLower(m))
		}
	}
	if has(installmentsWordsES...) {
		if m := installmentsES.FindStringSubmatch(p); m != nil {
			offers = append(offers, m[1]+" "+strings.ToLower(m[2])+" sin intereses")
		}
	}
	return offers
}

// extractAudience reads "para jóvenes de 18 a 25" or "para mães que
// trabalham": "para" followed by a word that names people.
func extractAudience(lang, p string) string {
	heads, stops := audienceHeadsES, phraseStopES
	if lang == Portuguese {
		heads, stops = audienceHeadsPT, phraseStopPT
	}
	words := strings.Fields(p)
	for i := 0; i+1 < len(words); i++ {
		w := strings.ToLower(words[i])
		if w != "para" && w != "dirigido" && w != "voltado" {
			continue
		}
		j := i + 1
		if w != "para" && j < len(words) && (strings.EqualFold(words[j], "a") || strings.EqualFold(words[j], "para")) {
			j++
		}
		if j >= len(words) || !heads[strings.ToLower(trimPunct(words[j]))] {
			continue
		}
		var out []string
		for k := j; k < len(words) && len(out) < 7; k++ {
			word := words[k]
			lower := strings.ToLower(trimPunct(word))
			if k > j && stops[lower] && !isNumberRangeWord(words, k) {
				break
			}
			out = append(out, trimPunct(word))
			if endsClause(word) {
				break
			}
		}
		return cleanPhrase(strings.Join(out, " "))
	}
	return ""
}

// isNumberRangeWord keeps "a"/"y"/"e" inside "de 18 a 25".
func isNumberRangeWord(words []string, k int) bool {
	return k > 0 && k+1 < len(words) && isDigits(trimPunct(words[k-1])) && isDigits(trimPunct(words[k+1]))
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// extractProduct reads the noun phrase after a launch word, stopping at a
// preposition, a comma or an offer; it keeps "para" + infinitive ("para
// correr") since that still names the product.
func extractProduct(lang, p string, has func(...string) bool) (product string, fem, genderOK bool) {
	intro, introWords := productIntroES, productIntroWordsES
	if lang == Portuguese {
		intro, introWords = productIntroPT, productIntroWordsPT
	}
	if has(introWords...) {
		if m := intro.FindStringSubmatch(p); m != nil {
			return nounPhrase(lang, m[1])
		}
	}
	if opensWithNoun(lang, p) {
		// A prompt that starts by naming the thing: "Seguro de auto con 20% de descuento…". Its
		// capital is the sentence's, not a brand's, unless the next word is capitalised too
		// ("Café Andino", but "curso online de Excel").
		product, fem, genderOK = nounPhrase(lang, p)
		if words := strings.Fields(product); len(words) > 0 && (len(words) == 1 || !capitalised(words[1])) {
			product = lowerFirst(product)
		}
		return product, fem, genderOK
	}
	return "", false, false
}

func capitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}

// notNouns start prompts that ask for something rather than name it.
var notNouns = set("quiero", "quisiera", "necesito", "busco", "queremos", "necesitamos", "buscamos", "tenemos", "hay",
	"es", "son", "escribe", "escribí", "crea", "creá", "genera", "generá", "redacta", "redactá", "haz", "hacé", "dame",
	"me", "nos", "para", "por", "con", "en", "de", "a", "y", "o", "más", "mejor", "cómo", "qué", "hola", "ayuda",
	"quero", "preciso", "procuro", "queremos", "precisamos", "temos", "escreva", "crie", "gere", "faça", "redija",
	"me", "nos", "para", "com", "em", "de", "e", "ou", "mais", "melhor", "como", "olá", "oi", "ajuda", "este", "esta", "esse", "essa")

// opensWithNoun reports whether the prompt starts with a noun phrase (after an optional article
// or "nuevo/novo"), not with a request, a verb or a preposition.
func opensWithNoun(lang, p string) bool {
	for _, w := range strings.Fields(p) {
		lower := strings.ToLower(trimPunct(w))
		if _, isArticle := articleGender(lang, lower); isArticle || newWords[lower] {
			continue
		}
		return lower != "" && !notNouns[lower] && !contentWords[lower] && !isInfinitive(lower) &&
			!strings.HasSuffix(lower, "mos") && !strings.ContainsAny(lower, "%$0123456789")
	}
	return false
}

// nounPhrase reads the noun phrase at the start of text.
func nounPhrase(lang, text string) (product string, fem, genderOK bool) {
	stops, heads := phraseStopES, audienceHeadsES
	if lang == Portuguese {
		stops, heads = phraseStopPT, audienceHeadsPT
	}
	words := strings.Fields(text)
	var out []string
	for k := 0; k < len(words) && len(out) < 6; k++ {
		word := trimPunct(words[k])
		lower := strings.ToLower(word)
		if len(out) == 0 {
			if g, isArticle := articleGender(lang, lower); isArticle {
				fem, genderOK = g, true
				continue
			}
			if newWords[lower] {
				continue
			}
		}
		if lower == "para" {
			if k+1 < len(words) && isInfinitive(trimPunct(words[k+1])) && len(out) > 0 {
				out = append(out, word, trimPunct(words[k+1]))
				k++
				if endsClause(words[k]) {
					break
				}
				continue
			}
			break
		}
		if stops[lower] || word == "" || strings.ContainsAny(word, "%$0123456789") {
			break
		}
		out = append(out, word)
		if endsClause(words[k]) {
			break
		}
	}
	if len(out) == 0 || contentWords[strings.ToLower(out[0])] || heads[strings.ToLower(out[0])] || isOccasion(strings.Join(out, " ")) {
		return "", false, false
	}
	// A launch word followed by "de"/"del" describes the piece ("campaña de
	// verano de zapatillas"): keep only a clean head phrase.
	for len(out) > 1 {
		last := strings.ToLower(out[len(out)-1])
		if last != "de" && last != "del" && last != "do" && last != "da" {
			break
		}
		out = out[:len(out)-1]
	}
	return cleanPhrase(strings.Join(out, " ")), fem, genderOK
}

// occasions name when a campaign runs, not what it sells ("campaña de
// verano", "post sobre el Día de la Madre").
var occasions = []string{
	"verano", "invierno", "otoño", "primavera", "navidad", "fin de año", "año nuevo", "black friday", "cyber",
	"hot sale", "buen fin", "día de la madre", "día del padre", "día de las madres", "san valentín", "aniversario",
	"temporada", "regreso a clases", "vuelta a clases", "verão", "inverno", "outono", "natal", "fim de ano",
	"ano novo", "dia das mães", "dia dos pais", "dia dos namorados", "volta às aulas", "lançamento", "lanzamiento",
}

func isOccasion(phrase string) bool {
	lower := strings.ToLower(phrase)
	for _, o := range occasions {
		if strings.HasPrefix(lower, o) {
			return true
		}
	}
	return false
}

// articleGender reports whether word is an article or possessive and
// whether it is feminine. Portuguese "a" and "as" are articles; Spanish "a"
// is a preposition.
func articleGender(lang, word string) (fem, ok bool) {
	if lang == Portuguese && (word == "a" || word == "as") {
		return true, true
	}
	fem, ok = articles[word]
	return fem, ok
}

func isInfinitive(w string) bool {
	w = strings.ToLower(w)
	return len([]rune(w)) > 3 && endsWithAny(w, "ar", "er", "ir", "ôr", "por")
}

func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '%' && r != '$' })
}

func endsClause(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ",.;:!?")
}

// cleanPhrase trims punctuation and spaces around an extracted phrase.
func cleanPhrase(s string) string {
	return strings.TrimFunc(strings.TrimSpace(s), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",.;:!?¡¿\"'«»“”()", r)
	})
}

// isShouted reports whether a phrase is written in capitals ("COMPRA YA"),
// which copy should not repeat.
func isShouted(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 3 && upper == letters
}

// lowerFirst lowercases the first letter of a phrase unless its first word
// looks like a name or an acronym ("iPhone", "SUV"), so the phrase can go
// in the middle of a sentence.
func lowerFirst(s string) string {
	if isShouted(s) {
		return strings.ToLower(s)
	}
	first, _, _ := strings.Cut(s, " ")
	r := []rune(first)
	if len(r) == 0 {
		return s
	}
	for _, c := range r[1:] {
		if unicode.IsUpper(c) {
			return s
		}
	}
	rs := []rune(s)
	rs[0] = unicode.ToLower(rs[0])
	return string(rs)
}
