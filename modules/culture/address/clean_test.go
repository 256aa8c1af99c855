package address

import "testing"

// cleanCopy is ad copy written consistently in one form, from campaigns in the
// countries where that form is the norm. No marker in it may contradict its form.
var cleanCopy = map[Form][]string{
	Tu: {
		"¡Llegó el Buen Fin! Aprovecha hasta 50% de descuento en pantallas y paga a meses sin intereses con tu tarjeta.",
		"¿Buscas el regalo perfecto para mamá? Encuéntralo en nuestra tienda en línea y recíbelo en casa.",
		"Descarga la app, regístrate con tu correo y obtén $200 de regalo en tu primera compra.",
		"Tu cuenta está lista. Inicia sesión y descubre todo lo que puedes hacer.",
		"Te damos la bienvenida al club. Cada compra suma puntos que puedes cambiar por premios.",
		"Ven a conocer la nueva colección. Te esperamos en tu sucursal más cercana.",
		"No te quedes sin tu lugar: reserva hoy y asegura el mejor precio.",
		"Síguenos en redes y entérate antes que nadie de nuestras promociones.",
		"Protege a tu familia con un seguro que se adapta a ti. Cotiza en minutos.",
		"Con nuestra tarjeta tienes envíos gratis todo el año. ¿Qué esperas para pedirla?",
		"El nuevo modelo incluye cámara triple y batería de larga duración. Pruébalo en tienda.",
	},
	Vos: {
		"Llegó el Hot Sale: aprovechá hasta 12 cuotas sin interés en toda la tienda.",
		"¿Buscás el regalo ideal? Encontralo en nuestra tienda online y recibilo en tu casa.",
		"Descargá la app, registrate con tu mail y obtené $2000 de regalo en tu primera compra.",
		"Tu cuenta ya está activa. Ingresá y descubrí todo lo que podés hacer.",
		"Te damos la bienvenida al club. Cada compra suma puntos que podés canjear por premios.",
		"Vení a conocer la nueva colección. Te esperamos en tu sucursal más cercana.",
		"No te quedes sin tu lugar: reservá hoy y asegurate el mejor precio.",
		"Seguinos en redes y enterate antes que nadie de nuestras promos.",
		"Protegé a tu familia con un seguro pensado para vos. Cotizá en minutos.",
		"Con nuestra tarjeta tenés envíos gratis todo el año. ¿Qué esperás para pedirla?",
		"Si sos cliente, sumá el doble de puntos este fin de semana.",
	},
	Usted: {
		"Aproveche hasta 50% de descuento en electrodomésticos y pague en cuotas sin intereses.",
		"¿Busca el regalo perfecto? Encuéntrelo en nuestra tienda en línea y recíbalo en su casa.",
		"Descargue la aplicación, regístrese con su correo y obtenga un bono en su primera compra.",
		"Su cuenta está lista. Ingrese y descubra todo lo que puede hacer.",
		"Le damos la bienvenida al club. Cada compra suma puntos que usted puede cambiar por premios.",
		"Venga a conocer la nueva colección. Lo esperamos en su sucursal más cercana.",
		"No se quede sin su lugar: reserve hoy y asegure el mejor precio.",
		"Síganos en redes sociales y entérese antes que nadie de nuestras promociones.",
		"Proteja a su familia con un seguro que se adapta a usted. Cotice en minutos.",
		"Con nuestra tarjeta usted tiene envíos gratis todo el año. ¿Qué espera para solicitarla?",
		"El cliente recibe su factura por correo. Su pedido llegará en tres días.",
	},
}

func TestCleanCopyHasNoContradictions(t *testing.T) {
	for form, texts := range cleanCopy {
		for _, text := range texts {
			for _, u := range Detect(text) {
				if !u.Fits(form) {
					t.Errorf("%s copy %q: %q detected as %s", form, text, u.Word, u.Form)
				}
			}
			if _, changes := Convert(text, form); len(changes) > 0 {
				t.Errorf("%s copy %q: Convert to %s changed %+v", form, text, form, changes)
			}
		}
	}
}

// TestCleanCopyIsDetected checks recall on the same copy: every text shows its form.
func TestCleanCopyIsDetected(t *testing.T) {
	for form, texts := range cleanCopy {
		for _, text := range texts[:len(texts)-1] { // the last one is 3rd person on purpose
			if len(Detect(text)) == 0 {
				t.Errorf("%s copy %q: no marker found", form, text)
			}
		}
	}
}
