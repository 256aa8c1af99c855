package lexicon

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// ErrInvalidData is wrapped by the errors Compile returns for data it cannot use.
var ErrInvalidData = errors.New("lexicon: invalid data")

type entryKind uint8

const (
	kindVocabulary entryKind = iota
	kindSensitive
	kindSlang
	kindVosotros
	kindCliticOs
)

// entry is one pattern that ends at a trie node.
type entry struct {
	kind    entryKind
	lang    string // language of the pattern: "es" or "pt"
	locale  string // vocabulary: the locale the term is listed under
	concept int    // vocabulary: index into Matcher.concepts
	term    int    // vocabulary: index into the locale's terms
	plural  bool   // vocabulary: the pattern is the term's plural
	// exact is the lowercase pattern for accent-sensitive terms.
	exact       string
	ctx         *compiledContext
	index       int    // sensitive or slang: index into its list
	replacement string // vosotros: the ustedes form
}

type compiledContext struct {
	precededBy     [][]uint32
	followedBy     [][]uint32
	onlyPrecededBy [][]uint32
	interjection   bool
}

type trieNode struct {
	key     string // folded phrase that ends here, words joined by spaces
	entries []int32
}

// Matcher finds lexicon words in text. It is built once by Compile and is
// safe for concurrent use.
type Matcher struct {
	version   string
	vocab     *vocabulary
	edges     map[uint64]int32 // node<<32 | token id → child node
	rootChild []int32          // token id → child of the root, 0 for none
	nodes     []trieNode       // nodes[0] is the root
	entries   []entry
	maxDepth  int
	concepts  []Concept
	sensitive []SensitiveTerm
	slang     []SlangTerm
	// accepted maps a country to the trie nodes of every word that is fine
	// there (its own words for every concept, and FineIn words), indexed by
	// node; acceptedExact holds the accent-sensitive ones by acceptKey.
	accepted      map[string][]bool
	acceptedExact map[string]map[string]bool
	// acceptedByCode is accepted indexed by countryCode, for the lookup
	// every vocabulary match makes.
	acceptedByCode [26 * 26][]bool
	dativeVerbs    map[string]bool
	// dativeStems are the stems of the dative infinitives (-ar, -er, -ir)
	// of at least four letters, which isDative matches conjugated forms by.
	dativeStems []string
	notVerbs    map[string]bool
	// buffers recycles the token buffers of Check and Adapt.
	buffers sync.Pool
}

// tokens cuts text into words with a recycled buffer; release returns it.
func (m *Matcher) tokens(text string) *tokenized {
	t, _ := m.buffers.Get().(*tokenized)
	if t == nil {
		t = &tokenized{}
	}
	t.tokenize(text, m.vocab)
	return t
}

// release recycles a buffer from tokens, unless it grew too large to keep.
func (m *Matcher) release(t *tokenized) {
	if cap(t.tokens) > 1<<20 {
		return
	}
	t.text = ""
	clear(t.hits[:cap(t.hits)]) // the hits hold suggestions: keep nothing alive
	m.buffers.Put(t)
}

// Version returns the version of the data the matcher was compiled from.
func (m *Matcher) Version() string { return m.version }

// Compile validates data and builds its matcher.
func Compile(data Data) (*Matcher, error) {
	m := &Matcher{
		version:       data.Version,
		vocab:         newVocabulary(),
		edges:         make(map[uint64]int32),
		nodes:         []trieNode{{}},
		concepts:      data.Concepts,
		sensitive:     data.Sensitive,
		slang:         data.Slang,
		accepted:      make(map[string][]bool),
		acceptedExact: make(map[string]map[string]bool),
		dativeVerbs:   make(map[string]bool),
		notVerbs:      make(map[string]bool),
	}
	if err := m.addConcepts(data.Concepts); err != nil {
		return nil, err
	}
	if err := m.addSensitive(data.Sensitive); err != nil {
		return nil, err
	}
	if err := m.addSlang(data.Slang); err != nil {
		return nil, err
	}
	if err := m.addGrammar(data.Grammar); err != nil {
		return nil, err
	}
	m.computeAccepted()
	m.rootChild = make([]int32, len(m.vocab.ids)+1)
	for key, child := range m.edges {
		if key>>32 == 0 {
			m.rootChild[key] = child
		}
	}
	for i := range m.nodes {
		entries := m.nodes[i].entries
		sort.SliceStable(entries, func(a, b int) bool {
			return kindPriority(m.entries[entries[a]].kind) < kindPriority(m.entries[entries[b]].kind)
		})
	}
	return m, nil
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidData, fmt.Sprintf(format, args...))
}

func (m *Matcher) addConcepts(concepts []Concept) error {
	seen := make(map[string]bool, len(concepts))
	for ci, c := range concepts {
		if c.Key == "" {
			return invalid("concept %d has no key", ci)
		}
		if seen[c.Key] {
			return invalid("concept %q is listed twice", c.Key)
		}
		seen[c.Key] = true
		if len(c.Words) == 0 {
			return invalid("concept %q has no words", c.Key)
		}
		size := -1
		for locale, terms := range c.Words {
			if !validLocale(locale) {
				return invalid("concept %q: unknown locale %q", c.Key, locale)
			}
			if c.AlignedForms {
				if size >= 0 && len(terms) != size {
					return invalid("concept %q: aligned forms need the same number of words in every locale", c.Key)
				}
				size = len(terms)
			}
			for ti, t := range terms {
				if err := validateTerm(c.Key, locale, t); err != nil {
					return err
				}
				e := entry{kind: kindVocabulary, lang: localeLanguage(locale), locale: locale, concept: ci, term: ti}
				e.ctx = m.compileContext(t.Context)
				if t.ExactAccents {
					e.exact = strings.ToLower(t.Text)
				}
				m.addPattern(t.Text, e)
				if plural := pluralOf(t, e.lang); plural != "" && plural != t.Text {
					e.plural = true
					if t.ExactAccents {
						e.exact = strings.ToLower(plural)
					}
					m.addPattern(plural, e)
				}
			}
		}
	}
	return nil
}

func validLocale(locale string) bool {
	if locale == "es-419" {
		return true
	}
	lang, country, ok := strings.Cut(locale, "-")
	if !ok {
		return false
	}
	l, known := languageOf(country)
	return known && l == lang
}

func validateTerm(concept, locale string, t Term) error {
	if strings.TrimSpace(t.Text) == "" {
		return invalid("concept %q, %s: empty word", concept, locale)
	}
	switch t.Gender {
	case "", "m", "f":
	default:
		return invalid("concept %q, %s, %q: gender must be m or f", concept, locale, t.Text)
	}
	if t.SpainOnly && locale != "es-ES" {
		return invalid("concept %q, %s, %q: spain_only word outside es-ES", concept, locale, t.Text)
	}
	if t.PortugalOnly && locale != "pt-PT" {
		return invalid("concept %q, %s, %q: portugal_only word outside pt-PT", concept, locale, t.Text)
	}
	for _, c := range t.FineIn {
		if _, ok := languageOf(c); !ok && c != "*" {
			return invalid("concept %q, %q: unknown country %q in fine_in", concept, t.Text, c)
		}
	}
	return nil
}

func (m *Matcher) addSensitive(terms []SensitiveTerm) error {
	for i, s := range terms {
		if strings.TrimSpace(s.Term) == "" {
			return invalid("sensitive term %d is empty", i)
		}
		if len(s.OffensiveIn) == 0 {
			return invalid("sensitive term %q lists no country", s.Term)
		}
		for _, c := range s.OffensiveIn {
			if _, ok := languageOf(c); !ok && c != langSpanish && c != langPortuguese {
				return invalid("sensitive term %q: unknown country %q", s.Term, c)
			}
		}
		switch s.Severity {
		case "high", "medium", "low":
		default:
			return invalid("sensitive term %q: severity must be high, medium or low", s.Term)
		}
		e := entry{kind: kindSensitive, index: i, ctx: m.compileContext(s.Context)}
		m.addPattern(s.Term, e)
		for _, f := range s.Forms {
			m.addPattern(f, e)
		}
	}
	return nil
}

func (m *Matcher) addSlang(terms []SlangTerm) error {
	for i, s := range terms {
		if len(s.Forms) == 0 {
			return invalid("slang term %d has no forms", i)
		}
		switch s.Severity {
		case "", "warning", "info":
		default:
			return invalid("slang term %q: severity must be warning or info", s.Forms[0])
		}
		e := entry{kind: kindSlang, lang: langSpanish, index: i, ctx: m.compileContext(s.Context)}
		forms := make(map[string]bool, len(s.Forms))
		for _, f := range s.Forms {
			m.addPattern(f, e)
			forms[acceptKey(f, false)] = true
		}
		for form := range s.Replacements {
			if !forms[form] {
				return invalid("slang term %q: replacement for %q, which is not one of its forms (lowercase, no accents)", s.Forms[0], form)
			}
		}
	}
	return nil
}

func (m *Matcher) addGrammar(g Grammar) error {
	for form, ustedes := range g.VosotrosForms {
		if form == "" || ustedes == "" {
			return invalid("vosotros form %q → %q is incomplete", form, ustedes)
		}
		m.addPattern(form, entry{kind: kindVosotros, lang: langSpanish, replacement: ustedes})
	}
	for pronoun, ustedes := range g.Pronouns {
		if pronoun == "" || ustedes == "" {
			return invalid("vosotros pronoun %q → %q is incomplete", pronoun, ustedes)
		}
		m.addPattern(pronoun, entry{kind: kindVosotros, lang: langSpanish, replacement: ustedes})
	}
	m.addPattern("os", entry{kind: kindCliticOs, lang: langSpanish})
	for _, v := range g.DativeVerbs {
		folded := fold(v)
		m.dativeVerbs[folded] = true
		if stem, ok := infinitiveStem(folded); ok && len(stem) >= 4 {
			m.dativeStems = append(m.dativeStems, stem)
		}
	}
	for _, w := range g.NotVerbs {
		m.notVerbs[fold(w)] = true
	}
	for _, v := range g.RegularVerbs {
		v = strings.ToLower(strings.TrimSpace(v))
		if len(v) < 4 || !strings.HasSuffix(v, "ar") && !strings.HasSuffix(v, "er") && !strings.HasSuffix(v, "ir") {
			return invalid("regular verb %q is not an infinitive", v)
		}
		m.addVosotrosConjugations(v)
	}
	return nil
}

// patternWords cuts a pattern into folded words, the way text is cut.
func patternWords(pattern string) []string {
	return strings.FieldsFunc(fold(pattern), func(r rune) bool { return !isWordRune(r) })
}

func (m *Matcher) tokenID(word string) uint32 { return m.vocab.id(word) }

func (m *Matcher) phraseIDs(phrases []string) [][]uint32 {
	var out [][]uint32
	for _, p := range phrases {
		words := patternWords(p)
		if len(words) == 0 {
			continue
		}
		ids := make([]uint32, len(words))
		for i, w := range words {
			ids[i] = m.tokenID(w)
		}
		out = append(out, ids)
	}
	return out
}

func (m *Matcher) compileContext(c Context) *compiledContext {
	if len(c.FineWhenPrecededBy) == 0 && len(c.FineWhenFollowedBy) == 0 &&
		len(c.OnlyWhenPrecededBy) == 0 && !c.OnlyAsInterjection {
		return nil
	}
	return &compiledContext{
		precededBy:     m.phraseIDs(c.FineWhenPrecededBy),
		followedBy:     m.phraseIDs(c.FineWhenFollowedBy),
		onlyPrecededBy: m.phraseIDs(c.OnlyWhenPrecededBy),
		interjection:   c.OnlyAsInterjection,
	}
}

func (m *Matcher) addPattern(pattern string, e entry) {
	words := patternWords(pattern)
	if len(words) == 0 {
		return
	}
	node := int32(0)
	for _, w := range words {
		key := uint64(node)<<32 | uint64(m.tokenID(w))
		child, ok := m.edges[key]
		if !ok {
			child = int32(len(m.nodes))
			m.nodes = append(m.nodes, trieNode{})
			m.edges[key] = child
		}
		node = child
	}
	m.nodes[node].key = strings.Join(words, " ")
	m.nodes[node].entries = append(m.nodes[node].entries, int32(len(m.entries)))
	m.entries = append(m.entries, e)
	if len(words) > m.maxDepth {
		m.maxDepth = len(words)
	}
}

// acceptKey is the key under which a term counts as fine in a country.
func acceptKey(text string, exact bool) string {
	if exact {
		return "=" + strings.Join(strings.Fields(strings.ToLower(text)), " ")
	}
	return strings.Join(patternWords(text), " ")
}

func (m *Matcher) computeAccepted() {
	for _, country := range supportedCountries() {
		nodes := make([]bool, len(m.nodes))
		exact := make(map[string]bool)
		lang, _ := languageOf(country)
		accept := func(t Term) {
			texts := []string{t.Text}
			if p := pluralOf(t, lang); p != "" {
				texts = append(texts, p)
			}
			for _, text := range texts {
				if t.ExactAccents {
					exact[acceptKey(text, true)] = true
				} else if node := m.nodeFor(text); node >= 0 {
					nodes[node] = true
				}
			}
		}
		for _, c := range m.concepts {
			for _, t := range m.resolve(c, country) {
				accept(t)
			}
			for locale, terms := range c.Words {
				for _, t := range terms {
					if localeLanguage(locale) == lang && fineIn(t.FineIn, country) {
						accept(t)
					}
				}
			}
		}
		m.accepted[country] = nodes
		m.acceptedExact[country] = exact
		if code, ok := countryCode(country); ok {
			m.acceptedByCode[code] = nodes
		}
	}
}

// countryCode maps a two-letter uppercase country code to 0..675.
func countryCode(country string) (int, bool) {
	if len(country) != 2 || country[0] < 'A' || country[0] > 'Z' || country[1] < 'A' || country[1] > 'Z' {
		return 0, false
	}
	return int(country[0]-'A')*26 + int(country[1]-'A'), true
}

// nodeFor returns the trie node where pattern ends, or -1.
func (m *Matcher) nodeFor(pattern string) int32 {
	node := int32(0)
	for _, w := range patternWords(pattern) {
		id, ok := m.vocab.known(w)
		if !ok {
			return -1
		}
		child, ok := m.edges[uint64(node)<<32|uint64(id)]
		if !ok {
			return -1
		}
		node = child
	}
	return node
}

// isAccepted reports whether the match ending at node (with its lowercase
// text, for accent-sensitive terms) is a word of the country.
func (m *Matcher) isAccepted(country string, node int32, exactKey string) bool {
	if exactKey != "" {
		return m.acceptedExact[country][exactKey]
	}
	var nodes []bool // m.accepted[country], whose keys are all country codes
	if code, ok := countryCode(country); ok {
		nodes = m.acceptedByCode[code]
	}
	return int(node) < len(nodes) && nodes[node]
}

func fineIn(countries []string, country string) bool {
	for _, c := range countries {
		if c == country || c == "*" {
			return true
		}
	}
	return false
}

// resolve returns the words a country uses for a concept, preferred first, or
// nil when the data has no opinion for that country. The locales that speak
// for a country are its own (es-AR), then es-419 for Latin America.
func (m *Matcher) resolve(c Concept, country string) []Term {
	lang, ok := languageOf(country)
	if !ok {
		return nil
	}
	// The own locale is spelled in a buffer: a map index by string(bytes)
	// does not allocate, and every vocabulary match resolves.
	var buf [16]byte
	own := append(append(append(buf[:0], lang...), '-'), country...)
	if terms := c.Words[string(own)]; len(terms) > 0 {
		return terms
	}
	if lang == langSpanish && country != "ES" {
		if terms := c.Words["es-419"]; len(terms) > 0 {
			return terms
		}
	}
	return nil
}
