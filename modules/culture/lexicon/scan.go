package lexicon

import "strings"

// span is a run of tokens, first to last inclusive, that ends at a trie node.
type span struct {
	first, last int
	node        int32
}

// candidatesAt appends to buf the lexicon phrases that start at token i,
// longest first. The walk stops at the first word the trie does not
// continue with, so a scan costs at most maxDepth lookups per token.
func (m *Matcher) candidatesAt(t *tokenized, i int, buf []span) []span {
	first := len(buf)
	node := int32(0)
	for j := i; j < len(t.tokens) && j-i < m.maxDepth; j++ {
		tok := t.tokens[j]
		if tok.id == 0 || (j > i && !tok.joined) {
			break
		}
		var child int32
		if j == i {
			child = m.rootChild[tok.id]
		} else {
			child = m.edges[uint64(node)<<32|uint64(tok.id)]
		}
		if child == 0 {
			break
		}
		node = child
		if len(m.nodes[node].entries) > 0 {
			buf = append(buf, span{first: i, last: j, node: node})
		}
	}
	// Longest first.
	for a, b := first, len(buf)-1; a < b; a, b = a+1, b-1 {
		buf[a], buf[b] = buf[b], buf[a]
	}
	return buf
}

// allows reports whether the context of a match makes it a finding.
func (c *compiledContext) allows(t *tokenized, first, last int) bool {
	if c == nil {
		return true
	}
	if c.interjection && !(t.tokens[first].afterBreak && t.beforeBreak(last)) {
		return false
	}
	for _, p := range c.precededBy {
		if phraseBefore(t, first, p) {
			return false
		}
	}
	for _, p := range c.followedBy {
		if phraseAfter(t, last, p) {
			return false
		}
	}
	if len(c.onlyPrecededBy) > 0 {
		for _, p := range c.onlyPrecededBy {
			if phraseBefore(t, first, p) {
				return true
			}
		}
		return false
	}
	return true
}

// phraseBefore reports whether the words right before token first are p.
func phraseBefore(t *tokenized, first int, p []uint32) bool {
	start := first - len(p)
	if start < 0 {
		return false
	}
	for k, id := range p {
		tok := t.tokens[start+k]
		if tok.id != id || !t.tokens[start+k+1].joined {
			return false
		}
	}
	return true
}

// phraseAfter reports whether the words right after token last are p.
func phraseAfter(t *tokenized, last int, p []uint32) bool {
	if last+len(p) >= len(t.tokens) {
		return false
	}
	for k, id := range p {
		tok := t.tokens[last+1+k]
		if tok.id != id || !tok.joined {
			return false
		}
	}
	return true
}

// original returns the text of tokens first..last as written.
func (t *tokenized) original(first, last int) string {
	return t.text[t.tokens[first].byteStart:t.tokens[last].byteEnd]
}

// lowerPhrase returns the words first..last lowercased and joined by single
// spaces, the key of accent-sensitive terms.
func (t *tokenized) lowerPhrase(first, last int) string {
	words := make([]string, 0, last-first+1)
	for i := first; i <= last; i++ {
		words = append(words, strings.ToLower(t.word(i)))
	}
	return strings.Join(words, " ")
}
