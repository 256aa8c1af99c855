package contenttype

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PromptFormat returns English instructions that tell a language model the
// exact tagged format Parse reads for this content type, with its limits:
// one `TAG: text` line per single-line part and a `TAG:` line followed by
// free text for multi-line parts, e.g.
//
//	HEADLINE: Corre más lejos
//	DESCRIPTION: Zapatillas livianas con 30% de descuento.
//	BODY:
//	First paragraph...
func PromptFormat(contentType, channel string) (string, error) {
	spec, err := Lookup(contentType, channel)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("Answer only in the format below: no introduction, no comments, no Markdown, no other labels. ")
	b.WriteString("Write each label in English and in capitals exactly as shown, followed by a colon; write the text itself in the requested language.\n")
	for _, p := range spec.Parts {
		tag := strings.ToUpper(p.Name)
		count := fmt.Sprintf("exactly %d", p.MinCount)
		if p.MinCount != p.MaxCount {
			count = fmt.Sprintf("%d to %d", p.MinCount, p.MaxCount)
		}
		lines := "line"
		if p.MaxCount > 1 {
			lines = "lines"
		}
		if p.Multiline {
			fmt.Fprintf(&b, "%s:\n<%s; it may span several lines and paragraphs; at most %d characters>\n", tag, humanName(p.Name), p.MaxChars)
			continue
		}
		fmt.Fprintf(&b, "%s: <%s, at most %d characters> (%s %s %s)\n", tag, humanName(p.Name), p.MaxChars, count, tag, lines)
	}
	b.WriteString("Count characters strictly: a text over its limit is cut.")
	return b.String(), nil
}

func humanName(part string) string {
	switch part {
	case PartPrimaryText:
		return "primary text shown above the ad"
	case PartCTA:
		return "call to action for the button"
	case PartPreheader:
		return "preheader shown after the subject in the inbox"
	}
	return strings.ReplaceAll(part, "_", " ")
}

// Parse reads a language model's answer written in the PromptFormat of the
// content type. It tolerates the usual deviations (Markdown emphasis, list
// markers, numbered labels such as "HEADLINE 2:", code fences, quotes) and,
// for types made of a single body, an answer without any label. It fails
// with *ParseError when a required part is missing.
func Parse(contentType, text string) (Content, error) {
	return ParseChannel(contentType, "", text)
}

// ParseChannel is Parse for content types that have a channel.
func ParseChannel(contentType, channel, text string) (Content, error) {
	spec, err := Lookup(contentType, channel)
	if err != nil {
		return Content{}, err
	}
	c := Content{Type: contentType, Channel: channel}
	current := -1 // index in c.Parts of the part being read
	sawTag := false
	var untagged []string
	for _, raw := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.HasPrefix(strings.TrimSpace(raw), "```") {
			continue
		}
		if name, rest, ok := tagOf(spec, raw); ok {
			sawTag = true
			c.Parts = append(c.Parts, Part{Name: name, Text: rest})
			current = len(c.Parts) - 1
			continue
		}
		if current < 0 {
			untagged = append(untagged, raw)
			continue
		}
		p, _ := spec.Part(c.Parts[current].Name)
		switch {
		case p.Multiline:
			c.Parts[current].Text += "\n" + raw
		case strings.TrimSpace(c.Parts[current].Text) == "":
			c.Parts[current].Text = raw
		}
	}
	if !sawTag && len(spec.Parts) == 1 && spec.Parts[0].Multiline {
		c.Parts = []Part{{Name: spec.Parts[0].Name, Text: strings.Join(untagged, "\n")}}
	}
	for i := range c.Parts {
		c.Parts[i].Text = cleanPartText(c.Parts[i].Text)
	}
	c.Parts = dropEmpty(c.Parts)
	if len(c.Parts) == 0 {
		return c, &ParseError{MessageID: MsgEmptyText}
	}
	for _, p := range spec.Parts {
		if got := len(c.Texts(p.Name)); got < p.MinCount {
			return c, &ParseError{MessageID: MsgMissingPart, Args: map[string]any{"Part": p.Name, "Min": p.MinCount, "Got": got}}
		}
	}
	return c, nil
}

// tagOf recognises a label line such as "HEADLINE: text", "**Headline 2:** text"
// or "- SUBJECT: text" for one of the spec's parts.
func tagOf(spec Spec, line string) (name, rest string, ok bool) {
	s := strings.TrimSpace(line)
	s = strings.TrimLeft(s, "#*-•> \t")
	colon := strings.IndexAny(s, ":：")
	if colon < 0 {
		return "", "", false
	}
	label := strings.Trim(s[:colon], "* _")
	label = strings.TrimRightFunc(label, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' || r == '#' })
	label = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(label), " ", "_"))
	if _, known := spec.Part(label); !known {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(s[colon:])
	return label, strings.TrimLeft(strings.TrimSpace(s[colon+size:]), "* "), true
}

func cleanPartText(s string) string {
	s = strings.TrimSpace(s)
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"«", "»"}} {
		if len(s) >= len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) &&
			!strings.Contains(s[len(q[0]):len(s)-len(q[1])], q[0]) {
			s = strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])])
		}
	}
	return s
}

func dropEmpty(parts []Part) []Part {
	out := parts[:0]
	for _, p := range parts {
		if p.Text != "" {
			out = append(out, p)
		}
	}
	return out
}
