package address

import (
	"testing"
)

type wantUse struct {
	word  string
	form  Form
	kind  Kind
	lemma string
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantUse
	}{
		{"tú imperatives and possessive", "Elige tu plan y paga menos.", []wantUse{
			{"Elige", Tu, Imperative, "elegir"}, {"tu", Tu, Possessive, "tu"}, {"paga", Tu, Imperative, "pagar"},
		}},
		{"vos present and imperative", "Si tenés dudas, escribinos.", []wantUse{
			{"tenés", Vos, Verb, "tener"}, {"escribinos", Vos, Imperative, "escribir"},
		}},
		{"shared markers take the form of the text", "Comprá ya y te regalamos tu envío.", []wantUse{
			{"Comprá", Vos, Imperative, "comprar"}, {"te", Vos, Clitic, "te"}, {"tu", Vos, Possessive, "tu"},
		}},
		{"vos imperatives like preterites in an informal text", "Pedí tu préstamo y recibí la plata.", []wantUse{
			{"Pedí", Vos, Imperative, "pedir"}, {"tu", Vos, Possessive, "tu"}, {"recibí", Vos, Imperative, "recibir"},
		}},
		{"usted markers", "Regístrese y reciba su descuento. ¿Busca un regalo?", []wantUse{
			{"Regístrese", Usted, Imperative, "registrarse"}, {"reciba", Usted, Imperative, "recibir"},
			{"su", Usted, Possessive, "tu"}, {"Busca", Usted, Verb, "buscar"},
		}},
		{"negative imperatives", "No te lo pierdas. No se preocupe.", []wantUse{
			{"te", Tu, Clitic, "te"}, {"pierdas", Tu, Imperative, "perder"},
			{"se", Usted, Clitic, "te"}, {"preocupe", Usted, Imperative, "preocuparse"},
		}},
		{"pronouns", "Para ti, para vos, con usted y contigo.", []wantUse{
			{"ti", Tu, Pronoun, "ti"}, {"vos", Vos, Pronoun, "ti"}, {"con usted", Usted, Pronoun, "contigo"},
			{"contigo", Tu, Pronoun, "contigo"},
		}},
		{"mixed copy shows both forms", "Regístrate y reciba un bono.", []wantUse{
			{"Regístrate", Tu, Imperative, "registrarse"}, {"reciba", Usted, Imperative, "recibir"},
		}},
		{"noun after a verbal word", "Si compras hoy, no pagas envío.", []wantUse{
			{"compras", Tu, Verb, "comprar"}, {"pagas", Tu, Verb, "pagar"},
		}},
		{"ir and ver in a tú text", "Elige tu regalo. Ve a la tienda o ve el video.", []wantUse{
			{"Elige", Tu, Imperative, "elegir"}, {"tu", Tu, Possessive, "tu"},
			{"Ve", Tu, Imperative, "ir"}, {"ve", Tu, Imperative, "ver"},
		}},
		{"ve alone is no marker", "Ve a la tienda.", nil},
		// Traps: nothing here addresses the reader unambiguously.
		{"salt", "Sal de mesa y sal de mar.", nil},
		{"tea", "Un te verde, el te de manzanilla.", nil},
		{"shopping as a noun", "La compra online es fácil. Tus compras llegan rápido.", []wantUse{
			{"Tus", Tu, Possessive, "tus"},
		}},
		{"third person su", "La empresa presentó su pedido. Su entrega fue rápida.", nil},
		{"3rd person headline", "Compra online. Incluye cargador.", nil},
		{"preterite that looks like vos", "Viví diez años en Lima y elegí volver.", nil},
		{"set phrases", "¡Viva México! ¡Vaya sorpresa! Sea cual sea el plan.", nil},
		{"impersonal se", "Se puede pagar en cuotas.", nil},
		{"impersonal modal", "La empresa presentó su informe. Puede haber retrasos.", nil},
		{"usted cues without a sure marker", "Estimado cliente: le recordamos que su factura vence el 15. Puede pagarla en línea.", []wantUse{
			{"le", Usted, Clitic, "te"}, {"su", Usted, Possessive, "tu"}, {"Puede", Usted, Verb, "poder"},
		}},
		{"pronominal verbs have no bare imperative", "Queda poco tiempo. Nada como un café. Vale la pena. Tu opinión cuenta.", []wantUse{
			{"Tu", Tu, Possessive, "tu"},
		}},
		{"distress signal", "SOS en la playa.", nil},
		{"article una", "Una experiencia única. Entre amigos.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Detect(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("Detect(%q) = %+v, want %d uses", tc.text, got, len(tc.want))
			}
			runes := []rune(tc.text)
			for i, w := range tc.want {
				u := got[i]
				if u.Word != w.word || u.Form != w.form || u.Kind != w.kind || u.Lemma != w.lemma {
					t.Errorf("use %d = %+v, want %+v", i, u, w)
				}
				if string(runes[u.Start:u.End]) != u.Word {
					t.Errorf("use %d: offsets %d-%d hold %q, not %q", i, u.Start, u.End, string(runes[u.Start:u.End]), u.Word)
				}
				if !u.Fits(u.Form) {
					t.Errorf("use %d does not fit its own form", i)
				}
			}
		})
	}
}

func TestDetectSharedFormsFitTuAndVos(t *testing.T) {
	uses := Detect("Te esperamos en tu tienda.")
	if len(uses) != 2 {
		t.Fatalf("got %+v", uses)
	}
	for _, u := range uses {
		if !u.Fits(Tu) || !u.Fits(Vos) || u.Fits(Usted) {
			t.Errorf("%q fits %v, want tú and vos", u.Word, u.Forms.Forms())
		}
	}
	if got := uses[0].Alternatives[Usted]; got != "Le" {
		t.Errorf("usted alternative of Te = %q, want Le", got)
	}
}

func TestParseForm(t *testing.T) {
	for in, want := range map[string]Form{"tu": Tu, "Tú": Tu, " vos ": Vos, "USTED": Usted} {
		got, err := ParseForm(in)
		if err != nil || got != want {
			t.Errorf("ParseForm(%q) = %v, %v; want %v", in, got, err, want)
		}
		if again, _ := ParseForm(got.String()); again != got {
			t.Errorf("ParseForm(%q.String()) = %v", got, again)
		}
	}
	if _, err := ParseForm("vosotros"); err == nil {
		t.Error("ParseForm(vosotros) accepted")
	}
}
