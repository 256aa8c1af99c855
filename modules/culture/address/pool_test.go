package address

import (
	"strings"
	"testing"
	"unsafe"
)

// TestReadingsHoldNoText checks what lets release skip clearing the readings:
// no reading of an analysis refers to the bytes of its text, so the pooled
// analysis keeps no text alive. The text has enclitic readings with se and
// le (registrarse, contactarle), whose usted spelling is the word itself.
func TestReadingsHoldNoText(t *testing.T) {
	text := strings.Repeat("Para registrarse, visite nuestra web. Le invitamos a contactarle y a REGISTRARSE hoy. "+
		"Regístrate, compra tu plan y dile a tu familia. No te lo pierdas. ", 3)
	text = string([]byte(text)) // its own bytes
	lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	hi := lo + uintptr(len(text))
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		return len(s) > 0 && lo <= p && p < hi
	}
	a := analyze(theLexicon(), text)
	defer a.release()
	if len(a.all) == 0 {
		t.Fatal("no readings")
	}
	for _, readings := range [][]candidate{a.all, a.chosen, a.merged[:cap(a.merged)]} {
		for _, c := range readings {
			for _, s := range append([]string{c.lemma, c.reflexive}, c.targets[:]...) {
				if inText(s) {
					t.Fatalf("reading %+v refers to the text (%q)", c, s)
				}
			}
		}
	}
}
