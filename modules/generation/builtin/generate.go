package builtin

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// Message ids of the engine's own validation errors (locales/builtin.*.toml).
const (
	MsgUnknownLanguage    = "builtin.error.unknown_language"
	MsgUnknownTone        = "builtin.error.unknown_tone"
	MsgVariantsOutOfRange = "builtin.error.variants_out_of_range"
)

// The phrase banks are built once, on first use, and only read after that.
var (
	spanishPhrases    = sync.OnceValue(spanishBank)
	portuguesePhrases = sync.OnceValue(portugueseBank)
)

// Generate writes opts.Variants drafts of the brief. Each variant follows a
// different framework (in an order drawn from the seed) and prefers phrases
// the other variants did not use; the same brief, options and seed always
// give the same drafts. Every draft respects the content type's hard
// limits. Validation errors are *contenttype.FieldError with a message id.
func Generate(b Brief, opts Options) ([]Draft, error) {
	if err := contenttype.Validate(b.ContentType, b.Channel, b.Length); err != nil {
		return nil, err
	}
	spec, _ := contenttype.Lookup(b.ContentType, b.Channel) // Validate looked it up
	var lb *bank
	switch opts.Lang {
	case Spanish:
		lb = spanishPhrases()
	case Portuguese:
		lb = portuguesePhrases()
	default:
		return nil, &contenttype.FieldError{Field: "language", MessageID: MsgUnknownLanguage, Args: map[string]any{"Lang": opts.Lang}}
	}
	tone := b.Tone
	if tone == "" {
		tone = Friendly
	}
	if _, ok := lb.hooks[tone]; !ok {
		return nil, &contenttype.FieldError{Field: "tone", MessageID: MsgUnknownTone, Args: map[string]any{"Tone": b.Tone}}
	}
	variants := opts.Variants
	if variants == 0 {
		variants = 1
	}
	if variants < 1 || variants > MaxVariants {
		return nil, &contenttype.FieldError{Field: "variants", MessageID: MsgVariantsOutOfRange, Args: map[string]any{"Min": 1, "Max": MaxVariants}}
	}
	length := b.Length
	if length == 0 {
		length = spec.DefaultLength
	}
	ind, ok := lb.industries[b.Industry]
	if !ok {
		ind = lb.generic
	}
	facts := gatherFacts(opts.Lang, lb, ind, b)

	seed := uint64(opts.Seed)
	requestRng := rand.New(rand.NewPCG(seed, 0x5eed))
	order := requestRng.Perm(len(Frameworks()))
	lists := shuffledLists(ind, requestRng)
	used := map[string]int{}
	drafts := make([]Draft, 0, variants)
	for i := range variants {
		framework := Frameworks()[order[i%len(order)]]
		rng := rand.New(rand.NewPCG(seed, uint64(i)+1))
		w := &writer{
			lang: opts.Lang, bank: lb, ind: ind, rng: rng, used: used, tone: tone,
			calm:  calmTone(tone),
			emoji: emojiFits(b.ContentType, b.Channel, tone),
			slots: facts.slots(opts.Lang, ind, lists.rotated(i), rng),
		}
		content, violations := contenttype.Enforce(w.compose(spec, framework, length))
		drafts = append(drafts, Draft{Content: content, Framework: framework, Violations: violations})
	}
	return drafts, nil
}

// emojiFits: emojis go to Instagram, TikTok and WhatsApp, in warm tones.
func emojiFits(contentType, channel, tone string) bool {
	switch tone {
	case Friendly, Enthusiastic, Playful, Urgent:
	default:
		return false
	}
	return contentType == contenttype.WhatsApp ||
		(contentType == contenttype.SocialPost && (channel == contenttype.Instagram || channel == contenttype.TikTok))
}

// facts are the brief's values, from its fields or extracted from its prompt.
type facts struct {
	product         noun
	productSpecific bool
	audience        string
	benefit         string
	offers          []offer
	price           string
	deadline        string
	cta             string
}

// offer has a form for the middle of a sentence ("el 2x1") and one for a
// headline ("2x1").
type offer struct{ mid, head string }

func gatherFacts(lang string, lb *bank, ind industry, b Brief) facts {
	e := extract(lang, b.Prompt)
	f := facts{product: ind.product, audience: e.audience, benefit: e.benefit, price: e.price, deadline: e.deadline, cta: e.cta}
	switch {
	case strings.TrimSpace(b.Product) != "":
		f.product, f.productSpecific = guessNoun(lang, cleanPhrase(b.Product)), true
	case e.product != "":
		f.product, f.productSpecific = guessNoun(lang, e.product), true
		if e.genderOK {
			f.product.fem = e.fem
		}
	}
	if v := cleanPhrase(b.Audience); v != "" {
		f.audience = v
	}
	if v := cleanPhrase(b.Benefit); v != "" {
		f.benefit = lowerFirst(v)
	}
	if v := cleanPhrase(b.CTA); v != "" {
		f.cta = lowerFirst(v)
	}
	if v := cleanPhrase(b.Offer); v != "" {
		f.offers = []offer{{mid: lowerFirst(v), head: v}}
	} else {
		for _, o := range e.offers {
			f.offers = append(f.offers, offerForms(lang, o))
		}
	}
	if f.deadline == "" && !b.CampaignDate.IsZero() {
		f.deadline = lb.dateFormat(b.CampaignDate.Day(), lb.months[b.CampaignDate.Month()-1])
	}
	return f
}

// offerForms gives offers the form they take mid-sentence ("el 2x1",
// "a promoção leve 3, pague 2") in the middle of a Spanish sentence.
func offerForms(lang, o string) offer {
	if lang == Spanish && len(o) == 3 && o[1] == 'x' {
		return offer{mid: "el " + o, head: o}
	}
	if lang == Spanish && strings.Contains(o, "% de descuento") {
		return offer{mid: "un " + o, head: o}
	}
	if lang == Portuguese && strings.HasPrefix(o, "leve ") {
		return offer{mid: "a promoção " + o, head: o}
	}
	if lang == Portuguese && strings.HasSuffix(o, "x sem juros") {
		return offer{mid: "o parcelamento em " + o, head: o}
	}
	if lang == Spanish && strings.HasSuffix(o, " sin intereses") {
		article := "los "
		if strings.Contains(o, "cuotas") {
			article = "las "
		}
		return offer{mid: article + o, head: o}
	}
	return offer{mid: o, head: o}
}

// industryLists are an industry's vocabulary lists in the order one
// request uses them.
type industryLists struct{ pains, gains, benefits, features []string }

func shuffledLists(ind industry, rng *rand.Rand) industryLists {
	shuffled := func(list []string) []string {
		out := append([]string(nil), list...)
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		return out
	}
	return industryLists{shuffled(ind.pains), shuffled(ind.gains), shuffled(ind.benefits), shuffled(ind.features)}
}

// rotated starts each list at the variant's index, so each variant leads
// with different pains, gains, benefits and features.
func (l industryLists) rotated(variant int) industryLists {
	rotate := func(list []string) []string {
		if len(list) == 0 {
			return nil
		}
		k := variant % len(list)
		out := append(append([]string(nil), list[k:]...), list[:k]...)
		if variant >= len(list) {
			// past one full turn, read the list backwards
			slices.Reverse(out)
		}
		return out
	}
	return industryLists{rotate(l.pains), rotate(l.gains), rotate(l.benefits), rotate(l.features)}
}

// slots draws this variant's values.
func (f facts) slots(lang string, ind industry, lists industryLists, rng *rand.Rand) *slots {
	benefits := lists.benefits
	if f.benefit != "" {
		benefits = append([]string{f.benefit}, benefits...)
	}
	pains, gains, features := lists.pains, lists.gains, lists.features
	v := map[string]string{
		"audience": f.audience,
		"price":    f.price,
		"deadline": f.deadline,
		"topic":    ind.topic,
	}
	if strings.HasPrefix(f.deadline, "hasta ") || strings.HasPrefix(f.deadline, "até ") {
		v["until"] = f.deadline
	}
	if len(f.offers) > 0 {
		mids := make([]string, len(f.offers))
		for i, o := range f.offers {
			mids[i] = o.mid
		}
		v["offer"] = joinList(lang, mids)
		v["offer_head"] = f.offers[rng.IntN(len(f.offers))].head
	}
	v["cta"] = f.cta
	if v["cta"] == "" && len(ind.ctas) > 0 {
		v["cta"] = ind.ctas[rng.IntN(len(ind.ctas))]
	}
	for i, key := range []string{"benefit", "benefit2", "benefit3", "benefit4"} {
		v[key] = at(benefits, i)
	}
	v["pain"], v["pain2"] = at(pains, 0), at(pains, 1)
	v["gain"], v["gain2"] = at(gains, 0), at(gains, 1)
	v["feature"], v["feature2"], v["feature3"] = at(features, 0), at(features, 1), at(features, 2)
	return &slots{lang: lang, product: f.product, productSpecific: f.productSpecific, values: v}
}

func at(list []string, i int) string {
	if i < len(list) {
		return list[i]
	}
	return ""
}

// joinList joins "a", "b" and "c" as "a, b y c" (or "e" in Portuguese).
func joinList(lang string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	last := items[len(items)-1]
	and := " y "
	lower := strings.ToLower(last)
	switch {
	case lang == Portuguese:
		and = " e "
	case (strings.HasPrefix(lower, "i") || strings.HasPrefix(lower, "hi")) && !strings.HasPrefix(lower, "hie"):
		and = " e " // Spanish "y" becomes "e" before an /i/ sound
	}
	return strings.Join(items[:len(items)-1], ", ") + and + last
}
