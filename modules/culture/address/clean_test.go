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
		"Sea cual sea tu estilo, tenemos algo para ti.",
		"Hola, soy Ana y te cuento mi experiencia.",
		"Regístrate hoy y gana un viaje. Aplica restricciones. Vence el 30 de junio.",
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

// neutralCopy addresses nobody: product descriptions, headlines and 3rd person
// sentences full of words that look like forms of address.
var neutralCopy = []string{
	"El nuevo iPhone cuenta con cámara de 48 MP y llega a tiendas el viernes.",
	"Nuestra marca ofrece envíos a todo el país. Cada compra suma puntos.",
	"La tienda abre a las 9. Compras mayores a $500 tienen envío gratis.",
	"Te de manzanilla, té verde y café de especialidad.",
	"El cliente elige su plan y paga en cuotas.",
	"María viaja a Cancún y disfruta del sol.",
	"Hidrata, protege y nutre la piel. Contiene ácido hialurónico.",
	"Viví en Buenos Aires y elegí quedarme.",
	"Descubre Colombia: la campaña del gobierno promueve el turismo.",
	"Se busca vendedor. Se ofrece sueldo fijo.",
	"Pruebas gratis: la empresa regala muestras.",
	"Reserva natural El Cielo. Visita guiada a las 10.",
	"La sal marina y la sal rosa son tendencia.",
	"Vive Latino 2025: el festival vuelve a la Ciudad de México.",
	"Come sano, vive mejor: el lema de la marca.",
	"Tarde de ofertas: todo con 30% de descuento.",
	"Cuenta corriente sin costo de mantenimiento.",
	"La empresa presentó su informe. Puede haber retrasos.",
	"¡Llega el verano! Vuelve el Hot Sale con descuentos en toda la tienda.",
}

func TestNeutralCopyHasNoMarkers(t *testing.T) {
	for _, text := range neutralCopy {
		if uses := Detect(text); len(uses) > 0 {
			t.Errorf("Detect(%q) = %+v, want nothing", text, uses)
		}
		for _, f := range []Form{Tu, Vos, Usted} {
			if out, changes := Convert(text, f); len(changes) > 0 {
				t.Errorf("Convert(%q, %s) = %q, want no change", text, f, out)
			}
		}
	}
}
