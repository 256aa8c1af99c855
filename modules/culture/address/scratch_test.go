package address

import (
	"fmt"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	text := os.Getenv("TXT")
	if text == "" {
		t.Skip()
	}
	for _, u := range Detect(text) {
		fmt.Printf("%+v\n", u)
	}
	for _, f := range []Form{Tu, Vos, Usted} {
		out, _ := Convert(text, f)
		fmt.Println(f, "=>", out)
	}
}
