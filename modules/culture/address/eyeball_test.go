package address

import (
	"fmt"
	"os"
	"testing"
)

func TestEyeball(t *testing.T) {
	if os.Getenv("EYE") == "" {
		t.Skip()
	}
	for _, from := range []Form{Tu, Vos, Usted} {
		for _, text := range cleanCopy[from] {
			fmt.Println("##", text)
			for _, to := range []Form{Tu, Vos, Usted} {
				if to != from {
					out, _ := Convert(text, to)
					fmt.Println("  ", to, "=>", out)
				}
			}
		}
	}
}
