package builtin

import (
	"strings"
)

// slots are the values templates are filled with. An empty slot makes
// every template that needs it unusable, so no sentence ever shows a
// placeholder or a hole.
type slots struct {
	lang            string
	product         noun
	productSpecific bool // the brief named the product
	values          map[string]string
}

// fill replaces the placeholders of tpl. It reports false when a slot the
// template needs is empty.
//
//	{name}          a slot value
//	{g:ms|fs|mp|fp} the form agreeing with the product's gender and number
//	{n:sg|pl}       the form agreeing with the product's number
//	{=theme}        nothing; marks the template's theme so a text uses it once
func (s *slots) fill(tpl string) (string, bool) {
	var b strings.Builder
	b.Grow(len(tpl) + 32)
	for {
		open := strings.IndexByte(tpl, '{')
		if open < 0 {
			b.WriteString(tpl)
			return b.String(), true
		}
		end := strings.IndexByte(tpl[open:], '}')
		if end < 0 {
			return "", false
		}
		b.WriteString(tpl[:open])
		key := tpl[open+1 : open+end]
		tpl = tpl[open+end+1:]
		value, ok := s.value(key)
		if !ok {
			return "", false
		}
		b.WriteString(value)
	}
}

func (s *slots) value(key string) (string, bool) {
	if forms, ok := strings.CutPrefix(key, "g:"); ok {
		f := strings.Split(forms, "|")
		if len(f) != 4 {
			return "", false
		}
		return s.product.agreement(f[0], f[1], f[2], f[3]), true
	}
	if forms, ok := strings.CutPrefix(key, "n:"); ok {
		sg, pl, found := strings.Cut(forms, "|")
		if !found {
			return "", false
		}
		if s.product.plural {
			return pl, true
		}
		return sg, true
	}
	if strings.HasPrefix(key, "=") {
		return "", true // a theme marker: see slotGroup
	}
	switch key {
	case "product":
		return s.product.possessive(s.lang), true
	case "the_product":
		return s.product.definite(s.lang), true
	case "name":
		if !s.productSpecific {
			return "", false
		}
		return s.product.text, true
	}
	v := s.values[key]
	return v, v != ""
}

// slotGroup maps a slot to the fact it shows: a text says each fact, and
// each marked theme, once.
// Slots that may repeat (product, call to action, agreement) have no group.
func slotGroup(key string) string {
	if strings.HasPrefix(key, "=") {
		return key
	}
	switch key {
	case "offer", "offer_head":
		return "offer"
	case "deadline", "until":
		return "deadline"
	case "audience", "benefit", "benefit2", "benefit3", "benefit4", "pain", "pain2", "gain", "gain2",
		"feature", "feature2", "feature3", "price":
		return key
	}
	return ""
}

// groups lists the slot groups a template shows.
func groups(tpl string) []string {
	var out []string
	for {
		open := strings.IndexByte(tpl, '{')
		if open < 0 {
			return out
		}
		end := strings.IndexByte(tpl[open:], '}')
		if end < 0 {
			return out
		}
		if g := slotGroup(tpl[open+1 : open+end]); g != "" {
			out = append(out, g)
		}
		tpl = tpl[open+end+1:]
	}
}

// usable reports whether every placeholder of tpl has a value.
func (s *slots) usable(tpl string) bool {
	_, ok := s.fill(tpl)
	return ok
}
