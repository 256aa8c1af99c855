package contenttype

import "strings"

// Part is one piece of a content: a headline, a subject, a body...
type Part struct {
	Name string
	Text string
}

// Content is structured copy of one content type. Channel is set for
// social_post, whose limits depend on it.
type Content struct {
	Type    string
	Channel string
	Parts   []Part
}

// Texts returns the texts of every part with the given name, in order.
func (c Content) Texts(name string) []string {
	var out []string
	for _, p := range c.Parts {
		if p.Name == name {
			out = append(out, p.Text)
		}
	}
	return out
}

// Text returns the text of the first part with the given name.
func (c Content) Text(name string) string {
	for _, p := range c.Parts {
		if p.Name == name {
			return p.Text
		}
	}
	return ""
}

// Format renders the content as the API's single plain-text string, with no
// labels so it reads the same in every language: the parts of a group go on
// consecutive lines and groups are separated by a blank line, e.g.
//
//	google_ads           headline lines, blank line, description lines
//	meta_ad              primary text, blank line, headline, description
//	email                subject, preheader, blank line, body
//	landing_hero         headline, subheadline, blank line, call to action
//	blog_intro, product_description   title, blank line, body
//	social_post, whatsapp, sms        body
//
// Parts a spec does not know are appended as a last group.
func (c Content) Format() string {
	spec, err := Lookup(c.Type, c.Channel)
	groups := spec.Groups
	if err != nil {
		groups = nil
	}
	used := make([]bool, len(c.Parts))
	var blocks []string
	for _, group := range groups {
		var lines []string
		for _, name := range group {
			for i, p := range c.Parts {
				if p.Name == name && !used[i] {
					used[i] = true
					if t := strings.TrimSpace(p.Text); t != "" {
						lines = append(lines, t)
					}
				}
			}
		}
		if len(lines) > 0 {
			blocks = append(blocks, strings.Join(lines, "\n"))
		}
	}
	var rest []string
	for i, p := range c.Parts {
		if !used[i] {
			if t := strings.TrimSpace(p.Text); t != "" {
				rest = append(rest, t)
			}
		}
	}
	if len(rest) > 0 {
		blocks = append(blocks, strings.Join(rest, "\n"))
	}
	return strings.Join(blocks, "\n\n")
}
