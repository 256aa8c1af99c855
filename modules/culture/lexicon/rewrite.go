package lexicon

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// edit replaces code points [start, end) of some text with to.
type edit struct {
	start, end int
	to         string
	rule       string
}

// segment is a part of the rewritten text: a run of the original left as it
// was, or a replacement for original code points [origStart, origEnd).
type segment struct {
	origStart, origEnd int
	changed            bool
	text               string // replacements only
	rule               string
}

// rewriter applies successive rounds of edits to a text while remembering
// which part of the original each part of the result comes from, so every
// change can be reported with offsets into the original.
type rewriter struct {
	original []rune
	segments []segment
}

func newRewriter(text string) *rewriter {
	r := &rewriter{original: []rune(text)}
	if len(r.original) > 0 {
		r.segments = []segment{{origStart: 0, origEnd: len(r.original)}}
	}
	return r
}

func (r *rewriter) segmentLen(s segment) int {
	if s.changed {
		return utf8.RuneCountInString(s.text)
	}
	return s.origEnd - s.origStart
}

func (r *rewriter) segmentText(s segment) string {
	if s.changed {
		return s.text
	}
	return string(r.original[s.origStart:s.origEnd])
}

// text returns the current text.
func (r *rewriter) text() string {
	var b strings.Builder
	for _, s := range r.segments {
		b.WriteString(r.segmentText(s))
	}
	return b.String()
}

// apply applies edits whose offsets are into the current text. Overlapping
// edits are dropped, keeping the first one of each overlapping group.
func (r *rewriter) apply(edits []edit) {
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].start < edits[b].start })
	kept := edits[:0:0]
	end := -1
	for _, e := range edits {
		if e.start < end || e.start > e.end {
			continue
		}
		kept = append(kept, e)
		end = e.end
		if e.start == e.end {
			end = e.end + 1 // no two insertions at one point
		}
	}
	for i := len(kept) - 1; i >= 0; i-- {
		r.applyOne(kept[i])
	}
}

func (r *rewriter) applyOne(e edit) {
	// Locate the segments that e touches, in current offsets.
	pos := 0
	first, last := -1, -1
	var firstStart, lastStart int
	for i, s := range r.segments {
		n := r.segmentLen(s)
		segStart, segEnd := pos, pos+n
		pos = segEnd
		touches := segStart < e.end && e.start < segEnd ||
			e.start == e.end && segStart <= e.start && e.start < segEnd
		if touches {
			if first < 0 {
				first, firstStart = i, segStart
			}
			last, lastStart = i, segStart
		}
	}
	if first < 0 { // an insertion at the very end, or an empty text
		o := len(r.original)
		r.segments = append(r.segments, segment{origStart: o, origEnd: o, changed: true, text: e.to, rule: e.rule})
		return
	}
	head := r.segments[first]
	tail := r.segments[last]
	var out []segment
	out = append(out, r.segments[:first]...)

	// The part of the first segment before the edit.
	lead := e.start - firstStart
	replacement := e.to
	origStart := head.origStart + lead
	if head.changed {
		replacement = string([]rune(head.text)[:lead]) + replacement
		origStart = head.origStart
	} else if lead > 0 {
		out = append(out, segment{origStart: head.origStart, origEnd: head.origStart + lead})
	}

	// The part of the last segment after the edit.
	tailOffset := e.end - lastStart
	tailLen := r.segmentLen(tail)
	origEnd := tail.origStart + tailOffset
	var trailing *segment
	if tail.changed {
		replacement += string([]rune(tail.text)[tailOffset:])
		origEnd = tail.origEnd
	} else if tailOffset < tailLen {
		trailing = &segment{origStart: tail.origStart + tailOffset, origEnd: tail.origEnd}
	}
	rule := e.rule
	for _, s := range r.segments[first : last+1] {
		if s.changed && s.rule != "" {
			rule = s.rule
			break
		}
	}
	out = append(out, segment{origStart: origStart, origEnd: origEnd, changed: true, text: replacement, rule: rule})
	if trailing != nil {
		out = append(out, *trailing)
	}
	out = append(out, r.segments[last+1:]...)
	r.segments = out
}

// changes returns the replacements made, with offsets into the original.
func (r *rewriter) changes() []Change {
	var out []Change
	for _, s := range r.segments {
		if !s.changed {
			continue
		}
		from := string(r.original[s.origStart:s.origEnd])
		if from == s.text {
			continue
		}
		out = append(out, Change{Start: s.origStart, End: s.origEnd, From: from, To: s.text, Rule: s.rule})
	}
	return out
}
