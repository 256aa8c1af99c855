package address

import "testing"

func TestSuggest(t *testing.T) {
	tests := []struct {
		word string
		to   Form
		want string
		ok   bool
	}{
		{"Regístrate", Vos, "Registrate", true},
		{"Regístrate", Usted, "Regístrese", true},
		{"REGÍSTRATE", Vos, "REGISTRATE", true},
		{"suscribite", Tu, "suscríbete", true},
		{"descárguela", Vos, "descargala", true},
		{"tenés", Usted, "tiene", true},
		{"compra", Usted, "compre", true}, // read as the imperative
		{"compra", Vos, "comprá", true},
		{"contigo", Vos, "con vos", true},
		{"contigo", Usted, "con usted", true},
		{"tu", Usted, "su", true},
		{"tus", Usted, "sus", true},
		{"tuyo", Usted, "suyo", true},
		{"te", Usted, "le", true},
		{"usted", Tu, "tú", true},
		{"dígame", Tu, "dime", true},
		{"con vos", Tu, "contigo", true},
		{"Con usted", Vos, "Con vos", true},
		{"para ti", Usted, "", false}, // two words that are no single marker
		{"tu", Vos, "", false},        // already right for vos
		{"tenés", Vos, "", false},     // already vos
		{"mesa", Usted, "", false},    // no marker
		{"", Tu, "", false},
	}
	for _, tc := range tests {
		got, ok := Suggest(tc.word, tc.to)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Suggest(%q, %s) = %q, %v; want %q, %v", tc.word, tc.to, got, ok, tc.want, tc.ok)
		}
	}
}
