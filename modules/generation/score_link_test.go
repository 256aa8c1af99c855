package generation

import "testing"

func TestHasLink(t *testing.T) {
	for text, want := range map[string]bool{
		"visita https://tienda.mx hoy":      true,
		"escríbenos a wa.me/5215550000":     true,
		"entra a www.tienda.com.ar":         true,
		"compra en tienda.com":              true,
		"compra en tienda.com.":             true,
		"la compra.como siempre":            false,
		"sin enlaces, solo texto":           false,
		"un .comercio y un .compás perdido": false,
	} {
		if got := hasLink(text); got != want {
			t.Errorf("hasLink(%q) = %v, want %v", text, got, want)
		}
	}
}
