package lexicon

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

// The golden test pins the exact output of Engine.Check and Engine.Adapt, so
// that work on the checker's speed cannot change a single finding or change.
// After an intended change of behaviour, rewrite the file with
//
//	go test -run TestGoldenCheckAndAdapt ./modules/culture/lexicon/ -update-golden
//
// and review its diff.
var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/golden.txt.gz from the current engine")

const (
	goldenCorpusFile = "testdata/golden_corpus.txt"
	// goldenFile holds one line per text and target, gzipped: about 3 MB of
	// text otherwise.
	goldenFile = "testdata/golden.txt.gz"
	// goldenMixedBytes is the size of the long text built from the whole
	// corpus, which the buffers of a short text never see.
	goldenMixedBytes = 256 << 10
)

// goldenChecks are the targets every corpus text is checked for.
var goldenChecks = []CheckOptions{
	{Country: "MX", Formality: FormalityTu},
	{Country: "AR", Formality: FormalityVos},
	{Country: "CO", Formality: FormalityUsted},
	{Country: "ES", Formality: FormalityTu},
	{Country: "ES", Formality: FormalityVos},
	{Country: "BR"},
	{Country: "US", Formality: FormalityTu},
	{Country: "CL"},
}

// goldenAdapts are the targets every corpus text is adapted to.
var goldenAdapts = []AdaptOptions{
	{From: "ES", To: "MX", Formality: FormalityTu},
	{From: "MX", To: "AR", Formality: FormalityVos},
	{To: "CO", Formality: FormalityUsted},
	{From: "PT", To: "BR"},
	{From: "MX", To: "ES", Formality: FormalityTu},
	{From: "AR", To: "US", Formality: FormalityUsted},
}

// readGoldenCorpus returns the texts of the corpus file, one Go-quoted
// string a line: every string of the tests of lexicon, address and locale
// when the file was made, and the fuzz corpus.
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

// goldenMixed joins the corpus into one long text the way mixedCopy does,
// with a paragraph break every seven texts.
func goldenMixed(texts []string, size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(texts[i%len(texts)])
		b.WriteString(" ")
		if i%7 == 6 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// goldenShuffled returns a text of the corpus's words in a random but
// fixed order, with random punctuation between them: contexts that no test
// sentence has, such as "y no compres" or "¿su tarjeta".
func goldenShuffled(texts []string, size int) string {
	var words []string
	for _, text := range texts {
		words = append(words, strings.Fields(text)...)
	}
	gaps := []string{" ", " ", " ", " ", ", ", ". ", "! ", "? ", " ¡", " ¿", "\n", " y ", " no ", " - ", ": ", " 1.234,50 ", " $ 10 "}
	r := rand.New(rand.NewPCG(4, 20))
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteString(gaps[r.IntN(len(gaps))])
	}
	return b.String()
}

// goldenLines returns one line per text and target: the %#v of the
// findings, or of the adapted text and its changes, which spells out every
// field, the types of the message arguments and nil against empty slices.
// The two long texts are recorded as a hash and a count.
func goldenLines(t *testing.T) []string {
	e := seedEngine(t)
	texts := readGoldenCorpus(t)
	var lines []string
	record := func(name string, long bool, out string, n int) {
		if long {
			out = fmt.Sprintf("sha256:%x n=%d", sha256.Sum256([]byte(out)), n)
		}
		lines = append(lines, name+"\t"+out)
	}
	all := append(texts[:len(texts):len(texts)],
		goldenMixed(texts, goldenMixedBytes), goldenShuffled(texts, goldenMixedBytes))
	for k, text := range all {
		long := k >= len(texts)
		for _, opts := range goldenChecks {
			findings := e.Check(text, opts)
			record(fmt.Sprintf("%d check %s %s", k, opts.Country, opts.Formality), long, fmt.Sprintf("%#v", findings), len(findings))
		}
		for _, opts := range goldenAdapts {
			out, changes := e.Adapt(text, opts)
			record(fmt.Sprintf("%d adapt %s>%s %s", k, opts.From, opts.To, opts.Formality), long, fmt.Sprintf("%q %#v", out, changes), len(changes))
		}
	}
	return lines
}

// TestGoldenCheckAndAdapt compares the engine's findings and adaptations of
// the corpus with the ones recorded in testdata/golden.txt.gz.
func TestGoldenCheckAndAdapt(t *testing.T) {
	got := goldenLines(t)
	if *updateGolden {
		writeGolden(t, got)
		return
	}
	want := readGolden(t)
	if len(want) != len(got) {
		t.Fatalf("golden has %d lines, the engine gave %d", len(want), len(got))
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
	s.Buffer(nil, 16<<20) // a line holds every finding of one text
	for s.Scan() {
		lines = append(lines, s.Text())
	}
	if err := s.Err(); err != nil {
		t.Fatalf("read golden: %v", err)
	}
	return lines
}
