package address

import (
	"strings"
	"testing"
)

func TestVerbTableParses(t *testing.T) {
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lex.verbs); n < 300 {
		t.Errorf("the table has %d verbs, want several hundred", n)
	}
}

func TestVerbTableRejectsBadLines(t *testing.T) {
	for _, src := range []string{"comprar\ncomprar", "xyz", "tener stem", "tener pres=a,b", "tener color=azul", "tener subj=a"} {
		if _, err := parseVerbTable(src); err == nil {
			t.Errorf("parseVerbTable(%q) accepted a bad table", src)
		}
	}
}

func TestConjugation(t *testing.T) {
	tests := []struct {
		lemma                string
		present, imperative  string // tú, vos, usted separated by spaces
		subjunctiveTu, usted string
	}{
		{"comprar", "compras comprás compra", "compra comprá compre", "compres", "compre"},
		{"tener", "tienes tenés tiene", "ten tené tenga", "tengas", "tenga"},
		{"ser", "eres sos es", "sé sé sea", "seas", "sea"},
		{"poder", "puedes podés puede", "  ", "puedas", "pueda"},
		{"querer", "quieres querés quiere", "quiere queré quiera", "quieras", "quiera"},
		{"preferir", "prefieres preferís prefiere", "prefiere preferí prefiera", "prefieras", "prefiera"},
		{"pedir", "pides pedís pide", "pide pedí pida", "pidas", "pida"},
		{"seguir", "sigues seguís sigue", "sigue seguí siga", "sigas", "siga"},
		{"volver", "vuelves volvés vuelve", "vuelve volvé vuelva", "vuelvas", "vuelva"},
		{"jugar", "juegas jugás juega", "juega jugá juegue", "juegues", "juegue"},
		{"vivir", "vives vivís vive", "vive viví viva", "vivas", "viva"},
		{"venir", "vienes venís viene", "ven vení venga", "vengas", "venga"},
		{"hacer", "haces hacés hace", "haz hacé haga", "hagas", "haga"},
		{"decir", "dices decís dice", "di decí diga", "digas", "diga"},
		{"poner", "pones ponés pone", "pon poné ponga", "pongas", "ponga"},
		{"salir", "sales salís sale", "sal salí salga", "salgas", "salga"},
		{"ir", "vas vas va", "ve andá vaya", "vayas", "vaya"},
		{"buscar", "buscas buscás busca", "busca buscá busque", "busques", "busque"},
		{"pagar", "pagas pagás paga", "paga pagá pague", "pagues", "pague"},
		{"empezar", "empiezas empezás empieza", "empieza empezá empiece", "empieces", "empiece"},
		{"elegir", "eliges elegís elige", "elige elegí elija", "elijas", "elija"},
		{"conocer", "conoces conocés conoce", "conoce conocé conozca", "conozcas", "conozca"},
		{"vencer", "vences vencés vence", "vence vencé venza", "venzas", "venza"},
		{"enviar", "envías enviás envía", "envía enviá envíe", "envíes", "envíe"},
		{"continuar", "continúas continuás continúa", "continúa continuá continúe", "continúes", "continúe"},
		{"construir", "construyes construís construye", "construye construí construya", "construyas", "construya"},
		{"conducir", "conduces conducís conduce", "conduce conducí conduzca", "conduzcas", "conduzca"},
		{"obtener", "obtienes obtenés obtiene", "obtén obtené obtenga", "obtengas", "obtenga"},
	}
	lex := theLexicon()
	byLemma := map[string]*verb{}
	for _, v := range lex.verbs {
		byLemma[v.lemma] = v
	}
	for _, tc := range tests {
		v := byLemma[tc.lemma]
		if v == nil {
			t.Errorf("%s is not in the table", tc.lemma)
			continue
		}
		if got := strings.Join(v.present[:], " "); got != tc.present {
			t.Errorf("%s present = %q, want %q", tc.lemma, got, tc.present)
		}
		if got := strings.Join(v.imperative[:], " "); got != tc.imperative {
			t.Errorf("%s imperative = %q, want %q", tc.lemma, got, tc.imperative)
		}
		if v.subjunctive[Tu] != tc.subjunctiveTu || v.subjunctive[Vos] != tc.subjunctiveTu || v.subjunctive[Usted] != tc.usted {
			t.Errorf("%s subjunctive = %v, want %s %s", tc.lemma, v.subjunctive, tc.subjunctiveTu, tc.usted)
		}
	}
}

func TestEnclitic(t *testing.T) {
	lex := theLexicon()
	tests := []struct {
		word, lemma string
		forms       FormSet
	}{
		{"regístrate", "registrar", SetOf(Tu)},
		{"registrate", "registrar", SetOf(Vos)},
		{"regístrese", "registrar", SetOf(Usted)},
		{"dámelo", "dar", SetOf(Tu, Vos)},
		{"decime", "decir", SetOf(Vos)},
		{"escríbanos", "escribir", SetOf(Usted)},
	}
	for _, tc := range tests {
		found := false
		for _, e := range lex.enclitic(tc.word) {
			if e.verb.infinitive == tc.lemma && e.cell == cellImperative && e.forms == tc.forms {
				found = true
			}
		}
		if !found {
			t.Errorf("enclitic(%q) = %+v, want %s %v", tc.word, lex.enclitic(tc.word), tc.lemma, tc.forms.Forms())
		}
	}
	for _, word := range []string{"regístrete", "chocolate", "cómprete"} {
		for _, e := range lex.enclitic(word) {
			if e.cell == cellImperative {
				t.Errorf("enclitic(%q) found imperative %+v", word, e)
			}
		}
	}
}

func TestOtherTenses(t *testing.T) {
	tests := []struct {
		lemma, future, conditional, preterite string // tú and usted separated by a space
		imperfect                             string // checked when set
	}{
		{"comprar", "comprarás comprará", "comprarías compraría", "compraste compró", "comprabas compraba"},
		{"tener", "tendrás tendrá", "tendrías tendría", "tuviste tuvo", ""},
		{"obtener", "obtendrás obtendrá", "obtendrías obtendría", "obtuviste obtuvo", ""},
		{"hacer", "harás hará", "harías haría", "hiciste hizo", ""},
		{"satisfacer", "satisfarás satisfará", "satisfarías satisfaría", "satisficiste satisfizo", ""},
		{"decir", "dirás dirá", "dirías diría", "dijiste dijo", ""},
		{"poder", "podrás podrá", "podrías podría", "pudiste pudo", ""},
		{"ir", "irás irá", "irías iría", "fuiste fue", "ibas iba"},
		{"pedir", "pedirás pedirá", "pedirías pediría", "pediste pidió", ""},
		{"preferir", "preferirás preferirá", "preferirías preferiría", "preferiste prefirió", ""},
		{"dormir", "dormirás dormirá", "dormirías dormiría", "dormiste durmió", ""},
		{"leer", "leerás leerá", "leerías leería", "leíste leyó", "leías leía"},
		{"construir", "construirás construirá", "construirías construiría", "construiste construyó", ""},
		{"oír", "oirás oirá", "oirías oiría", "oíste oyó", "oías oía"},
		{"conducir", "conducirás conducirá", "conducirías conduciría", "condujiste condujo", ""},
		{"reunir", "reunirás reunirá", "reunirías reuniría", "reuniste reunió", ""},
		{"registrarse", "registrarás registrará", "registrarías registraría", "registraste registró", ""},
	}
	byLemma := map[string]*verb{}
	for _, v := range theLexicon().verbs {
		byLemma[v.lemma] = v
	}
	for _, tc := range tests {
		v := byLemma[tc.lemma]
		if v == nil {
			t.Errorf("%s is not in the table", tc.lemma)
			continue
		}
		if tc.imperfect == "" {
			tc.imperfect = v.imperfect[Tu] + " " + v.imperfect[Usted]
		}
		for _, check := range []struct {
			name  string
			forms [3]string
			want  string
		}{{"future", v.future, tc.future}, {"conditional", v.conditional, tc.conditional}, {"preterite", v.preterite, tc.preterite}, {"imperfect", v.imperfect, tc.imperfect}} {
			if got := check.forms[Tu] + " " + check.forms[Usted]; got != check.want || check.forms[Vos] != check.forms[Tu] {
				t.Errorf("%s %s = %v, want %q (vos as tú)", tc.lemma, check.name, check.forms, check.want)
			}
		}
	}
}

func TestGerunds(t *testing.T) {
	want := map[string]string{
		"comprar": "comprando", "vivir": "viviendo", "leer": "leyendo", "construir": "construyendo",
		"pedir": "pidiendo", "dormir": "durmiendo", "decir": "diciendo", "venir": "viniendo",
		"poder": "pudiendo", "ir": "yendo", "oír": "oyendo", "seguir": "siguiendo", "adquirir": "adquiriendo",
	}
	for _, v := range theLexicon().verbs {
		if g, ok := want[v.lemma]; ok && v.gerund != g {
			t.Errorf("gerund of %s = %q, want %q", v.lemma, v.gerund, g)
		}
	}
}
