package builtin

// bank holds everything one language needs. Templates use {slot}
// placeholders (see slots.fill) and are written for the reader as "tú"
// (Spanish) or "você" (Portuguese). Texts that end in "!" are lowered to a
// period for calm tones.
type bank struct {
	// stages holds, per framework, the body sentences of each stage in order.
	stages map[string][][]string
	// action closes a body: call to action, offer and deadline.
	action []string
	// extras lengthen a body with further benefits and details.
	extras []string
	// develop are whole paragraphs for long texts (emails, blog intros, product
	// descriptions of a few hundred words): each says something of its own
	// (a theme marker), so a text uses each at most once.
	develop []string
	// blogDevelop are the same for blog intros: informative, not selling.
	blogDevelop []string
	hooks       map[string][]string // per tone, an opening line
	closer      map[string][]string // per tone, a last line for longer texts
	emoji       map[string][]string // per tone; only tones that allow emojis
	// industries maps an industry id to its vocabulary; generic is used
	// for an empty or unknown industry.
	industries map[string]industry
	generic    industry

	adHeadlines    []string // short ad headlines (Google ≤ 30 after filling)
	heroHeadlines  []string // landing and Meta headlines
	subjects       []string // email subjects
	preheaders     []string
	blogTitles     []string
	blogBridges    []string // the last sentence of a blog intro
	sms            []string // compact SMS sentences
	greetingWarm   string   // email and WhatsApp opening for warm tones
	greetingPlain  string   // ... and for calm tones
	greetingChat   string   // WhatsApp opening for calm tones
	productTitles  []string // product description titles
	productBullets []string // product description list items
	bulletLeads    []string // the line introducing a list
	dateFormat     func(day int, month string) string
	months         [12]string
}

// industry is the vocabulary of one industry. Pains and gains are clauses in
// the present indicative, second person ("pierdes tiempo comparando",
// "encuentras todo en un solo lugar"), so they fit after "¿Te pasa que…",
// "Imagina que…" or "Con X, …". Benefits read as a sentence on their own or
// after a colon. Features are noun phrases. CTAs are imperatives in
// lowercase.
type industry struct {
	product   noun
	topic     string // "tus finanzas": what a blog post is about
	pains     []string
	gains     []string
	benefits  []string
	features  []string
	headlines []string
	ctas      []string
	hashtags  []string
}

// calmTones write without exclamation marks.
func calmTone(tone string) bool {
	switch tone {
	case Professional, Luxury, Informative, Empathetic:
		return true
	}
	return false
}
