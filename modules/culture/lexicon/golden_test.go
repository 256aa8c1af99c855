package lexicon

import (
	"flag"
	"fmt"
	"testing"

	"github.com/frontierhq/frontier/modules/culture/internal/golden"
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

// goldenGaps go between the shuffled words of the long text: contexts that no test sentence
// has, such as "y no compres" or "¿su tarjeta".
var goldenGaps = []string{" ", " ", " ", " ", ", ", ". ", "! ", "? ", " ¡", " ¿", "\n", " y ", " no ", " - ", ": ", " 1.234,50 ", " $ 10 "}

// goldenLines returns one line per text and target: the %#v of the
// findings, or of the adapted text and its changes, which spells out every
// field, the types of the message arguments and nil against empty slices.
// The two long texts are recorded as a hash and a count.
func goldenLines(t *testing.T) golden.Lines {
	e := seedEngine(t)
	texts := golden.ReadCorpus(t, goldenCorpusFile)
	var lines golden.Lines
	all := append(texts[:len(texts):len(texts)],
		golden.Joined(texts, goldenMixedBytes), golden.Shuffled(texts, goldenMixedBytes, goldenGaps))
	for k, text := range all {
		long := k >= len(texts)
		for _, opts := range goldenChecks {
			findings := e.Check(text, opts)
			lines.Add(fmt.Sprintf("%d check %s %s", k, opts.Country, opts.Formality), long, fmt.Sprintf("%#v", findings), len(findings))
		}
		for _, opts := range goldenAdapts {
			out, changes := e.Adapt(text, opts)
			lines.Add(fmt.Sprintf("%d adapt %s>%s %s", k, opts.From, opts.To, opts.Formality), long, fmt.Sprintf("%q %#v", out, changes), len(changes))
		}
	}
	return lines
}

// TestGoldenCheckAndAdapt compares the engine's findings and adaptations of
// the corpus with the ones recorded in testdata/golden.txt.gz.
func TestGoldenCheckAndAdapt(t *testing.T) {
	golden.Compare(t, goldenFile, goldenLines(t), *updateGolden)
}
