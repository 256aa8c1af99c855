package address

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

type conversionCase struct {
	name     string
	from, to Form
	in, want string
}

// conversionCases are ad copy in the style of Mexican, Argentine, Colombian,
// Chilean and Central American campaigns, each with its hand-made conversion.
var conversionCases = []conversionCase{
	// tú → vos
	{"buen fin", Tu, Vos,
		"¡Aprovecha el Buen Fin! Compra hoy y paga en 12 meses sin intereses. Te esperamos en tu tienda más cercana.",
		"¡Aprovechá el Buen Fin! Comprá hoy y pagá en 12 meses sin intereses. Te esperamos en tu tienda más cercana."},
	{"enclitics", Tu, Vos,
		"Regístrate gratis, descárgala hoy y suscríbete al boletín. Dime qué buscas.",
		"Registrate gratis, descargala hoy y suscribite al boletín. Decime qué buscás."},
	{"irregular imperatives", Tu, Vos,
		"Tú eres lo más importante. ¿Quieres ahorrar? Elige tu plan y paga menos. Hazlo hoy. Ven a la tienda.",
		"Vos sos lo más importante. ¿Querés ahorrar? Elegí tu plan y pagá menos. Hacelo hoy. Vení a la tienda."},
	{"prepositional pronouns", Tu, Vos,
		"Esto es para ti. Siempre contigo. Puedes registrarte gratis.",
		"Esto es para vos. Siempre con vos. Podés registrarte gratis."},
	{"negative imperative keeps its form", Tu, Vos,
		"No compres más caro: compara precios y ahorra.",
		"No compres más caro: compará precios y ahorrá."},
	{"cotiza", Tu, Vos,
		"Cotiza tu seguro en minutos. Ingresa tus datos y te llamamos.",
		"Cotizá tu seguro en minutos. Ingresá tus datos y te llamamos."},
	{"all capitals", Tu, Vos,
		"REGÍSTRATE HOY Y GANA.",
		"REGISTRATE HOY Y GANÁ."},
	{"ir and ver", Tu, Vos,
		"Elige tu regalo. Ve a la tienda o ve el video.",
		"Elegí tu regalo. Andá a la tienda o ve el video."},
	{"tú without its accent", Tu, Usted,
		"Tu eliges el plan y tu decides cuándo pagar.",
		"Usted elige el plan y usted decide cuándo pagar."},
	{"opening adverbs", Tu, Usted,
		"Ahora paga en cuotas con tu tarjeta. Hoy aprovecha el envío gratis.",
		"Ahora pague en cuotas con su tarjeta. Hoy aproveche el envío gratis."},
	{"legal lines stay 3rd person", Tu, Usted,
		"Regístrate hoy y gana un viaje. Aplica restricciones. Vence el 30 de junio. Abre tu cuenta.",
		"Regístrese hoy y gane un viaje. Aplica restricciones. Vence el 30 de junio. Abra su cuenta."},
	// vos → tú
	{"hot sale", Vos, Tu,
		"Aprovechá el Hot Sale: hasta 12 cuotas sin interés. Descargá la app y pedí tu tarjeta. Te esperamos.",
		"Aprovecha el Hot Sale: hasta 12 cuotas sin interés. Descarga la app y pide tu tarjeta. Te esperamos."},
	{"voseo present", Vos, Tu,
		"Comprá ahora y aprovechá las cuotas. Si tenés dudas, escribinos. Vos sabés lo que querés. Viví la experiencia.",
		"Compra ahora y aprovecha las cuotas. Si tienes dudas, escríbenos. Tú sabes lo que quieres. Vive la experiencia."},
	{"con vos", Vos, Tu,
		"Hacé tu pedido y recibilo en tu casa. Estamos con vos.",
		"Haz tu pedido y recíbelo en tu casa. Estamos contigo."},
	{"conocé", Vos, Tu,
		"Conocé nuestra nueva colección y elegí la tuya.",
		"Conoce nuestra nueva colección y elige la tuya."},
	// tú → usted
	{"usted reflexives", Tu, Usted,
		"¡Regístrate hoy y descarga la app! Suscríbete a nuestro boletín y recibe tus descuentos. Te ofrecemos lo mejor para ti. No te lo pierdas.",
		"¡Regístrese hoy y descargue la app! Suscríbase a nuestro boletín y reciba sus descuentos. Le ofrecemos lo mejor para usted. No se lo pierda."},
	{"te before a tú verb", Tu, Usted,
		"¿Te imaginas un viaje a Cancún? Vive la experiencia, reserva tu hotel y disfruta.",
		"¿Se imagina un viaje a Cancún? Viva la experiencia, reserve su hotel y disfrute."},
	{"infinitive clitics", Tu, Usted,
		"Puedes registrarte gratis. Queremos ayudarte. Te damos la bienvenida.",
		"Puede registrarse gratis. Queremos ayudarle. Le damos la bienvenida."},
	{"dale", Tu, Usted,
		"Dale a tu piel lo que necesita. Ponte cómodo y relájate.",
		"Dele a su piel lo que necesita. Póngase cómodo y relájese."},
	{"ser and estar", Tu, Usted,
		"Tu pedido está en camino. ¿Estás listo? Sé el primero en saberlo.",
		"Su pedido está en camino. ¿Está listo? Sea el primero en saberlo."},
	{"capitals", Tu, Usted,
		"TE INVITAMOS A CONOCER NUESTRA TIENDA. REGÍSTRATE HOY.",
		"LE INVITAMOS A CONOCER NUESTRA TIENDA. REGÍSTRESE HOY."},
	{"ir and ver to usted", Tu, Usted,
		"Elige tu regalo. Ve a la tienda o ve el video.",
		"Elija su regalo. Vaya a la tienda o vea el video."},
	{"future and preterite", Tu, Usted,
		"¿Ya probaste nuestro nuevo sabor? Te encantará. Recibirás tu pedido en 24 horas y podrías ganar un viaje.",
		"¿Ya probó nuestro nuevo sabor? Le encantará. Recibirá su pedido en 24 horas y podría ganar un viaje."},
	{"imperfect", Tu, Vos,
		"¿Sabías que puedes pagar con tu celular? Descúbrelo.",
		"¿Sabías que podés pagar con tu celular? Descubrilo."},
	{"prepositions are not verbs", Tu, Vos,
		"¡Feliz cumpleaños! Para celebrarlo, te regalamos un 20% en tu próxima compra. Usa el código CUMPLE20. Sé parte del club.",
		"¡Feliz cumpleaños! Para celebrarlo, te regalamos un 20% en tu próxima compra. Usá el código CUMPLE20. Sé parte del club."},
	{"sé parte", Tu, Usted,
		"Sé parte de nuestra comunidad. Síguenos en Instagram y comparte tus fotos.",
		"Sea parte de nuestra comunidad. Síganos en Instagram y comparta sus fotos."},
	{"reflexive imperatives", Tu, Usted,
		"Hazte cliente hoy. Ponte en contacto. Vete de vacaciones. Date un gusto. Anímate y únete al reto. Llévate un 2x1.",
		"Hágase cliente hoy. Póngase en contacto. Váyase de vacaciones. Dese un gusto. Anímese y únase al reto. Llévese un 2x1."},
	{"te before other persons' verbs", Tu, Usted,
		"A ti te encantará. ¿Te gustaría ganar? Te lo enviamos gratis. Te invitamos a que te registres.",
		"A usted le encantará. ¿Le gustaría ganar? Se lo enviamos gratis. Le invitamos a que se registre."},
	{"enclitics to vos", Tu, Vos,
		"Pídelo ya y consíguelo antes que nadie. Hazlo tuyo. Cuídate mucho. Vete de vacaciones.",
		"Pedilo ya y conseguilo antes que nadie. Hacelo tuyo. Cuidate mucho. Andate de vacaciones."},
	{"gerund with clitic", Tu, Usted,
		"Sigue cuidándote con nuestros productos. Estamos esperándote.",
		"Siga cuidándose con nuestros productos. Estamos esperándole."},
	// usted → tú
	{"usted text", Usted, Tu,
		"Regístrese hoy y reciba su descuento. ¿Busca un regalo? Le ofrecemos envío gratis. Si se registra hoy, recibe un 10% adicional. No se preocupe, lo esperamos.",
		"Regístrate hoy y recibe tu descuento. ¿Buscas un regalo? Te ofrecemos envío gratis. Si te registras hoy, recibes un 10% adicional. No te preocupes, te esperamos."},
	{"usted subject", Usted, Tu,
		"Usted merece lo mejor. Descárguela gratis y aprovéchelo. Con usted siempre.",
		"Tú mereces lo mejor. Descárgala gratis y aprovéchalo. Contigo siempre."},
	{"contáctenos", Usted, Tu,
		"Conozca nuestras ofertas. Su satisfacción es nuestra prioridad. Contáctenos.",
		"Conoce nuestras ofertas. Tu satisfacción es nuestra prioridad. Contáctanos."},
	{"se lo merece", Usted, Tu,
		"Si compra hoy, recibe un 10%. Usted se lo merece. Queremos ayudarle.",
		"Si compras hoy, recibes un 10%. Tú te lo mereces. Queremos ayudarte."},
	{"usted future after a question", Usted, Tu,
		"¿Ya probó nuestro nuevo sabor? Si se suscribe, recibirá un regalo. Visítenos.",
		"¿Ya probaste nuestro nuevo sabor? Si te suscribes, recibirás un regalo. Visítanos."},
	{"usted letter", Usted, Tu,
		"Estimado cliente: le recordamos que su factura vence el 15 de marzo. Puede pagarla en línea o en cualquier sucursal.",
		"Estimado cliente: te recordamos que tu factura vence el 15 de marzo. Puedes pagarla en línea o en cualquier sucursal."},
	{"vos pronouns", Vos, Tu,
		"Vos elegís cómo pagar: con vos, para vos y de vos depende.",
		"Tú eliges cómo pagar: contigo, para ti y de ti depende."},
	{"si no", Usted, Tu,
		"Si no reconoce esta compra, llámenos de inmediato. Su seguridad es nuestra prioridad.",
		"Si no reconoces esta compra, llámanos de inmediato. Tu seguridad es nuestra prioridad."},
	{"usted subject inside a sentence", Usted, Vos,
		"Con nuestra app, usted paga sus cuentas sin salir de casa. Descárguela ya.",
		"Con nuestra app, vos pagás tus cuentas sin salir de casa. Descargala ya."},
	{"purpose clauses", Usted, Tu,
		"Le ofrecemos planes flexibles para que disfrute más. Lo invitamos a que visite nuestra tienda y conozca las novedades.",
		"Te ofrecemos planes flexibles para que disfrutes más. Te invitamos a que visites nuestra tienda y conozcas las novedades."},
	// vos → usted
	{"vos imperatives that look like preterites", Vos, Usted,
		"Pedí tu préstamo online y recibí la plata en el día. Sin vueltas, sin papeles.",
		"Pida su préstamo online y reciba la plata en el día. Sin vueltas, sin papeles."},
	{"vos to usted", Vos, Usted,
		"Hacé tu pedido y recibilo en tu casa. No te lo pierdas, ¡es por tiempo limitado!",
		"Haga su pedido y recíbalo en su casa. No se lo pierda, ¡es por tiempo limitado!"},
	{"vos pronoun to usted", Vos, Usted,
		"Vos sabés lo que querés: elegí tu plan y sumate.",
		"Usted sabe lo que quiere: elija su plan y súmese."},
	// usted → vos
	{"usted to vos", Usted, Vos,
		"Disfrute de nuestros planes. Llámenos hoy y conozca su nueva tarjeta.",
		"Disfrutá de nuestros planes. Llamanos hoy y conocé tu nueva tarjeta."},
	{"usted se to vos", Usted, Vos,
		"¿Busca un regalo? Si se suscribe hoy, gana un bono. No se lo pierda.",
		"¿Buscás un regalo? Si te suscribís hoy, ganás un bono. No te lo pierdas."},
}

func TestConvert(t *testing.T) {
	for _, tc := range conversionCases {
		t.Run(fmt.Sprintf("%s %s→%s", tc.name, tc.from, tc.to), func(t *testing.T) {
			got, changes := Convert(tc.in, tc.to)
			if got != tc.want {
				t.Errorf("Convert(%q, %s)\n got %q\nwant %q", tc.in, tc.to, got, tc.want)
			}
			if again := Apply(tc.in, changes); again != got {
				t.Errorf("applying the changes gives %q, want %q", again, got)
			}
			for _, ch := range changes {
				if from := string([]rune(tc.in)[ch.Start:ch.End]); from != ch.From {
					t.Errorf("change %+v: input has %q at its offsets", ch, from)
				}
			}
		})
	}
}

// TestConvertRoundTrip converts each case back to the form it came from.
func TestConvertRoundTrip(t *testing.T) {
	for _, tc := range conversionCases {
		if tc.from == Vos && tc.to == Tu || tc.from == Tu && tc.to == Vos {
			t.Run(tc.name, func(t *testing.T) {
				if back, _ := Convert(tc.want, tc.from); back != tc.in {
					t.Errorf("Convert(%q, %s)\n got %q\nwant %q", tc.want, tc.from, back, tc.in)
				}
			})
		}
	}
}

func TestConvertIsIdempotent(t *testing.T) {
	for _, tc := range conversionCases {
		for _, f := range []Form{Tu, Vos, Usted} {
			once, _ := Convert(tc.in, f)
			if twice, changes := Convert(once, f); len(changes) > 0 {
				t.Errorf("Convert(Convert(%q, %s)) changed %+v: %q", tc.in, f, changes, twice)
			}
		}
	}
}

func TestConvertLeavesUncertainTextAlone(t *testing.T) {
	for _, text := range []string{
		"Sal de la rutina. La sal de mesa es mala.",
		"Un te verde y un té negro.",
		"La compra online es fácil y rápida.",
		"Su pedido llegó ayer. El cliente recibe su factura por correo.",
		"Compra online. Incluye cargador.",      // no marker says who is addressed
		"¡Vuelve el Hot Sale! Llega el verano.", // 3rd person headlines
		"Protege la piel del sol. Hidrata y nutre.",
		"SOS: se busca voluntario.",
		"Se puede pagar en cuotas.",
		"Viví diez años en Lima.",
	} {
		for _, f := range []Form{Tu, Vos, Usted} {
			if got, changes := Convert(text, f); len(changes) > 0 {
				t.Errorf("Convert(%q, %s) = %q, want no change", text, f, got)
			}
		}
	}
}

func TestConvertOffsetsAreCodePoints(t *testing.T) {
	in := "🎉 ¡Ñandú días! Regístrate aquí."
	got, changes := Convert(in, Usted)
	if want := "🎉 ¡Ñandú días! Regístrese aquí."; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if len(changes) != 1 || changes[0].Start != 15 || changes[0].End != 25 || changes[0].From != "Regístrate" {
		t.Fatalf("changes = %+v", changes)
	}
	if utf8.RuneCountInString(in[:len("🎉 ¡Ñandú días! ")]) != 15 {
		t.Fatal("the test's own offset is wrong")
	}
}

func TestConvertDecomposedAccents(t *testing.T) {
	in := "Regi\u0301strate y descarga la app."
	got, changes := Convert(in, Vos)
	if want := "Registrate y descargá la app."; got != want {
		t.Fatalf("Convert(%q) = %q, want %q", in, got, want)
	}
	if changes[0].Start != 0 || changes[0].End != 11 {
		t.Errorf("first change %+v, want offsets 0-11 (the combining accent is a code point)", changes[0])
	}
}
