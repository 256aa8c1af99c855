package address

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	lex := theLexicon()
	for _, v := range lex.verbs {
		fmt.Println(v.lemma, v.present, v.imperative, v.subjunctive, v.vosSubjunctive, v.vosLikePreterite)
	}
}
