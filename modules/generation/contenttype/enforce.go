package contenttype

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Violation kinds.
const (
	KindUnknownType = "unknown_type"
	KindUnknownPart = "unknown_part"
	KindTooMany     = "too_many"
	KindTooFew      = "too_few"
	KindTooLong     = "too_long"
)

// Message ids of violations (locales/contenttype.*.toml).
const (
	MsgViolationUnknownType = "contenttype.violation.unknown_type"
	MsgViolationUnknownPart = "contenttype.violation.unknown_part"
	MsgViolationTooMany     = "contenttype.violation.too_many"
	MsgViolationTooFew      = "contenttype.violation.too_few"
	MsgViolationTooLong     = "contenttype.violation.too_long"
)

// Violation reports a hard limit a content broke and whether Enforce fixed it.
type Violation struct {
	Kind  string
	Part  string
	Index int // occurrence of Part, 0-based, for too_long
	Limit int // the limit: characters for too_long, a count otherwise
	Got   int // what the content had before Enforce
	Fixed bool
	// MessageID and Args describe the violation for the UI.
	MessageID string
	Args      map[string]any
}

func violation(kind, messageID, part string, index, limit, got int, fixed bool) Violation {
	return Violation{Kind: kind, Part: part, Index: index, Limit: limit, Got: got, Fixed: fixed, MessageID: messageID,
		Args: map[string]any{"Part": part, "Limit": limit, "Got": got}}
}

// Enforce makes the content respect its type's hard limits: it drops parts
// the type does not have and occurrences beyond the maximum count, and trims
// texts over their character limit at a sentence or word boundary. It
// reports every violation; too_few cannot be fixed and stays unfixed.
// The input is not modified.
func Enforce(c Content) (Content, []Violation) {
	spec, err := Lookup(c.Type, c.Channel)
	if err != nil {
		return c, []Violation{violation(KindUnknownType, MsgViolationUnknownType, "", 0, 0, 0, false)}
	}
	out := Content{Type: c.Type, Channel: c.Channel}
	var vs []Violation
	seen := map[string]int{}
	for _, p := range c.Parts {
		ps, known := spec.Part(p.Name)
		if !known {
			vs = append(vs, violation(KindUnknownPart, MsgViolationUnknownPart, p.Name, 0, 0, 0, true))
			continue
		}
		text := strings.TrimSpace(p.Text)
		if text == "" {
			continue
		}
		n := seen[p.Name]
		seen[p.Name] = n + 1
		if n >= ps.MaxCount {
			if n == ps.MaxCount {
				vs = append(vs, violation(KindTooMany, MsgViolationTooMany, p.Name, 0, ps.MaxCount, nonEmptyCount(c, p.Name), true))
			}
			continue
		}
		if got := Count(c.Channel, text); got > ps.MaxChars {
			text = Trim(c.Channel, text, ps.MaxChars)
			vs = append(vs, violation(KindTooLong, MsgViolationTooLong, p.Name, n, ps.MaxChars, got, true))
		}
		out.Parts = append(out.Parts, Part{Name: p.Name, Text: text})
	}
	for _, ps := range spec.Parts {
		if seen[ps.Name] < ps.MinCount {
			vs = append(vs, violation(KindTooFew, MsgViolationTooFew, ps.Name, 0, ps.MinCount, seen[ps.Name], false))
		}
	}
	return out, vs
}

func nonEmptyCount(c Content, name string) int {
	n := 0
	for _, t := range c.Texts(name) {
		if strings.TrimSpace(t) != "" {
			n++
		}
	}
	return n
}

var urlPattern = regexp.MustCompile(`https?://\S+`)

// xURLWeight is what X counts for any link, shortened to t.co.
const xURLWeight = 23

// Count returns the length of text as the channel counts it: Unicode code
// points, except on X where every URL weighs 23.
func Count(channel, text string) int {
	if channel != X {
		return utf8.RuneCountInString(text)
	}
	n := 0
	last := 0
	for _, loc := range urlPattern.FindAllStringIndex(text, -1) {
		n += utf8.RuneCountInString(text[last:loc[0]]) + xURLWeight
		last = loc[1]
	}
	return n + utf8.RuneCountInString(text[last:])
}

// Trim shortens text to at most limit (as Count measures it) without
// breaking words: at the end of a sentence when that keeps most of the
// text, otherwise at a word boundary, dropping a dangling connector word
// and trailing punctuation. Only a single word longer than the limit is cut
// inside.
func Trim(channel, text string, limit int) string {
	text = strings.TrimSpace(text)
	if Count(channel, text) <= limit {
		return text
	}
	var bestWord, bestSentence string
	for i, r := range text {
		if !unicode.IsSpace(r) {
			continue
		}
		prefix := strings.TrimRightFunc(text[:i], unicode.IsSpace)
		if Count(channel, prefix) > limit {
			break
		}
		if endsSentence(prefix) {
			bestSentence = prefix
		}
		bestWord = prefix
	}
	if bestSentence != "" && Count(channel, bestSentence)*10 >= limit*6 {
		return bestSentence
	}
	if bestWord == "" {
		return string([]rune(text)[:limit])
	}
	return tidyCut(bestWord)
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}

// danglingWords cannot end a Spanish or Portuguese phrase.
var danglingWords = map[string]bool{
	"a": true, "al": true, "con": true, "de": true, "del": true, "el": true, "en": true, "la": true, "las": true,
	"los": true, "o": true, "para": true, "por": true, "que": true, "su": true, "sus": true, "tu": true, "tus": true,
	"un": true, "una": true, "y": true, "e": true, "com": true, "da": true, "das": true, "do": true, "dos": true,
	"na": true, "nas": true, "no": true, "nos": true, "pela": true, "pelo": true, "seu": true, "sua": true,
	"um": true, "uma": true, "as": true, "os": true, "ou": true, "mais": true, "más": true, "muy": true, "sin": true, "sem": true,
}

// tidyCut removes what cannot end a cut phrase: trailing connectors and
// punctuation, and an opening ¡ or ¿ left without its closing mark.
func tidyCut(s string) string {
	for {
		s = strings.TrimRightFunc(s, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—(«“\"'¡¿", r)
		})
		i := strings.LastIndexFunc(s, unicode.IsSpace)
		last := strings.ToLower(s[i+1:])
		if i < 0 || !danglingWords[last] {
			break
		}
		s = s[:i]
	}
	return closeOpenMarks(s)
}

// closeOpenMarks drops an inverted mark whose sentence lost its closing one.
func closeOpenMarks(s string) string {
	for _, pair := range [][2]string{{"¡", "!"}, {"¿", "?"}} {
		open := strings.LastIndex(s, pair[0])
		if open >= 0 && !strings.Contains(s[open:], pair[1]) {
			s = s[:open] + s[open+len(pair[0]):]
		}
	}
	return s
}
