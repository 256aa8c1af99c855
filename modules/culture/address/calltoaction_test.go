package address

import "testing"

// TestCallToActionMakesCopyTu: copy with no unambiguous marker whose sentence opens with a
// call to action is tú copy, so its imperatives are converted for vos and usted markets.
func TestCallToActionMakesCopyTu(t *testing.T) {
	tests := []struct {
		in         string
		vos, usted string
	}{
		{"Descubre nuestra colección de verano.", "Descubrí nuestra colección de verano.", "Descubra nuestra colección de verano."},
		{"Compra ahora y recibe envío gratis.", "Comprá ahora y recibí envío gratis.", "Compre ahora y reciba envío gratis."},
		{"Aprovecha el 20% de descuento. Compra hoy en la tienda.", "Aprovechá el 20% de descuento. Comprá hoy en la tienda.",
			"Aproveche el 20% de descuento. Compre hoy en la tienda."},
		{"¡Visita la tienda y elige un regalo!", "¡Visitá la tienda y elegí un regalo!", "¡Visite la tienda y elija un regalo!"},
		{"Reserva ya. Cupos limitados.", "Reservá ya. Cupos limitados.", "Reserve ya. Cupos limitados."},
		// Two sentences that open with a verb before its object.
		{"Aprovecha el descuento de temporada. Visita la tienda más cercana.", "Aprovechá el descuento de temporada. Visitá la tienda más cercana.",
			"Aproveche el descuento de temporada. Visite la tienda más cercana."},
		// A point between digits does not end the sentence: "ahorra" is still coordinated.
		{"Compra hoy por $1.234,50 y ahorra 15%.", "Comprá hoy por $1.234,50 y ahorrá 15%.", "Compre hoy por $1.234,50 y ahorre 15%."},
	}
	for _, tt := range tests {
		for f, want := range map[Form]string{Vos: tt.vos, Usted: tt.usted, Tu: tt.in} {
			if got, _ := Convert(tt.in, f); got != want {
				t.Errorf("Convert(%q, %s) = %q, want %q", tt.in, f, got, want)
			}
		}
		if got := Mismatches(tt.in, Vos); len(got) == 0 {
			t.Errorf("Mismatches(%q, vos) found nothing", tt.in)
		}
	}
}

// TestCallToActionNeedsAClearCue keeps 3rd person and noun readings alone: descriptive verbs,
// "online" and "gratis" (also noun phrases), a verb not opening its sentence, usted hints.
func TestCallToActionNeedsAClearCue(t *testing.T) {
	for _, text := range []string{
		"¡Llega el verano! Abre hoy nuestra nueva tienda en Palermo.",
		"Incluye ahora cargador y funda.",
		"Compra online con envío gratis.",
		"Prueba gratis por 30 días.",
		"El plan compra ahora más datos por el mismo precio.",
		"Estimado cliente: le recordamos que su pedido llega hoy. Compra ahora sus entradas.",
		"Compra segura y rápida.",
		"Aprovecha el descuento de temporada.",                      // one plain opener is not enough
		"Incluye el cargador. Ofrece la mejor batería del mercado.", // descriptive verbs
	} {
		for _, f := range []Form{Vos, Usted} {
			if got, changes := Convert(text, f); len(changes) > 0 {
				t.Errorf("Convert(%q, %s) = %q, want no change", text, f, got)
			}
		}
	}
}
