package builtin

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name   string
		lang   string
		prompt string
		want   extracted
	}{
		{
			name:   "spanish launch with offers, audience and deadline",
			lang:   Spanish,
			prompt: "Lanzamos zapatillas para correr con 30% de descuento para jóvenes de 18 a 25, envío gratis hasta el domingo",
			want: extracted{product: "zapatillas para correr", audience: "jóvenes de 18 a 25",
				offers: []string{"30% de descuento", "envío gratis"}, deadline: "hasta el domingo"},
		},
		{
			name:   "article gives the gender",
			lang:   Spanish,
			prompt: "Post sobre nuestra crema hidratante con ácido hialurónico para mujeres de 30 a 45",
			want:   extracted{product: "crema hidratante", fem: true, genderOK: true, audience: "mujeres de 30 a 45"},
		},
		{
			name:   "2x1, installments, price and explicit CTA",
			lang:   Spanish,
			prompt: "Promocionar el menú ejecutivo: 2x1 los martes, 6 meses sin intereses, desde $1.299. CTA: Reserva tu mesa",
			want: extracted{product: "menú ejecutivo", genderOK: true, offers: []string{"2x1", "6 meses sin intereses"},
				price: "$1.299", cta: "reserva tu mesa"},
		},
		{
			name:   "explicit benefit and date deadline",
			lang:   Spanish,
			prompt: "Anuncia el seguro de auto. Beneficio: asistencia en el camino las 24 horas. Válido hasta el 15 de marzo",
			want: extracted{product: "seguro de auto", genderOK: true, benefit: "asistencia en el camino las 24 horas",
				deadline: "hasta el 15 de marzo"},
		},
		{
			name:   "occasion is not a product",
			lang:   Spanish,
			prompt: "Una campaña de verano para nuestra tienda",
			want:   extracted{},
		},
		{
			name:   "piece of copy is not a product",
			lang:   Spanish,
			prompt: "Lanzamos post para Instagram",
			want:   extracted{},
		},
		{
			name:   "vague prompt yields nothing",
			lang:   Spanish,
			prompt: "Queremos vender más este mes",
			want:   extracted{},
		},
		{
			name:   "portuguese launch",
			lang:   Portuguese,
			prompt: "Lançamos tênis de corrida com 30% de desconto para jovens de 18 a 25 anos, frete grátis até domingo",
			want: extracted{product: "tênis de corrida", audience: "jovens de 18 a 25 anos",
				offers: []string{"30% de desconto", "frete grátis"}, deadline: "até domingo"},
		},
		{
			name:   "portuguese installments, price and cta",
			lang:   Portuguese,
			prompt: "Divulgar o curso de inglês online em 12x sem juros por R$ 99,90. CTA: Inscreva-se hoje",
			want: extracted{product: "curso de inglês online", genderOK: true, offers: []string{"12x sem juros"},
				price: "R$ 99,90", cta: "inscreva-se hoje"},
		},
		{
			name:   "portuguese buy 3 pay 2 and stock deadline",
			lang:   Portuguese,
			prompt: "Anuncie a nova linha de cafés especiais: 3x2 enquanto durarem os estoques",
			want: extracted{product: "linha de cafés especiais", fem: true, genderOK: true, offers: []string{"leve 3, pague 2"},
				deadline: "enquanto durarem os estoques"},
		},
		{
			name:   "a prompt that opens with the product",
			lang:   Spanish,
			prompt: "Seguro de auto con 20% de descuento si contratas en línea",
			want:   extracted{product: "seguro de auto", offers: []string{"20% de descuento"}},
		},
		{
			name:   "a brand at the start keeps its capitals",
			lang:   Spanish,
			prompt: "Café Andino con envío gratis",
			want:   extracted{product: "Café Andino", offers: []string{"envío gratis"}},
		},
		{
			name:   "a name later in the phrase is not the sentence's capital",
			lang:   Spanish,
			prompt: "Curso online de Excel para pymes",
			want:   extracted{product: "curso online de Excel", audience: "pymes"},
		},
		{
			name:   "a request names no product by its first word",
			lang:   Spanish,
			prompt: "Necesito vender más cafés en invierno",
			want:   extracted{},
		},
		{
			name:   "the product after the piece of copy",
			lang:   Spanish,
			prompt: "Escribe un anuncio de café de especialidad de Huila",
			want:   extracted{product: "café de especialidad de Huila"},
		},
		{
			name:   "free months are an offer",
			lang:   Portuguese,
			prompt: "Lançamos o plano de internet fibra 500 mega com 3 meses grátis para novos clientes",
			want:   extracted{product: "plano de internet fibra", genderOK: true, offers: []string{"3 meses grátis"}},
		},
		{
			name:   "brand names keep their capitals",
			lang:   Spanish,
			prompt: "Presentamos el iPhone Pro con 10% de descuento",
			want:   extracted{product: "iPhone Pro", genderOK: true, offers: []string{"10% de descuento"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract(tt.lang, tt.prompt)
			if got.product != tt.want.product || got.fem != tt.want.fem || got.genderOK != tt.want.genderOK {
				t.Errorf("product = %q fem=%v known=%v, want %q fem=%v known=%v", got.product, got.fem, got.genderOK,
					tt.want.product, tt.want.fem, tt.want.genderOK)
			}
			if got.audience != tt.want.audience {
				t.Errorf("audience = %q, want %q", got.audience, tt.want.audience)
			}
			if !slices.Equal(got.offers, tt.want.offers) {
				t.Errorf("offers = %q, want %q", got.offers, tt.want.offers)
			}
			if got.price != tt.want.price || got.deadline != tt.want.deadline || got.cta != tt.want.cta || got.benefit != tt.want.benefit {
				t.Errorf("price=%q deadline=%q cta=%q benefit=%q, want %q %q %q %q", got.price, got.deadline, got.cta, got.benefit,
					tt.want.price, tt.want.deadline, tt.want.cta, tt.want.benefit)
			}
		})
	}
}

func TestGuessNoun(t *testing.T) {
	tests := []struct {
		lang, phrase string
		fem, plural  bool
		possessive   string
	}{
		{Spanish, "zapatillas para correr", true, true, "nuestras zapatillas para correr"},
		{Spanish, "curso de inglés", false, false, "nuestro curso de inglés"},
		{Spanish, "crema hidratante", true, false, "nuestra crema hidratante"},
		{Spanish, "app de finanzas", true, false, "nuestra app de finanzas"},
		{Spanish, "sistema de riego", false, false, "nuestro sistema de riego"},
		{Spanish, "canciones nuevas", true, true, "nuestras canciones nuevas"},
		{Spanish, "colores de temporada", false, true, "nuestros colores de temporada"},
		{Spanish, "suscripción anual", true, false, "nuestra suscripción anual"},
		{Spanish, "análisis clínico", false, false, "nuestro análisis clínico"},
		{Spanish, "tenis", false, true, "nuestros tenis"},
		{Portuguese, "tênis de corrida", false, true, "nossos tênis de corrida"},
		{Portuguese, "viagens de férias", true, true, "nossas viagens de férias"},
		{Portuguese, "promoções", true, true, "nossas promoções"},
		{Portuguese, "hidratante facial", false, false, "nosso hidratante facial"},
		{Portuguese, "sistema de gestão", false, false, "nosso sistema de gestão"},
		{Portuguese, "mensagem", true, false, "nossa mensagem"},
	}
	for _, tt := range tests {
		n := guessNoun(tt.lang, tt.phrase)
		if n.fem != tt.fem || n.plural != tt.plural || n.possessive(tt.lang) != tt.possessive {
			t.Errorf("%s %q: fem=%v plural=%v %q, want fem=%v plural=%v %q", tt.lang, tt.phrase, n.fem, n.plural,
				n.possessive(tt.lang), tt.fem, tt.plural, tt.possessive)
		}
	}
}

func TestJoinList(t *testing.T) {
	tests := []struct {
		lang  string
		items []string
		want  string
	}{
		{Spanish, []string{"un 30% de descuento", "envío gratis"}, "un 30% de descuento y envío gratis"},
		{Spanish, []string{"envío gratis", "instalación sin costo"}, "envío gratis e instalación sin costo"},
		{Spanish, []string{"a", "b", "hielo gratis"}, "a, b y hielo gratis"},
		{Portuguese, []string{"30% de desconto", "frete grátis"}, "30% de desconto e frete grátis"},
		{Spanish, []string{"solo"}, "solo"},
	}
	for _, tt := range tests {
		if got := joinList(tt.lang, tt.items); got != tt.want {
			t.Errorf("joinList(%q) = %q, want %q", tt.items, got, tt.want)
		}
	}
}

func TestFinish(t *testing.T) {
	tests := []struct {
		name string
		in   string
		calm bool
		want string
	}{
		{"capitalizes sentences", "hola. ¿ya conoces esto? ¡compra ya! listo", false, "Hola. ¿Ya conoces esto? ¡Compra ya! Listo"},
		{"capitalizes after emoji and bullets", "👉 compra ahora\n• materiales", false, "👉 Compra ahora\n• Materiales"},
		{"no capital after colon", "lo mejor: precios bajos.", false, "Lo mejor: precios bajos."},
		{"urls and prices untouched", "visita www.tienda.com por $1.299 hoy.", false, "Visita www.tienda.com por $1.299 hoy."},
		{"spaces and punctuation", "hola  ,  mundo .. adiós !", false, "Hola, mundo. Adiós!"},
		{"calm tone lowers exclamations", "¡Llegó lo nuevo! ¡Compra ya!", true, "Llegó lo nuevo. Compra ya."},
		{"calm keeps questions", "¿Ya lo viste? ¡Corre!", true, "¿Ya lo viste? Corre."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := finish(tt.in, tt.calm); got != tt.want {
				t.Errorf("finish(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFillNeverLeavesHoles(t *testing.T) {
	s := &slots{lang: Spanish, product: noun{text: "zapatillas", fem: true, plural: true},
		values: map[string]string{"offer": "un 30% de descuento"}}
	tests := []struct {
		tpl  string
		want string
		ok   bool
	}{
		{"Aprovecha {offer}.", "Aprovecha un 30% de descuento.", true},
		{"{product} {g:está pensado|está pensada|están pensados|están pensadas} para ti.", "nuestras zapatillas están pensadas para ti.", true},
		{"{n:Llega|Llegan} {the_product}.", "Llegan las zapatillas.", true},
		{"Para {audience}.", "", false},    // no audience
		{"{name} para correr.", "", false}, // the product was not named in the brief
		{"{=theme}Sin marca.", "Sin marca.", true},
		{"Roto {offer", "", false},
	}
	for _, tt := range tests {
		got, ok := s.fill(tt.tpl)
		if ok != tt.ok || got != tt.want {
			t.Errorf("fill(%q) = %q, %v; want %q, %v", tt.tpl, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLowerFirst(t *testing.T) {
	tests := map[string]string{
		"Compra ya":         "compra ya",
		"COMPRE JÁ":         "compre já",
		"iPhone 15":         "iPhone 15",
		"SUV":               "SUV",
		"Reserva en Cancún": "reserva en Cancún",
	}
	for in, want := range tests {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPatternWords checks, on phrases that exercise every alternative of each pattern, that a
// prompt the pattern matches always holds one of the words extract looks for before running it.
func TestPatternWords(t *testing.T) {
	tests := []struct {
		name    string
		pattern *regexp.Regexp
		words   []string
		chars   string // instead of words: one of these characters
		phrases []string
	}{
		{"percent", percentOff, nil, "%", []string{"20% de descuento", "15 %off", "30% DE REBAJA"}},
		{"multi-buy", multiBuy, multiBuyWords, "", []string{"3x2 en todo", "LLEVA 3 X 2", "2x1"}},
		{"free shipping es", freeShippingES, freeShippingWordsES, "", []string{"envío gratis", "Entregas Gratuitas", "despacho sin costo", "ENVIO GRATIS"}},
		{"free shipping pt", freeShippingPT, freeShippingWordsPT, "", []string{"frete grátis", "Entrega Gratuita", "FRETE GRATIS"}},
		{"installments es", installmentsES, installmentsWordsES, "", []string{"12 meses sin intereses", "6 cuotas sin interés", "3 MESES SIN INTERESES"}},
		{"installments pt", installmentsPT, installmentsWordsPT, "", []string{"10x sem juros", "12 x SEM JUROS"}},
		{"free period es", freePeriodES, freePeriodWordsES, "", []string{"3 meses gratis", "primer mes sin costo", "UN MES GRATIS", "7 días gratis"}},
		{"free period pt", freePeriodPT, freePeriodWordsPT, "", []string{"1 mês grátis", "primeiro mês sem custo", "30 DIAS GRATIS"}},
		{"deadline es", deadlineES, deadlineWordsES, "", []string{"hasta el domingo", "hasta el 24 de diciembre", "Hasta fin de mes",
			"hasta agotar stock", "solo por hoy", "sólo por hoy", "Solo hoy", "este fin de semana", "POR TIEMPO LIMITADO"}},
		{"deadline pt", deadlinePT, deadlineWordsPT, "", []string{"até o dia 24 de dezembro", "até domingo", "Até sexta-feira",
			"enquanto durarem os estoques", "só hoje", "somente hoje", "apenas hoje", "neste fim de semana", "POR TEMPO LIMITADO", "até o fim do mês"}},
		{"product intro es", productIntroES, productIntroWordsES, "", []string{"Lanzamos zapatillas", "lanzamiento de la app", "presentamos un café",
			"promocionar el seguro", "Promociona la tienda", "promocionamos pan", "anunciar la feria", "anuncia el curso", "anunciamos vinos",
			"vendemos autos", "ofrecemos cursos", "campaña de verano", "publicidad de la marca", "anuncios de ropa", "post sobre café",
			"texto del banco", "publicación de la tienda", "correo de bienvenida", "email sobre la oferta", "mensajes de la app", "copy de la landing",
			"sobre nuestro plan", "PUBLICACIÓN DE LA TIENDA"}},
		{"product intro pt", productIntroPT, productIntroWordsPT, "", []string{"Lançamos o tênis", "lançamento do app", "apresentamos o café",
			"divulgar a loja", "divulgue o curso", "promover o plano", "promova a marca", "anunciar a feira", "anuncie o produto",
			"vendemos carros", "oferecemos cursos", "campanha de verão", "publicidade da marca", "anúncio de roupa", "post sobre café",
			"texto do banco", "publicação da loja", "e-mail de boas-vindas", "email sobre a oferta", "mensagens da app", "sobre o plano",
			"ANÚNCIO DA LOJA"}},
		{"price", pricePattern, nil, priceChars, []string{"$ 1.299", "R$ 49,90", "US$ 20", "S/ 120", "S/. 99", "€ 15", "Bs. 300", "Q 250"}},
		{"cta", explicitCTA, nil, labelChars, []string{"CTA: compra hoy", "call to action: regístrate", "llamado a la acción: suscríbete", "chamada para ação: compre já"}},
		{"benefit", explicitBenefit, nil, labelChars, []string{"beneficio clave: ahorro", "benefício principal: economia", "ventaja: rapidez", "vantagem: preço"}},
	}
	for _, tt := range tests {
		for _, phrase := range tt.phrases {
			p := "Texto de prueba, " + phrase + ", fin."
			if !tt.pattern.MatchString(p) {
				t.Errorf("%s: the pattern does not match %q: fix the test phrase", tt.name, phrase)
				continue
			}
			lower := strings.ToLower(p)
			found := tt.chars != "" && strings.ContainsAny(p, tt.chars)
			for _, w := range tt.words {
				found = found || strings.Contains(lower, w)
			}
			if !found {
				t.Errorf("%s: %q matches the pattern but holds none of the words %q %q: extract would skip it", tt.name, phrase, tt.words, tt.chars)
			}
		}
	}
}
