package lexicon

import (
	"testing"
)

func TestAdaptRewritesForTheTargetCountry(t *testing.T) {
	e := seedEngine(t)
	tests := []struct {
		name string
		opts AdaptOptions
		text string
		want string
	}{
		{"car for Argentina, with voseo", AdaptOptions{From: "MX", To: "AR", Formality: FormalityVos},
			"Si tienes dudas, compra tu carro nuevo y paga en cuotas.", "Si tenés dudas, comprá tu auto nuevo y pagá en cuotas."},
		{"gender change fixes article and adjective", AdaptOptions{From: "MX", To: "ES"},
			"La computadora portátil nueva ya está aquí.", "El ordenador portátil nuevo ya está aquí."},
		{"gender change fixes contractions", AdaptOptions{From: "MX", To: "ES"},
			"Los precios de la computadora y del celular.", "Los precios del ordenador y del móvil."},
		{"prenominal adjective and determiner", AdaptOptions{From: "MX", To: "ES"},
			"Estrena una nueva computadora.", "Estrena un nuevo ordenador."},
		{"Spain to Mexico keeps adjectives and app móvil", AdaptOptions{From: "ES", To: "MX"},
			"Descarga la app móvil en tu móvil y disfruta del zumo.", "Descarga la app móvil en tu celular y disfruta del jugo."},
		{"case is kept", AdaptOptions{To: "MX"},
			"ZUMO DE NARANJA. Zumo de piña.", "JUGO DE NARANJA. Jugo de piña."},
		{"plural is kept", AdaptOptions{From: "ES", To: "AR"},
			"Los coches nuevos y las patatas fritas.", "Los autos nuevos y las papas fritas."},
		{"a singular swapped for a plural-only word takes its article and adjective along", AdaptOptions{From: "PE", To: "CO"},
			"Compra una canchita crocante en el cine.", "Compra unas crispetas crocantes en el cine."},
		{"possessive and -e adjective into the plural", AdaptOptions{From: "PE", To: "MX"},
			"Disfruta tu canchita caliente.", "Disfruta tus palomitas calientes."},
		{"gender and number change together", AdaptOptions{From: "AR", To: "CL"},
			"Comprá una bombacha de algodón.", "Comprá unos calzones de algodón."},
		{"contraction into the plural", AdaptOptions{From: "PE", To: "CO"},
			"El sabor del canchita.", "El sabor de las crispetas."},
		{"a plural-only word swapped for a singular one stays plural", AdaptOptions{From: "MX", To: "PE"},
			"Las palomitas dulces son ricas.", "Las canchitas dulces son ricas."},
		{"vosotros becomes ustedes in Latin America", AdaptOptions{From: "ES", To: "MX"},
			"Os esperamos: comprad ya y disfrutad de vuestras ofertas.", "Los esperamos: compren ya y disfruten de sus ofertas."},
		{"reflexive os becomes se", AdaptOptions{From: "ES", To: "CO"},
			"Os merecéis unas vacaciones: apuntaos ya.", "Se merecen unas vacaciones: apúntense ya."},
		{"Spain-only slang with a plain replacement", AdaptOptions{From: "ES", To: "MX"},
			"¡Vale! Unos chavales majos y un plan guay a tope.", "¡De acuerdo! Unos chicos simpáticos y un plan genial al máximo."},
		{"a whole Spanish ad for Argentina", AdaptOptions{From: "ES", To: "AR", Formality: FormalityVos},
			"¿Buscas un coche nuevo? Ven a nuestro concesionario y llévate unas gafas de sol de regalo.",
			"¿Buscás un auto nuevo? Vení a nuestra concesionaria y llevate unos anteojos de sol de regalo."},
		{"a Spanish ad for Mexico", AdaptOptions{From: "ES", To: "MX", Formality: FormalityTu},
			"Renueva tu armario: chaquetas, jerséis y vaqueros. Aparca gratis.",
			"Renueva tu armario: chamarras, suéteres y jeans. Estaciona gratis."},
		{"invariant adjective between article and noun", AdaptOptions{From: "BR", To: "PT"},
			"O melhor time do Brasil.", "A melhor equipa do Brasil."},
		{"the meaning of the source country decides", AdaptOptions{From: "MX", To: "AR"},
			"Una torta de jamón.", "Un sándwich de jamón."},
		{"coger becomes tomar", AdaptOptions{From: "ES", To: "MX"},
			"Coge el autobús.", "Toma el autobús."},
		{"Portuguese of Portugal to Brazil with agreement", AdaptOptions{From: "PT", To: "BR"},
			"Faça o registo no ecrã do telemóvel.", "Faça o registro na tela do celular."},
		{"European progressive to the Brazilian gerund", AdaptOptions{From: "PT", To: "BR"},
			"Estamos a preparar o seu pequeno-almoço.", "Estamos preparando o seu café da manhã."},
		{"accent-only variants", AdaptOptions{To: "BR"},
			"Prémios eletrónicos.", "Prêmios eletrônicos."},
		{"prices in the target format", AdaptOptions{To: "AR"},
			"Ahora a $1,234.50.", "Ahora a $1.234,50."},
		{"tú to usted", AdaptOptions{To: "CO", Formality: FormalityUsted},
			"Compra tu celular.", "Compre su celular."},
		{"a polysemous word stays", AdaptOptions{From: "ES", To: "MX"},
			"Revisa tus pedidos pendientes.", "Revisa tus pedidos pendientes."},
		{"Spain to Argentina: t-shirt and popcorn", AdaptOptions{From: "ES", To: "AR"},
			"Una camiseta y palomitas para el cine.", "Una remera y pochoclos para el cine."},
		{"Spain to Colombia", AdaptOptions{From: "ES", To: "CO"},
			"Compra el billete de avión y reserva aparcamiento.", "Compra el tiquete de avión y reserva parqueadero."},
		{"Spain to Chile", AdaptOptions{From: "ES", To: "CL"},
			"Zumo de fresa y un bocadillo en el atasco.", "Jugo de frutilla y un sándwich en el taco."},
		{"Mexico to Peru", AdaptOptions{From: "MX", To: "PE"},
			"Tu chamarra y tus palomitas.", "Tu casaca y tus canchitas."},
		{"Spain to Venezuela", AdaptOptions{From: "ES", To: "VE"},
			"Palomitas y un plátano.", "Cotufas y un cambur."},
		{"Argentina to Uruguay keeps the shared words", AdaptOptions{From: "AR", To: "UY"},
			"Pedí tu remera y tu heladera.", "Pedí tu remera y tu heladera."},
		{"unknown target changes nothing", AdaptOptions{To: "ZZ"}, "Comprad el coche.", "Comprad el coche."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changes := e.Adapt(tt.text, tt.opts)
			if got != tt.want {
				t.Fatalf("Adapt(%q, %+v)\n got %q\nwant %q\nchanges %+v", tt.text, tt.opts, got, tt.want, changes)
			}
			assertChangesRebuild(t, tt.text, got, changes)
			again, more := e.Adapt(got, tt.opts)
			if len(more) > 0 || again != got {
				t.Errorf("adapting %q again changed it: %+v", got, more)
			}
		})
	}
}

// assertChangesRebuild checks that every change quotes the input at its
// offsets and that applying the changes to the input gives the output.
func assertChangesRebuild(t *testing.T, input, output string, changes []Change) {
	t.Helper()
	runes := []rune(input)
	var rebuilt []rune
	pos := 0
	for _, c := range changes {
		if c.Start < pos || c.End < c.Start || c.End > len(runes) {
			t.Fatalf("change %+v has invalid offsets for %q", c, input)
		}
		if got := string(runes[c.Start:c.End]); got != c.From {
			t.Fatalf("change %+v: input there is %q", c, got)
		}
		rebuilt = append(rebuilt, runes[pos:c.Start]...)
		rebuilt = append(rebuilt, []rune(c.To)...)
		pos = c.End
	}
	rebuilt = append(rebuilt, runes[pos:]...)
	if string(rebuilt) != output {
		t.Fatalf("changes rebuild %q, output is %q", string(rebuilt), output)
	}
}
