package address

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
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

func readGoldenCorpus(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(goldenCorpusFile)
	if err != nil {
		t.Fatalf("open corpus: %v", err)
	}
	defer f.Close()
	var texts []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		text, err := strconv.Unquote(s.Text())
		if err != nil {
			t.Fatalf("corpus line %q: %v", s.Text(), err)
		}
		texts = append(texts, text)
	}
	if err := s.Err(); err != nil {
		t.Fatalf("read corpus: %v", err)
	}
	if len(texts) < 1000 {
		t.Fatalf("corpus has %d texts, want the whole file", len(texts))
	}
	return texts
}

// goldenLongTexts returns the corpus joined in order with a paragraph break
// every seven texts, and its words in a random but fixed order with random
// punctuation between them.
func goldenLongTexts(texts []string, size int) (joined, shuffled string) {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(texts[i%len(texts)])
		b.WriteString(" ")
		if i%7 == 6 {
			b.WriteString("\n\n")
		}
	}
	joined = b.String()
	var words []string
	for _, text := range texts {
		words = append(words, strings.Fields(text)...)
	}
	gaps := []string{" ", " ", " ", " ", ", ", ". ", "! ", "? ", " ¡", " ¿", "\n", " y ", " no ", " - ", ": ", " se ", " usted "}
	r := rand.New(rand.NewPCG(4, 20))
	b.Reset()
	for b.Len() < size {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteString(gaps[r.IntN(len(gaps))])
	}
	return joined, b.String()
}

// goldenLines returns one line per text and call, the %#v of its result;
// the long texts are recorded as a hash and a count.
func goldenLines(t *testing.T) []string {
	texts := readGoldenCorpus(t)
	joined, shuffled := goldenLongTexts(texts, goldenLongBytes)
	all := append(texts[:len(texts):len(texts)], joined, shuffled)
	var lines []string
	record := func(name string, long bool, out string, n int) {
		if long {
			out = fmt.Sprintf("sha256:%x n=%d", sha256.Sum256([]byte(out)), n)
		}
		lines = append(lines, name+"\t"+out)
	}
	for k, text := range all {
		long := k >= len(texts)
		uses := Detect(text)
		record(fmt.Sprintf("%d detect", k), long, fmt.Sprintf("%#v", uses), len(uses))
		for _, f := range []Form{Tu, Vos, Usted} {
			mismatches := Mismatches(text, f)
			record(fmt.Sprintf("%d mismatches %v", k, f), long, fmt.Sprintf("%#v", mismatches), len(mismatches))
			out, changes := Convert(text, f)
			record(fmt.Sprintf("%d convert %v", k, f), long, fmt.Sprintf("%q %#v", out, changes), len(changes))
		}
	}
	return lines
}

// TestGoldenDetectAndConvert compares Detect, Mismatches and Convert on the
// corpus with the results recorded in testdata/golden.txt.gz.
func TestGoldenDetectAndConvert(t *testing.T) {
	got := goldenLines(t)
	if *updateGolden {
		writeGolden(t, got)
		return
	}
	want := readGolden(t)
	if len(want) != len(got) {
		t.Fatalf("golden has %d lines, the analysis gave %d", len(want), len(got))
	}
	failures := 0
	for i := range want {
		if got[i] == want[i] {
			continue
		}
		failures++
		if failures <= 5 {
			t.Errorf("line %d differs:\n got  %s\n want %s", i+1, got[i], want[i])
		}
	}
	if failures > 5 {
		t.Errorf("%d lines differ in all", failures)
	}
}

func writeGolden(t *testing.T, lines []string) {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatalf("gzip: %v", err)
	}
	for _, line := range lines {
		fmt.Fprintln(zw, line)
	}
	if err := zw.Close(); err != nil {
		t.Fatalf("gzip: %v", err)
	}
	if err := os.WriteFile(goldenFile, buf.Bytes(), 0o644); err != nil {
		t.Fatalf("write golden: %v", err)
	}
}

func readGolden(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(goldenFile)
	if err != nil {
		t.Fatalf("open golden: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("read golden: %v", err)
	}
	var lines []string
	s := bufio.NewScanner(zr)
	s.Buffer(nil, 16<<20) // a line holds every result of one text
	for s.Scan() {
		lines = append(lines, s.Text())
	}
	if err := s.Err(); err != nil {
		t.Fatalf("read golden: %v", err)
	}
	return lines
}

// TestAppendMismatchesMatchesMismatches checks the checker's narrow view of
// the markers against Mismatches on the corpus, reusing one array.
func TestAppendMismatchesMatchesMismatches(t *testing.T) {
	texts := readGoldenCorpus(t)
	joined, shuffled := goldenLongTexts(texts, 64<<10)
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
