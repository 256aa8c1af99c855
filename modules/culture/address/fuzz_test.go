package address

import (
	"testing"
	"unicode/utf8"
)

func FuzzConvert(f *testing.F) {
	for _, tc := range conversionCases {
		f.Add(tc.in, uint8(tc.to))
	}
	f.Add("¡¿Con vos?! REGÍSTRATE… te", uint8(Usted))
	f.Add("e\u0301 regi\u0301strate", uint8(Vos))
	f.Fuzz(func(t *testing.T, text string, form uint8) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		to := Form(form % 3)
		out, changes := Convert(text, to)
		n := utf8.RuneCountInString(text)
		runes := []rune(text)
		last := 0
		for _, ch := range changes {
			if ch.Start < last || ch.End <= ch.Start || ch.End > n {
				t.Fatalf("bad change %+v in %q (length %d, previous end %d)", ch, text, n, last)
			}
			if string(runes[ch.Start:ch.End]) != ch.From {
				t.Fatalf("change %+v does not match the input %q", ch, string(runes[ch.Start:ch.End]))
			}
			last = ch.End
		}
		if Apply(text, changes) != out {
			t.Fatalf("applying the changes to %q does not give %q", text, out)
		}
		for _, u := range Detect(text) {
			if u.Start < 0 || u.End > n || u.Start >= u.End || string(runes[u.Start:u.End]) != u.Word {
				t.Fatalf("bad use %+v in %q", u, text)
			}
		}
	})
}
