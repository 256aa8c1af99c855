package builtin

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// Sentence priorities: what stays when a text must be shortened.
const (
	prioAction    = 200
	prioFirst     = 150
	prioLastStage = 140
	prioMiddle    = 90
	prioHook      = 70
	prioExtra     = 50
	prioCloser    = 40
	prioDevelop   = 30 // whole paragraphs, only where a long text has room
)

// bodyPlan lays out a framework: an optional hook, one sentence per stage,
// extras that only a longer text keeps, the action and a closing line.
func (w *writer) bodyPlan(framework string, hook, action, closer bool) plan {
	return w.bodyPlanExtras(framework, hook, action, closer, 4)
}

func (w *writer) bodyPlanExtras(framework string, hook, action, closer bool, extras int) plan {
	var p plan
	if hook {
		if h, ok := w.pick(w.bank.hooks[w.tone]); ok {
			if e := w.emojiOf(); e != "" {
				h += " " + e
			}
			p.add(h, prioHook, 0)
		}
	}
	stages := w.bank.stages[framework]
	productNamed := false
	for i, stage := range stages {
		s, ok := w.pick(stage)
		prio, para := prioMiddle, 1
		switch i {
		case 0:
			prio, para = prioFirst, 0
		case len(stages) - 1:
			prio = prioLastStage
		}
		if ok && namesProduct(w.lastTemplate) && !productNamed {
			// the first sentence that names the product outlasts the others
			prio, productNamed = prioFirst+1, true
		}
		p.add(s, prio, para)
	}
	for i := range extras {
		if s, ok := w.pick(w.bank.extras); ok {
			p.add(s, prioExtra-i, 2)
		}
	}
	if action {
		if a, ok := w.pickCovering(w.bank.action, "offer", "deadline"); ok {
			if w.emoji {
				a = "👉 " + a
			}
			p.add(a, prioAction, 3)
		}
	}
	if closer {
		if c, ok := w.pick(w.bank.closer[w.tone]); ok {
			p.add(c, prioCloser, 3)
		}
	}
	return p
}

// addDevelop inserts the paragraphs a long text may use (the bank's develop lists) before the
// plan's closing paragraph (the action and the closer), each a paragraph of
// its own and each with a lower priority than the one before, so that a
// shorter target keeps the first ones only.
// In order, the paragraphs build an argument (a blog intro's) and keep their order, while the
// seed decides which of them a shorter text keeps; otherwise the seed orders them too.
func (w *writer) addDevelop(p plan, paragraphs []string, inOrder bool) plan {
	var blocks plan
	rank := w.rng.Perm(len(paragraphs))
	for i := range paragraphs {
		choices, prio := paragraphs, prioDevelop-len(blocks)
		if inOrder {
			choices, prio = paragraphs[i:i+1], prioDevelop-rank[i]
		}
		if s, ok := w.pick(choices); ok {
			blocks.add(s, prio, -1-len(blocks)) // paragraphs of their own, kept before a list (see withList)
		}
	}
	at := len(p)
	for at > 0 && p[at-1].para >= 3 {
		at--
	}
	return slices.Concat(p[:at], blocks, p[at:])
}

// charText fits a plan within target characters. When the plan's
// sentences are too long for a short target, or leave it mostly empty, it
// writes a compact message instead (product, offer, action), so the text is
// never cut inside a sentence.
func (w *writer) charText(framework string, build func() plan, target int, sep string) string {
	before := maps.Clone(w.shown)
	text := w.finish(build().fit(contenttype.Characters, target, sep, 0).render(sep))
	n := utf8.RuneCountInString(text)
	if n <= target && n*3 >= target {
		return text
	}
	// the compact message may say what the discarded plan had picked
	w.shown = before
	if compact := w.sms(framework, target); compact != "" && utf8.RuneCountInString(compact) <= target &&
		(n > target || utf8.RuneCountInString(compact) > n) {
		return compact
	}
	return text
}

// compose writes one content of the spec's type.
func (w *writer) compose(spec contenttype.Spec, framework string, length int) contenttype.Content {
	c := contenttype.Content{Type: spec.Type, Channel: spec.Channel}
	add := func(name, text string) {
		if text = strings.TrimSpace(text); text != "" {
			c.Parts = append(c.Parts, contenttype.Part{Name: name, Text: text})
		}
	}
	w.fresh()
	switch spec.Type {
	case contenttype.SocialPost:
		add(contenttype.PartBody, w.socialPost(spec.Channel, framework, length))
	case contenttype.GoogleAds:
		for _, h := range w.adHeadlines(5 + w.rng.IntN(3)) {
			add(contenttype.PartHeadline, h)
		}
		w.fresh()
		for _, d := range w.adDescriptions(framework, length) {
			add(contenttype.PartDescription, d)
		}
	case contenttype.MetaAd:
		sep := " "
		if length >= 300 {
			sep = "\n\n"
		}
		// Meta's 125 characters are a recommendation (text beyond is folded),
		// so the primary text may run a quarter over its target.
		build := func() plan { return w.bodyPlan(framework, true, true, false) }
		add(contenttype.PartPrimaryText, w.charText(framework, build, length+length/4, sep))
		w.fresh()
		add(contenttype.PartHeadline, w.headline(40))
		if d, ok := w.pickFitting(w.shortLines(), 30); ok {
			add(contenttype.PartDescription, d)
		}
	case contenttype.Email:
		subject, _ := w.pickFitting(slices.Concat(w.bank.subjects, w.ind.headlines), 60)
		add(contenttype.PartSubject, subject)
		pre, _ := w.pickFitting(w.bank.preheaders, 100)
		add(contenttype.PartPreheader, pre)
		w.fresh()
		add(contenttype.PartBody, w.email(framework, length))
	case contenttype.WhatsApp:
		add(contenttype.PartBody, w.whatsApp(framework, length))
	case contenttype.SMS:
		add(contenttype.PartBody, w.sms(framework, length))
	case contenttype.LandingHero:
		add(contenttype.PartHeadline, w.headline(80))
		add(contenttype.PartSubheadline, w.subheadline(framework, length))
		add(contenttype.PartCTA, w.buttonLabel())
	case contenttype.BlogIntro:
		title, _ := w.pickFitting(w.bank.blogTitles, 100)
		add(contenttype.PartTitle, title)
		w.fresh()
		add(contenttype.PartBody, w.blogIntro(framework, length))
	case contenttype.ProductDescription:
		title, ok := w.pickFitting(w.bank.productTitles, 100)
		if !ok {
			title = w.headline(100)
		}
		add(contenttype.PartTitle, title)
		add(contenttype.PartBody, w.productDescription(framework, length))
	}
	return c
}

func (w *writer) socialPost(channel, framework string, length int) string {
	tags := w.hashtags(channel)
	sep := "\n\n"
	if channel == contenttype.X {
		sep = " "
	}
	extra := 0
	if tags != "" {
		extra = utf8.RuneCountInString(tags) + len(sep)
	}
	if extra > length/5 {
		// a short post keeps its room for words
		tags, extra = "", 0
	}
	build := func() plan { return w.bodyPlan(framework, true, true, channel != contenttype.X) }
	text := w.charText(framework, build, length-extra, sep)
	if tags != "" {
		text += sep + tags
	}
	return text
}

// hashtags returns the industry hashtags the channel takes, or "".
func (w *writer) hashtags(channel string) string {
	tags := w.ind.hashtags
	switch channel {
	case contenttype.Instagram, contenttype.TikTok, contenttype.LinkedIn:
		return strings.Join(tags, " ")
	case contenttype.X:
		if len(tags) > 0 {
			return tags[0]
		}
	}
	return ""
}

func (w *writer) adHeadlines(n int) []string {
	candidates := append(append(append([]string{}, w.bank.adHeadlines...), w.ind.headlines...), w.bank.generic.headlines...)
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		w.fresh()
		h, ok := w.pickFitting(candidates, 30)
		if !ok {
			break
		}
		key := strings.ToLower(h)
		if !seen[key] {
			seen[key] = true
			out = append(out, h)
		}
		// a picked template is never picked again for this ad
		candidates = removeFilled(w.slots, candidates, h, w.calm)
	}
	return out
}

// removeFilled drops the templates that render to text.
func removeFilled(s *slots, templates []string, text string, calm bool) []string {
	out := templates[:0:0]
	for _, t := range templates {
		if filled, ok := s.fill(t); ok && finish(filled, calm) == text {
			continue
		}
		out = append(out, t)
	}
	return out
}

// adDescriptions writes two or three descriptions of whole sentences
// within length: the framework's opening, its resolution with the action,
// and a further benefit.
func (w *writer) adDescriptions(framework string, length int) []string {
	stages := w.bank.stages[framework]
	candidates := [][][]string{
		{stages[0], stages[1]},
		{stages[len(stages)-1], w.bank.action},
		{w.bank.extras, w.bank.hooks[w.tone]},
	}
	var out []string
	for _, groups := range candidates {
		if d := w.compact(groups, length); d != "" {
			out = append(out, d)
		}
	}
	return out
}

// compact writes one sentence from each group in order, each chosen among
// those that still fit within limit, so a short text is never cut inside a
// sentence.
func (w *writer) compact(groups [][]string, limit int) string {
	text := ""
	for _, g := range groups {
		room := limit
		if text != "" {
			room -= utf8.RuneCountInString(text) + 1
		}
		s, ok := w.pickFitting(g, room)
		if !ok {
			continue
		}
		if text != "" {
			text += " "
		}
		text += s
	}
	return w.finish(text)
}

// headline picks a headline of at most maxChars among those carrying the
// brief's facts and the industry's lines, preferring what other variants
// did not use.
func (w *writer) headline(maxChars int) string {
	candidates := slices.Concat(w.bank.heroHeadlines, w.ind.headlines, w.bank.generic.headlines)
	h, _ := w.pickFitting(candidates, maxChars)
	return h
}

// shortLines are the candidates of very short parts (≤ 30 characters).
func (w *writer) shortLines() []string {
	return append(append([]string{"{offer_head}", "{cta}"}, w.ind.headlines...), w.bank.generic.headlines...)
}

// buttonLabel is the call to action as a button: capitalized, no period.
func (w *writer) buttonLabel() string {
	cta := w.slots.values["cta"]
	if len([]rune(cta)) > 30 {
		cta, _ = w.pick(w.ind.ctas)
	}
	return capitalize(strings.TrimRight(cta, ".!"))
}

// email greets, follows the framework, lists further benefits when the
// length asks for it and closes with the action.
func (w *writer) email(framework string, length int) string {
	greeting := w.bank.greetingPlain
	if !w.calm {
		greeting = w.bank.greetingWarm
	}
	p := w.addDevelop(w.bodyPlanExtras(framework, true, true, true, 6), w.bank.develop, false)
	list := ""
	if length >= 100 {
		list = w.bulletList(2 + (length-100)/40)
	}
	return w.finish(greeting + "\n\n" + w.withList(p, list, length-1))
}

// bulletList lists up to n features and benefits the text has not shown,
// under the bank's lead line; it returns "" when fewer than two are left.
func (w *writer) bulletList(n int) string {
	var bullets []string
	for _, t := range w.bank.productBullets {
		if b, ok := w.slots.fill(t); ok && !w.repeats(t) {
			bullets = append(bullets, "• "+capitalize(b))
		}
	}
	w.rng.Shuffle(len(bullets), func(i, j int) { bullets[i], bullets[j] = bullets[j], bullets[i] })
	if n = min(n, len(bullets)); n < 2 {
		return ""
	}
	lead, _ := w.pick(w.bank.bulletLeads)
	return lead + "\n" + strings.Join(bullets[:n], "\n")
}

// withList fits a plan to target words around a list, which goes before
// the closing paragraph (the action).
func (w *writer) withList(p plan, list string, target int) string {
	budget := target + target/5 - measure(contenttype.Words, list)
	fitted := p.fit(contenttype.Words, max(budget, 15), "\n\n", 0)
	var before, after plan
	for _, s := range fitted {
		if s.para >= 3 {
			after = append(after, s)
		} else {
			before = append(before, s)
		}
	}
	return strings.Join(nonEmpty([]string{before.render("\n\n"), list, after.render("\n\n")}), "\n\n")
}

func (w *writer) whatsApp(framework string, length int) string {
	greeting := w.bank.greetingWarm
	if w.calm {
		greeting = w.bank.greetingChat
	}
	if e := w.emojiOf(); e != "" {
		greeting += " " + e
	}
	build := func() plan {
		var p plan
		p.add(greeting, mustKeep+1, 0)
		return append(p, w.bodyPlan(framework, false, true, true)...)
	}
	return w.charText(framework, build, length, "\n\n")
}

// sms names the product and the offer when there is one, adds the tone's
// hook and a line from the framework's resolution when they fit and ends
// with the action,
// all in whole sentences within length.
func (w *writer) sms(framework string, length int) string {
	stages := w.bank.stages[framework]
	openings := w.bank.sms
	if withOffer := withSlot(openings, "{offer"); w.slots.values["offer"] != "" && len(withOffer) > 0 {
		openings = withOffer
	}
	// leave room for an action of typical length
	actionRoom := min(50, length*2/5)
	opening := w.compact([][]string{openings}, length-actionRoom)
	used := func(parts ...string) int {
		n := 0
		for _, p := range parts {
			if p != "" {
				n += utf8.RuneCountInString(p) + 1
			}
		}
		return n
	}
	action := w.compact([][]string{w.bank.action}, length-used(opening))
	hook := w.compact([][]string{w.bank.hooks[w.tone]}, length-used(opening, action))
	middle := w.compact([][]string{withoutSlot(stages[len(stages)-1], "{product}")}, length-used(hook, opening, action))
	return strings.Join(nonEmpty([]string{hook, opening, middle, action}), " ")
}

func (w *writer) blogIntro(framework string, length int) string {
	p := w.bodyPlanExtras(framework, true, false, false, 6)
	if b, ok := w.pick(w.bank.blogBridges); ok {
		p.add(b, prioAction, 3)
	}
	p = w.addDevelop(p, w.bank.blogDevelop, true)
	upper := length + length/5
	return w.finish(p.fit(contenttype.Words, upper, "\n\n", 0).render("\n\n"))
}

// productDescription is an introduction, a list of what the product
// offers (the features and benefits the introduction did not show) and the
// call to action.
func (w *writer) productDescription(framework string, length int) string {
	p := w.addDevelop(w.bodyPlanExtras(framework, false, true, false, 2), w.bank.develop, false)
	return w.finish(w.withList(p, w.bulletList(max(2, length/30)), length))
}

// subheadline leads with the framework's resolution: a landing page's
// headline already caught the eye.
func (w *writer) subheadline(framework string, length int) string {
	build := func() plan {
		stages := w.bank.stages[framework]
		var p plan
		if s, ok := w.pick(stages[0]); ok {
			p.add(s, prioMiddle, 0)
		}
		if s, ok := w.pick(stages[len(stages)-1]); ok {
			p.add(s, prioFirst, 0)
		}
		for i := range 2 {
			if s, ok := w.pick(w.bank.extras); ok {
				p.add(s, prioExtra-i, 0)
			}
		}
		return p
	}
	return w.charText(framework, build, length, " ")
}

// withoutSlot keeps the templates that do not use the placeholder: an SMS
// names the product once.
func withoutSlot(templates []string, placeholder string) []string {
	var out []string
	for _, t := range templates {
		if !strings.Contains(t, placeholder) {
			out = append(out, t)
		}
	}
	return out
}

// withSlot keeps the templates that use the placeholder prefix.
func withSlot(templates []string, prefix string) []string {
	var out []string
	for _, t := range templates {
		if strings.Contains(t, prefix) {
			out = append(out, t)
		}
	}
	return out
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
