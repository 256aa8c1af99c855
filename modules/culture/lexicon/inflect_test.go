package lexicon

import "testing"

func TestPluralOf(t *testing.T) {
	tests := []struct {
		term Term
		lang string
		want string
	}{
		{Term{Text: "coche", Gender: "m"}, langSpanish, "coches"},
		{Term{Text: "camión", Gender: "m"}, langSpanish, "camiones"},
		{Term{Text: "ordenador", Gender: "m"}, langSpanish, "ordenadores"},
		{Term{Text: "lápiz", Gender: "m"}, langSpanish, "lápices"},
		{Term{Text: "maní", Gender: "m"}, langSpanish, "maníes"},
		{Term{Text: "autobús", Gender: "m"}, langSpanish, "autobuses"},
		{Term{Text: "sacapuntas", Gender: "m"}, langSpanish, "sacapuntas"},
		{Term{Text: "clóset", Gender: "m"}, langSpanish, "clósets"},
		{Term{Text: "billete de avión", Gender: "m"}, langSpanish, "billetes de avión"},
		{Term{Text: "móvil", Gender: "m", Plural: "móviles"}, langSpanish, "móviles"},
		{Term{Text: "vaqueros", Gender: "m", Plural: "-"}, langSpanish, ""},
		{Term{Text: "enhorabuena"}, langSpanish, ""},
		{Term{Text: "camião", Gender: "m"}, langPortuguese, "camiões"},
		{Term{Text: "trem", Gender: "m"}, langPortuguese, "trens"},
		{Term{Text: "descapotável", Gender: "m"}, langPortuguese, "descapotáveis"},
		{Term{Text: "fila", Gender: "f"}, langPortuguese, "filas"},
	}
	for _, tt := range tests {
		if got := pluralOf(tt.term, tt.lang); got != tt.want {
			t.Errorf("pluralOf(%q) = %q, want %q", tt.term.Text, got, tt.want)
		}
	}
}

func TestAccentPenultimate(t *testing.T) {
	for in, want := range map[string]string{
		"registren":  "regístren",
		"suscriban":  "suscríban",
		"apunten":    "apúnten",
		"acerquen":   "acérquen",
		"prueben":    "pruében",
		"compren":    "cómpren",
		"diviértan":  "diviértan",
		"n":          "n",
		"cuiden":     "cuíden",
		"preparen":   "prepáren",
		"ayuden":     "ayúden",
		"inscriban":  "inscríban",
		"pongan":     "póngan",
		"disfruten":  "disfrúten",
		"aprovechen": "aprovéchen",
	} {
		if got := accentPenultimate(in); got != want {
			t.Errorf("accentPenultimate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatchCase(t *testing.T) {
	tests := []struct{ original, replacement, want string }{
		{"carro", "auto", "auto"},
		{"Carro", "auto", "Auto"},
		{"CARRO", "auto", "AUTO"},
		{"Zumo de naranja", "jugo de naranja", "Jugo de naranja"},
		{"Billete De Avión", "pasaje de avión", "Pasaje De Avión"},
		{"ÑU", "ñandú", "ÑANDÚ"},
		{"Os", "los", "Los"},
		{"O", "los", "Los"},
	}
	for _, tt := range tests {
		if got := matchCase(tt.original, tt.replacement); got != tt.want {
			t.Errorf("matchCase(%q, %q) = %q, want %q", tt.original, tt.replacement, got, tt.want)
		}
	}
}

func TestPluralAdjectiveAndDeterminer(t *testing.T) {
	for in, want := range map[string]string{"crocante": "crocantes", "azul": "azules", "común": "comunes", "feliz": "felices",
		"japonés": "japoneses", "CALIENTE": "CALIENTES", "Nueva": "Nuevas", "joven": "jóvenes", "Joven": "Jóvenes"} {
		if got := pluralAdjective(in); got != want {
			t.Errorf("pluralAdjective(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"el": "los", "la": "las", "un": "unos", "una": "unas", "este": "estos",
		"esa": "esas", "nuestro": "nuestros", "aquel": "aquellos", "los": "los", "ninguna": "ninguna"} {
		if got := pluralDeterminer(in); got != want {
			t.Errorf("pluralDeterminer(%q) = %q, want %q", in, got, want)
		}
	}
}
