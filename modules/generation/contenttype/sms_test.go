package contenttype

import (
	"strings"
	"testing"
)

func TestSegments(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		encoding string
		segments int
	}{
		{"empty", "", GSM7, 0},
		{"plain ascii", "Hola, 30% de descuento hoy", GSM7, 1},
		{"gsm basic spanish letters", "¿Mañana? ¡Sí! é ñ ü à Ñ Ü É", UCS2, 1}, // í is not GSM-7
		{"é ñ ü à are gsm basic", "Café, niño, pingüino, à la carte ¿y? ¡ya!", GSM7, 1},
		{"á is not gsm", "Está aquí", UCS2, 1},
		{"ó is not gsm", "Promoción", UCS2, 1},
		{"ú is not gsm", "Último día", UCS2, 1},
		{"ç lowercase is not gsm", "Preço", UCS2, 1},
		{"Ç uppercase is gsm", "ÇA", GSM7, 1},
		{"ã is not gsm", "Promoção", UCS2, 1},
		{"160 gsm fit one", strings.Repeat("a", 160), GSM7, 1},
		{"161 gsm need two", strings.Repeat("a", 161), GSM7, 2},
		{"306 gsm fit two", strings.Repeat("a", 306), GSM7, 2},
		{"307 gsm need three", strings.Repeat("a", 307), GSM7, 3},
		{"euro counts two", strings.Repeat("a", 158) + "€", GSM7, 1},
		{"euro over single", strings.Repeat("a", 159) + "€", GSM7, 2},
		{"escape never split", strings.Repeat("a", 152) + "€" + strings.Repeat("a", 152), GSM7, 3},
		{"brackets and tilde", "[x]{y}~|^\\", GSM7, 1},
		{"70 ucs2 fit one", strings.Repeat("á", 70), UCS2, 1},
		{"71 ucs2 need two", strings.Repeat("á", 71), UCS2, 2},
		{"134 ucs2 fit two", strings.Repeat("á", 134), UCS2, 2},
		{"135 ucs2 need three", strings.Repeat("á", 135), UCS2, 3},
		{"emoji is two utf16 units", strings.Repeat("a", 68) + "😀", UCS2, 1},
		{"emoji over single", strings.Repeat("a", 69) + "😀", UCS2, 2},
		{"surrogate pair never split", strings.Repeat("a", 66) + "😀" + strings.Repeat("a", 66), UCS2, 3},
		{"newline is gsm", "a\nb\rc", GSM7, 1},
		{"tab is not gsm", "a\tb", UCS2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, n := Segments(tt.text)
			if enc != tt.encoding || n != tt.segments {
				t.Errorf("Segments(%q) = %s, %d; want %s, %d", tt.text, enc, n, tt.encoding, tt.segments)
			}
		})
	}
}
