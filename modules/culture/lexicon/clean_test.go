package lexicon

import "testing"

// cleanCopy is real-world style marketing copy, correct for its country and
// form of address: the checker must find nothing in it.
var cleanCopy = []struct {
	country   string
	formality Formality
	text      string
}{
	{"MX", FormalityTu, "Descarga la app móvil y paga tus compras desde tu celular. ¡Vale la pena probarla!"},
	{"MX", FormalityTu, "Estrena carro este Buen Fin: hasta 12 meses sin intereses con tu tarjeta de crédito."},
	{"MX", FormalityTu, "Llévate una chamarra y una playera de regalo en compras mayores a $1,500.00."},
	{"MX", FormalityUsted, "Visite nuestra sucursal y conozca los nuevos planes de telefonía móvil para su empresa."},
	{"MX", FormalityTu, "Disfruta unos tacos al pastor con agua de jamaica y palomitas para la función."},
	{"MX", FormalityTu, "Renta de autos en el aeropuerto: reserva hoy y recoge tu coche en minutos."},
	{"AR", FormalityVos, "Comprá tu auto 0 km en 12 cuotas sin interés y llevate un carrito de regalo para el súper."},
	{"AR", FormalityVos, "Pedí tu remera en nuestra tienda online y recibila en tu casa en 48 horas."},
	{"AR", FormalityVos, "La heladera que estabas buscando, con envío gratis a todo el país. ¡Aprovechá!"},
	{"AR", FormalityVos, "Tomá el colectivo y vení a conocer el nuevo local del shopping."},
	{"AR", FormalityVos, "Frutillas, palta y choclo frescos todos los días en tu verdulería de confianza."},
	{"AR", FormalityVos, "Descargá la app y cargá la SUBE desde el celular. Vale la pena."},
	{"CO", FormalityUsted, "Compre su computador portátil con envío gratis y pague en cuotas con su tarjeta."},
	{"CO", FormalityTu, "Tu carro merece lo mejor: cambia las llantas en nuestro taller y recibe una revisión gratis."},
	{"CO", FormalityUsted, "Disfrute un jugo natural y unas crispetas en nuestra nueva sala de cine."},
	{"CL", FormalityTu, "Arrienda tu departamento con nosotros y recibe el pago de tu arriendo a tiempo."},
	{"CL", FormalityTu, "Compra tu polerón y tus zapatillas con despacho gratis a todo Chile."},
	{"CL", FormalityTu, "La ampolleta LED que ahorra energía y dura diez años. ¡Pídela hoy!"},
	{"PE", FormalityTu, "Encuentra tu casaca ideal y paga en cuotas sin intereses con tu tarjeta."},
	{"PE", FormalityUsted, "Recargue su celular y disfrute de datos ilimitados en redes sociales."},
	{"PE", FormalityTu, "Prueba nuestra palta fresca y una canchita crocante en cada pedido."},
	{"ES", FormalityTu, "Coge el autobús y descubre nuestras rebajas de invierno en tu tienda de siempre."},
	{"ES", FormalityTu, "Consigue tu nuevo móvil con la tarifa de fibra y llévate unos auriculares de regalo."},
	{"ES", FormalityTu, "Vosotros elegís: zumo de naranja o de melocotón para el desayuno. ¡Os esperamos!"},
	{"ES", FormalityTu, "Aparca gratis en nuestro aparcamiento y disfruta de las mejores patatas bravas."},
	{"UY", FormalityVos, "Pedí tu heladera con financiación en 12 cuotas y recibila en todo Montevideo."},
	{"VE", FormalityTu, "Llévate una franela y unas cotufas para ver el partido con tus panas."},
	{"BR", FormalityAny, "Baixe o aplicativo e compre pelo celular com frete grátis para todo o Brasil."},
	{"BR", FormalityAny, "Aproveite o café da manhã no hotel e pegue o ônibus para a praia."},
	{"BR", FormalityAny, "Prêmios eletrônicos, parcelas sem juros e entrega rápida na sua casa."},
	{"PT", FormalityAny, "Descarregue a aplicação e registe-se para ganhar um prémio no seu telemóvel."},
	{"PT", FormalityAny, "Tome o pequeno-almoço connosco e apanhe o comboio para Lisboa."},
}

func TestCleanCopyHasNoFindings(t *testing.T) {
	e := seedEngine(t)
	for _, c := range cleanCopy {
		for _, f := range e.Check(c.text, CheckOptions{Country: c.country, Formality: c.formality}) {
			t.Errorf("%s %q: unexpected %s finding on %q (suggests %v)", c.country, c.text, f.Rule, f.Excerpt, f.Suggestions)
		}
	}
}
