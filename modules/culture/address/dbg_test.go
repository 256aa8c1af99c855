package address

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	for _, text := range strings.Split(os.Getenv("TXT"), "|") {
		if text == "" {
			t.Skip()
		}
		fmt.Println("##", text)
		for _, u := range Detect(text) {
			fmt.Printf("   %s/%s/%s ", u.Word, u.Form, u.Kind)
		}
		fmt.Println()
		for _, f := range []Form{Tu, Vos, Usted} {
			out, _ := Convert(text, f)
			fmt.Println("  ", f, "=>", out)
		}
	}
}
