package address

import "testing"

func TestWithClitics(t *testing.T) {
	tests := []struct{ verb, clitics, want string }{
		{"registra", "te", "regístrate"},
		{"registrá", "te", "registrate"},
		{"registre", "se", "regístrese"},
		{"descarga", "la", "descárgala"},
		{"descargá", "la", "descargala"},
		{"descargue", "la", "descárguela"},
		{"suscribe", "te", "suscríbete"},
		{"suscribí", "te", "suscribite"},
		{"suscriba", "se", "suscríbase"},
		{"aprovecha", "lo", "aprovéchalo"},
		{"aproveche", "lo", "aprovéchelo"},
		{"di", "me", "dime"},
		{"decí", "me", "decime"},
		{"diga", "me", "dígame"},
		{"decí", "melo", "decímelo"},
		{"dé", "le", "dele"},
		{"obtén", "lo", "obtenlo"},
		{"envía", "lo", "envíalo"},
		{"enviá", "lo", "envialo"},
		{"envíe", "lo", "envíelo"},
		{"construí", "lo", "construilo"},
		{"cuida", "te", "cuídate"},
		{"sigue", "nos", "síguenos"},
		{"escribí", "nos", "escribinos"},
		{"registrar", "te", "registrarte"},
		{"registrar", "selo", "registrárselo"},
		{"ve", "te", "vete"},
		{"vaya", "se", "váyase"},
	}
	for _, tc := range tests {
		if got := withClitics(tc.verb, tc.clitics); got != tc.want {
			t.Errorf("withClitics(%q, %q) = %q, want %q", tc.verb, tc.clitics, got, tc.want)
		}
	}
}

func TestStressedNucleus(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"compra", 0}, {"comprá", 1}, {"registrate", 2}, {"regístrate", 1}, {"reloj", 1},
		{"envía", 1}, {"quiere", 0}, {"guía", 0}, {"país", 1}, {"construí", 1},
	}
	for _, tc := range tests {
		if got := stressedNucleus([]rune(tc.word)); got != tc.want {
			t.Errorf("stressedNucleus(%q) = %d, want %d", tc.word, got, tc.want)
		}
	}
}
