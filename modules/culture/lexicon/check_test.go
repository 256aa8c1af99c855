package lexicon

import (
	"fmt"
	"slices"
	"testing"
)

// describe renders a finding as "rule «excerpt» → first suggestion".
func describe(f Finding) string {
	s := fmt.Sprintf("%s «%s»", f.Rule, f.Excerpt)
	if len(f.Suggestions) > 0 {
		s += " → " + f.Suggestions[0]
	}
	return s
}

func TestCheckFindsVariantProblems(t *testing.T) {
	e := seedEngine(t)
	tests := []struct {
		name      string
		country   string
		formality Formality
		text      string
		want      []string
	}{
		{"Spain's mobile as a noun, not as an adjective", "MX", FormalityTu,
			"Descarga la app móvil y paga desde tu móvil.",
			[]string{"vocabulary.variant «móvil» → celular"}},
		{"the Hispanic market in the US reads Spain's words as foreign too", "US", FormalityTu,
			"Coge tu ordenador y reserva ya.",
			[]string{"vocabulary.variant «Coge» → Toma", "vocabulary.variant «ordenador» → computadora"}},
		{"vale as interjection only", "CO", FormalityTu,
			"¡Vale! Este cupón vale la pena y vale por un café.",
			[]string{"slang.spain «Vale» → de acuerdo"}},
		{"carro in Argentina, carrito is fine", "AR", FormalityVos,
			"Sumá el carro nuevo al carrito y pagalo en cuotas.",
			[]string{"vocabulary.variant «carro» → auto"}},
		{"vosotros verbs, imperatives, clitic and possessive in Mexico", "MX", FormalityAny,
			"Os esperamos en vuestra tienda: comprad ya, registraos y ganaréis un premio si participáis.",
			[]string{"grammar.clitic_os «Os» → Los", "grammar.vosotros «vuestra» → su", "grammar.vosotros «comprad» → compren",
				"grammar.vosotros «registraos» → regístrense", "grammar.vosotros «ganaréis» → ganarán", "grammar.vosotros «participáis» → participan"}},
		{"os with a dative verb", "PE", FormalityAny,
			"Os ofrecemos el mejor plan.",
			[]string{"grammar.clitic_os «Os» → Les"}},
		{"reflexive os", "CO", FormalityAny,
			"Os lo merecéis.",
			[]string{"grammar.clitic_os «Os» → Se", "grammar.vosotros «merecéis» → merecen"}},
		{"Spain-only slang", "CL", FormalityTu,
			"Esta oferta mola mogollón, vamos a por ella.",
			[]string{"slang.spain «mola» → encanta", "slang.spain «mogollón» → muchísimo", "slang.spain «a por» → por"}},
		{"coger is offensive in Argentina, tomar is the word", "AR", FormalityAny,
			"Cogé el subte y llegá en minutos.",
			[]string{"offensive «Cogé» → tomar"}},
		{"chaqueta is vulgar in Mexico", "MX", FormalityAny,
			"Nueva colección de chaquetas de invierno.",
			[]string{"offensive «chaquetas» → chamarra"}},
		{"cajeta is vulgar in Argentina", "AR", FormalityAny,
			"Probá nuestros alfajores de cajeta.",
			[]string{"offensive «cajeta» → dulce de leche"}},
		{"Latin American words in Spain", "ES", FormalityAny,
			"Compra tu computadora y tu celular con envío gratis.",
			[]string{"vocabulary.variant «computadora» → ordenador", "vocabulary.variant «celular» → móvil"}},
		{"Spain-only vocabulary in Colombia, plural kept", "CO", FormalityAny,
			"Zumos, patatas fritas y gafas de sol para el verano.",
			[]string{"vocabulary.variant «Zumos» → Jugos", "vocabulary.variant «patatas fritas» → papas fritas"}},
		{"European Portuguese in Brazilian copy", "BR", FormalityAny,
			"Faça o registo no ecrã do telemóvel e ganhe um prémio.",
			[]string{"vocabulary.pt_pt «registo» → registro", "vocabulary.pt_pt «ecrã» → tela",
				"vocabulary.pt_pt «telemóvel» → celular", "vocabulary.pt_pt «prémio» → prêmio"}},
		{"European progressive in Brazilian copy, 'a partir de' is fine", "BR", FormalityAny,
			"Estamos a preparar ofertas a partir de R$ 10, e o preço está a partir de hoje.",
			[]string{"vocabulary.pt_pt «Estamos a preparar» → Estamos preparando"}},
		{"offensive in Brazil, fine in Portugal", "BR", FormalityAny,
			"Evite a bicha no caixa: compre online.",
			[]string{"offensive «bicha» → fila"}},
		{"Brazilian Portuguese in Portugal", "PT", FormalityAny,
			"Guarde o nosso contato no seu celular.",
			[]string{"vocabulary.variant «contato» → contacto", "vocabulary.variant «celular» → telemóvel"}},
		{"download in Portugal, in Brazilian copy", "BR", FormalityAny,
			"Descarregue a aplicação e ganhe pontos.",
			[]string{"vocabulary.pt_pt «Descarregue» → Baixe"}},
		{"form of address against the requested usted", "MX", FormalityUsted,
			"Compra hoy y recibe tu pedido mañana.",
			[]string{"address.mismatch «Compra» → Compre", "address.mismatch «recibe» → reciba", "address.mismatch «tu» → su"}},
		{"voseo where tú is requested", "MX", FormalityTu,
			"Comprá hoy.",
			[]string{"address.mismatch «Comprá» → Compra"}},
		{"price in another country's format", "AR", FormalityAny,
			"Llevalo por $1,234.50 hasta el domingo.",
			[]string{"format.price «$1,234.50» → $1.234,50"}},
		{"number with the other decimal convention", "AR", FormalityAny,
			"Más de 1,234.5 toneladas recicladas.",
			[]string{"format.number «1,234.5» → 1.234,5"}},
		{"Spain-only interjections in Peru, the verb venga is fine", "PE", FormalityUsted,
			"¡Ostras, qué precios! Venga a vernos. Venga, anímate.",
			[]string{"slang.spain «Ostras» → ¡guau!", "slang.spain «Venga» → ¡vamos!", "address.mismatch «anímate» → anímese"}},
		{"date that can only be month-first in a day-first country", "CO", FormalityAny,
			"Promoción válida hasta el 12/31/2026.",
			[]string{"format.date «12/31/2026» → 31/12/2026"}},
		{"unknown country", "XX", FormalityAny, "Comprad vuestro móvil.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range e.Check(tt.text, CheckOptions{Country: tt.country, Formality: tt.formality}) {
				got = append(got, describe(f))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Check(%q, %s)\n got %q\nwant %q", tt.text, tt.country, got, tt.want)
			}
		})
	}
}
