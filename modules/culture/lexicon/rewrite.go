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

// apply applies edits whose offsets are into the current text, in one pass
// over the segments. Overlapping edits are dropped, keeping the first one of
// each overlapping group.
func (r *rewriter) apply(edits []edit) {
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].start < edits[b].start })
	kept := edits[:0:0]
	end := -1
	for _, e := range edits {
		if e.start < end || e.start > e.end || e.start < 0 {
			continue
		}
		kept = append(kept, e)
		end = e.end
		if e.start == e.end {
			end = e.end + 1 // no two insertions at one point
		}
	}
	if len(kept) == 0 {
		return
	}
	sweep := segmentSweep{r: r}
	for _, e := range kept {
		sweep.apply(e)
	}
	r.segments = sweep.finish()
}

// segmentSweep walks the segments once while edits, in text order, replace
// parts of them.
type segmentSweep struct {
	r        *rewriter
	out      []segment
	next     int     // index of the next segment not yet loaded into cur
	cur      segment // the segment being walked, possibly trimmed at its start
	curStart int     // current offset of cur
	loaded   bool
}

// load makes cur the next segment; it reports false at the end of the text.
func (s *segmentSweep) load() bool {
	if s.loaded {
		return true
	}
	if s.next >= len(s.r.segments) {
		return false
	}
	s.cur = s.r.segments[s.next]
	s.next++
	s.loaded = true
	return true
}

func (s *segmentSweep) curEnd() int { return s.curStart + s.r.segmentLen(s.cur) }

// advance moves past cur, which is fully consumed.
func (s *segmentSweep) advance() {
	s.curStart = s.curEnd()
	s.loaded = false
}

func (s *segmentSweep) apply(e edit) {
	// Copy the segments that end at or before the edit's start.
	for s.load() && s.curEnd() <= e.start {
		s.out = append(s.out, s.cur)
		s.advance()
	}
	if !s.load() { // an insertion at the very end
		if e.start == e.end && e.start == s.curStart {
			o := len(s.r.original)
			s.out = append(s.out, segment{origStart: o, origEnd: o, changed: true, text: e.to, rule: e.rule})
		}
		return
	}
	rule := ""
	lead := e.start - s.curStart
	var text strings.Builder
	var origStart, origEnd int
	if s.cur.changed {
		text.WriteString(string([]rune(s.cur.text)[:lead]))
		origStart = s.cur.origStart
		rule = s.cur.rule
	} else {
		if lead > 0 {
			s.out = append(s.out, segment{origStart: s.cur.origStart, origEnd: s.cur.origStart + lead})
		}
		origStart = s.cur.origStart + lead
	}
	text.WriteString(e.to)
	origEnd = origStart
	if e.start == e.end {
		if s.cur.changed {
			text.WriteString(string([]rune(s.cur.text)[lead:]))
			origEnd = s.cur.origEnd
			s.advance()
		} else {
			s.cur.origStart += lead
			s.curStart = e.start
		}
	} else {
		for {
			segEnd := s.curEnd()
			if s.cur.changed && rule == "" {
				rule = s.cur.rule
			}
			if segEnd <= e.end {
				origEnd = s.cur.origEnd
				s.advance()
				if segEnd == e.end || !s.load() {
					break
				}
				continue
			}
			off := e.end - s.curStart
			if s.cur.changed {
				text.WriteString(string([]rune(s.cur.text)[off:]))
				origEnd = s.cur.origEnd
				s.advance()
			} else {
				origEnd = s.cur.origStart + off
				s.cur.origStart += off
				s.curStart = e.end
			}
			break
		}
	}
	if rule == "" {
		rule = e.rule
	}
	s.out = append(s.out, segment{origStart: origStart, origEnd: origEnd, changed: true, text: text.String(), rule: rule})
}

func (s *segmentSweep) finish() []segment {
	if s.loaded {
		s.out = append(s.out, s.cur)
	}
	return append(s.out, s.r.segments[s.next:]...)
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
