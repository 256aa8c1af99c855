// Package golden holds the culture packages' regression tests against recorded results: a
// corpus of real texts, long texts built from it, and a gzipped file with one line per text
// and call that a test compares with, or rewrites on request.
package golden

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
)

// ReadCorpus returns the texts of a corpus file, one Go-quoted string a line.
func ReadCorpus(t testing.TB, file string) []string {
	t.Helper()
	f, err := os.Open(file)
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

// Joined joins the texts in order, with a paragraph break every seven, until size bytes.
func Joined(texts []string, size int) string {
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

// Shuffled returns size bytes of the texts' words in a random but fixed order, with one of
// gaps between each two: contexts that no test sentence has, such as "y no compres".
func Shuffled(texts []string, size int, gaps []string) string {
	var words []string
	for _, text := range texts {
		words = append(words, strings.Fields(text)...)
	}
	r := rand.New(rand.NewPCG(4, 20))
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteString(gaps[r.IntN(len(gaps))])
	}
	return b.String()
}

// Lines collects the recorded lines: a name and a result each.
type Lines []string

// Add records out under name; the result of a long text is recorded as its hash and n.
func (l *Lines) Add(name string, long bool, out string, n int) {
	if long {
		out = fmt.Sprintf("sha256:%x n=%d", sha256.Sum256([]byte(out)), n)
	}
	*l = append(*l, name+"\t"+out)
}

// Compare checks got against the lines recorded in file (gzipped), reporting the first
// differences; with update it rewrites the file instead.
func Compare(t testing.TB, file string, got Lines, update bool) {
	t.Helper()
	if update {
		write(t, file, got)
		return
	}
	want := read(t, file)
	if len(want) != len(got) {
		t.Fatalf("%s has %d lines, the code gave %d", file, len(want), len(got))
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

func write(t testing.TB, file string, lines []string) {
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
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatalf("write golden: %v", err)
	}
}

func read(t testing.TB, file string) []string {
	t.Helper()
	f, err := os.Open(file)
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
