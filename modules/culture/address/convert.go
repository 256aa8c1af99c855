package address

import "strings"

// Change is one rewrite made by Convert; offsets are code points into the input.
type Change struct {
	Start, End int
	From, To   string
}

// Convert rewrites every marker of text that Detect would report and that does
// not fit form to, and returns the new text with the changes in text order.
// Letter case and punctuation are kept; words whose reading is uncertain are
// left alone.
func Convert(text string, to Form) (string, []Change) {
	a := analyze(theLexicon(), text)
	defer a.release()
	var changes []Change
	for _, c := range a.chosen {
		if c.forms.Has(to) || c.targets[to] == "" {
			continue
		}
		first, last := a.tokens[c.first], a.tokens[c.last]
		from := a.span(first, last)
		replacement := matchCase(from, c.targets[to])
		if replacement == from {
			continue
		}
		changes = append(changes, Change{Start: int(first.start), End: a.end(c.last), From: from, To: replacement})
	}
	return Apply(text, changes), changes
}

// Apply replaces the spans of changes (sorted, not overlapping, code point
// offsets) in text.
func Apply(text string, changes []Change) string {
	if len(changes) == 0 {
		return text
	}
	runes := []rune(text)
	var b strings.Builder
	b.Grow(len(text) + 16*len(changes))
	pos := 0
	for _, ch := range changes {
		b.WriteString(string(runes[pos:ch.Start]))
		b.WriteString(ch.To)
		pos = ch.End
	}
	b.WriteString(string(runes[pos:]))
	return b.String()
}

// span returns the input text from the start of token first to the end of token last.
func (a *analysis) span(first, last token) string { return a.text[first.byteStart:last.byteEnd] }
