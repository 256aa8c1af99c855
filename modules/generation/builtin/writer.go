package builtin

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// writer writes one variant. Template usage is counted across the variants
// of a request (used), so each variant prefers what the others have not said.
type writer struct {
	lang  string
	bank  *bank
	ind   industry
	slots *slots
	rng   *rand.Rand
	used  map[string]int
	tone  string
	calm  bool
	emoji bool // the channel and tone welcome emojis
	// shown holds the slot groups the text being written already shows.
	shown map[string]bool
	// lastTemplate is the template of the last successful pick.
	lastTemplate string
}

// namesProduct reports whether a template mentions the product.
func namesProduct(tpl string) bool {
	return strings.Contains(tpl, "{product}") || strings.Contains(tpl, "{the_product}") || strings.Contains(tpl, "{name}")
}

// fresh starts a new text: facts shown in the previous one may be repeated.
func (w *writer) fresh() { w.shown = map[string]bool{} }

// repeats reports whether the template would show a fact twice.
func (w *writer) repeats(tpl string) bool {
	if w.shown["tpl:"+tpl] {
		return true
	}
	for _, g := range groups(tpl) {
		if w.shown[g] {
			return true
		}
	}
	return false
}

// pick fills the least used usable template, breaking ties at random.
func (w *writer) pick(templates []string) (string, bool) {
	best, bestUse := -1, 0
	ties := 0
	for i, t := range templates {
		if !w.slots.usable(t) || w.repeats(t) {
			continue
		}
		use := w.used[t]
		switch {
		case best < 0 || use < bestUse:
			best, bestUse, ties = i, use, 1
		case use == bestUse:
			ties++
			if w.rng.IntN(ties) == 0 {
				best = i
			}
		}
	}
	if best < 0 {
		return "", false
	}
	w.used[templates[best]]++
	w.lastTemplate = templates[best]
	w.shown["tpl:"+templates[best]] = true
	for _, g := range groups(templates[best]) {
		w.shown[g] = true
	}
	text, _ := w.slots.fill(templates[best])
	return text, true
}

// pickCovering picks like pick among the templates that show the most of
// the given slot groups not yet shown: a call to action carries the offer
// and deadline when the text has not stated them.
func (w *writer) pickCovering(templates []string, wanted ...string) (string, bool) {
	best, bestScore := []string(nil), -1
	for _, t := range templates {
		if !w.slots.usable(t) || w.repeats(t) {
			continue
		}
		score := 0
		for _, g := range groups(t) {
			if slices.Contains(wanted, g) {
				score++
			}
		}
		switch {
		case score > bestScore:
			best, bestScore = []string{t}, score
		case score == bestScore:
			best = append(best, t)
		}
	}
	return w.pick(best)
}

// pickFitting picks like pick among the templates whose filled text fits
// maxChars once finished.
func (w *writer) pickFitting(templates []string, maxChars int) (string, bool) {
	var fitting []string
	for _, t := range templates {
		// finish never lengthens a text, so the raw length is a safe bound
		if text, ok := w.slots.fill(t); ok && utf8.RuneCountInString(text) <= maxChars {
			fitting = append(fitting, t)
		}
	}
	text, ok := w.pick(fitting)
	return w.finish(text), ok
}

func (w *writer) finish(text string) string { return finish(text, w.calm) }

// emojiOf returns one emoji of the tone, or "" where emojis do not fit.
func (w *writer) emojiOf() string {
	if !w.emoji {
		return ""
	}
	set := w.bank.emoji[w.tone]
	if len(set) == 0 {
		return ""
	}
	return set[w.rng.IntN(len(set))]
}

// sentence is one sentence of a body plan.
type sentence struct {
	text string
	prio int // higher stays longer; mandatory sentences have prio >= mustKeep
	para int // paragraph index
}

const mustKeep = 100

// plan is the sentences of a body in reading order.
type plan []sentence

func (p *plan) add(text string, prio, para int) {
	if strings.TrimSpace(text) != "" {
		*p = append(*p, sentence{text: text, prio: prio, para: para})
	}
}

// render joins the sentences, paragraphs separated by sep.
func (p plan) render(sep string) string {
	var b strings.Builder
	for i, s := range p {
		if i > 0 {
			if s.para != p[i-1].para {
				b.WriteString(sep)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s.text)
	}
	return b.String()
}

// measure counts a text in the unit of the brief's length.
func measure(unit contenttype.Unit, text string) int {
	if unit != contenttype.Words {
		return utf8.RuneCountInString(text)
	}
	words, inWord := 0, false
	for _, r := range text {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			words++
		}
		inWord = !space
	}
	return words
}

// fit selects the sentences that bring the rendered text closest to target
// without going over upper: mandatory sentences first, then optional ones by
// priority; when even the mandatory ones are too long, the least important
// go until it fits or one sentence is left.
func (p plan) fit(unit contenttype.Unit, upper int, sep string, extra int) plan {
	sizes := make([]int, len(p))
	for i, s := range p {
		sizes[i] = measure(unit, s.text)
	}
	paragraphJoin, sentenceJoin := 0, 0
	if unit == contenttype.Characters {
		paragraphJoin, sentenceJoin = utf8.RuneCountInString(sep), 1
	}
	keep := make([]bool, len(p))
	count := 0
	add := func(i int, on bool) {
		keep[i] = on
		if on {
			count++
		} else {
			count--
		}
	}
	// size is the length render would give, computed without rendering
	size := func() int {
		n, last := extra, -1
		for i := range p {
			if !keep[i] {
				continue
			}
			if last >= 0 {
				if p[i].para != p[last].para {
					n += paragraphJoin
				} else {
					n += sentenceJoin
				}
			}
			n += sizes[i]
			last = i
		}
		return n
	}
	for i, s := range p {
		if s.prio >= mustKeep {
			add(i, true)
		}
	}
	order := make([]int, len(p))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return p[order[a]].prio > p[order[b]].prio })
	for _, i := range order {
		if keep[i] {
			continue
		}
		add(i, true)
		if size() > upper {
			add(i, false)
		}
	}
	for k := len(order) - 1; k >= 0 && count > 1 && size() > upper; k-- {
		if keep[order[k]] {
			add(order[k], false)
		}
	}
	var out plan
	for i, s := range p {
		if keep[i] {
			out = append(out, s)
		}
	}
	return out
}
