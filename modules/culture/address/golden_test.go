package address

import (
	"flag"
	"fmt"
	"testing"

	"github.com/frontierhq/frontier/modules/culture/internal/golden"
)

// The golden test pins the exact output of Detect and Convert (every field
// of every marker and change), so that work on the analysis's speed cannot
// change a result. After an intended change of behaviour, rewrite the file with
//
//	go test -run TestGoldenDetectAndConvert ./modules/culture/address/ -update-golden
//
// and review what the lexicon package's golden test says about it.
var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/golden.txt.gz from the current analysis")

const (
	// goldenCorpusFile holds one Go-quoted text a line: every string of the
	// tests of lexicon, address and locale when the file was made.
	goldenCorpusFile = "testdata/golden_corpus.txt"
	// goldenFile holds one line per text and call, gzipped.
	goldenFile = "testdata/golden.txt.gz"
	// goldenLongBytes is the size of the long texts built from the corpus.
	goldenLongBytes = 256 << 10
)

// goldenGaps go between the shuffled words of the long text.
var goldenGaps = []string{" ", " ", " ", " ", ", ", ". ", "! ", "? ", " ¡", " ¿", "\n", " y ", " no ", " - ", ": ", " se ", " usted "}

// goldenLines returns one line per text and call, the %#v of its result;
// the long texts are recorded as a hash and a count.
func goldenLines(t *testing.T) golden.Lines {
	texts := golden.ReadCorpus(t, goldenCorpusFile)
	all := append(texts[:len(texts):len(texts)],
		golden.Joined(texts, goldenLongBytes), golden.Shuffled(texts, goldenLongBytes, goldenGaps))
	var lines golden.Lines
	for k, text := range all {
		long := k >= len(texts)
		uses := Detect(text)
		lines.Add(fmt.Sprintf("%d detect", k), long, fmt.Sprintf("%#v", uses), len(uses))
		for _, f := range []Form{Tu, Vos, Usted} {
			mismatches := Mismatches(text, f)
			lines.Add(fmt.Sprintf("%d mismatches %v", k, f), long, fmt.Sprintf("%#v", mismatches), len(mismatches))
			out, changes := Convert(text, f)
			lines.Add(fmt.Sprintf("%d convert %v", k, f), long, fmt.Sprintf("%q %#v", out, changes), len(changes))
		}
	}
	return lines
}

// TestGoldenDetectAndConvert compares Detect, Mismatches and Convert on the
// corpus with the results recorded in testdata/golden.txt.gz.
func TestGoldenDetectAndConvert(t *testing.T) {
	golden.Compare(t, goldenFile, goldenLines(t), *updateGolden)
}

// TestAppendMismatchesMatchesMismatches checks the checker's narrow view of
// the markers against Mismatches on the corpus, reusing one array.
func TestAppendMismatchesMatchesMismatches(t *testing.T) {
	texts := golden.ReadCorpus(t, goldenCorpusFile)
	joined, shuffled := golden.Joined(texts, 64<<10), golden.Shuffled(texts, 64<<10, goldenGaps)
	var buf []Mismatch
	for _, text := range append(texts, joined, shuffled) {
		for _, f := range []Form{Tu, Vos, Usted} {
			want := Mismatches(text, f)
			buf = AppendMismatches(buf[:0], text, f)
			if len(buf) != len(want) {
				t.Fatalf("%.60q %v: %d mismatches, Mismatches has %d", text, f, len(buf), len(want))
			}
			for k, u := range want {
				m := Mismatch{Start: u.Start, End: u.End, Word: u.Word, Form: u.Form, Alternative: u.Alternatives[f]}
				if buf[k] != m {
					t.Fatalf("%.60q %v: mismatch %d = %+v, want %+v", text, f, k, buf[k], m)
				}
			}
		}
	}
}
