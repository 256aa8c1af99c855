package lexicon

import (
	"slices"
	"strings"
)

// Message ids of findings (locales/lexicon.*.toml).
const (
	msgVocabularyVariant   = "culture.lexicon.vocabulary.variant"
	msgVocabularySpainOnly = "culture.lexicon.vocabulary.spain_only"
	msgVocabularyPtPT      = "culture.lexicon.vocabulary.pt_pt"
	msgVocabularyPtBR      = "culture.lexicon.vocabulary.pt_br"
	msgOffensive           = "culture.lexicon.offensive"
	msgOffensiveMild       = "culture.lexicon.offensive.mild"
	msgSlangSpain          = "culture.lexicon.slang.spain"
	msgGrammarVosotros     = "culture.lexicon.grammar.vosotros"
	msgGrammarCliticOs     = "culture.lexicon.grammar.clitic_os"
)

// MaxTextBytes is the longest text Check and Adapt accept; longer texts get
// no findings and no changes. The API limits requests far below it.
const MaxTextBytes = 64 << 20

// hit is a lexicon match that is a finding for the target country.
type hit struct {
	first, last int
	kind        entryKind
	index       int // slang: index into Matcher.slang
	rule        string
	severity    Severity
	messageID   string
	suggestions []string
	// sharedSuggestions is set when suggestions belong to the compiled data
	// and must be copied before a caller gets them.
	sharedSuggestions bool
}

// Check returns the lexicon findings for text written for opts.Country:
// words of other variants, offensive words, Spain-only slang and vosotros
// grammar, in text order. Address and format checks are added by Engine.
// An unknown country yields no findings.
func (m *Matcher) Check(text string, opts CheckOptions) []Finding {
	return m.check(text, opts, 0)
}

// check is Check returning a slice with room for extra more findings, which
// Engine.Check merges in without another array.
func (m *Matcher) check(text string, opts CheckOptions, extra int) []Finding {
	if len(text) > MaxTextBytes {
		return nil
	}
	t := m.tokens(text)
	defer m.release(t)
	hits := m.scan(t, opts.Country)
	// Each finding is written in place: a Finding built apart and copied
	// in is read back in wide loads over its narrow stores, a stall per finding.
	findings := make([]Finding, len(hits), len(hits)+extra)
	country := any(opts.Country) // boxed once for every finding
	for k := range hits {
		hits[k].fill(&findings[k], t, country)
	}
	return findings
}

// fill writes the Finding of a hit to f; countryArg is the country, boxed.
func (h *hit) fill(f *Finding, t *tokenized, countryArg any) {
	excerpt := t.original(h.first, h.last)
	args := map[string]any{"Word": excerpt, "Country": countryArg}
	if len(h.suggestions) > 0 {
		args["Suggestion"] = h.suggestions[0]
	}
	suggestions := h.suggestions // made for this hit, unless shared
	if h.sharedSuggestions || suggestions == nil {
		// A copy: the alternatives of the data must not be shared with callers.
		suggestions = append([]string{}, h.suggestions...)
	}
	f.Rule, f.Severity = h.rule, h.severity
	f.Start, f.End = int(t.tokens[h.first].start), int(t.tokens[h.last].end)
	f.Excerpt, f.MessageID = excerpt, h.messageID
	f.MessageArgs, f.Suggestions = args, suggestions
}

// scan walks the text once and returns the hits for a country, in order and
// without overlaps.
func (m *Matcher) scan(t *tokenized, country string) []hit {
	lang, ok := languageOf(country)
	if !ok {
		return nil
	}
	spainGrammar := lang == langSpanish && country != "ES"
	hits := t.hits[:0] // the buffer of the pooled tokenized text
	defer func() { t.hits = hits[:0] }()
	var buf [8]span
	for i := 0; i < len(t.tokens); {
		next := i + 1
		matched := false
		var phrases []span
		if t.tokens[i].id != 0 { // no phrase starts with a word the lexicon does not know
			phrases = m.candidatesAt(t, i, buf[:0])
		}
		for _, s := range phrases {
			if h, ok := m.judge(t, s, country, lang); ok {
				hits = append(hits, h)
				next = s.last + 1
				matched = true
				break
			}
			if s.last > s.first && m.fineHere(t, s, country, lang) {
				// A phrase of the country: its words are not checked one by one.
				next = s.last + 1
				matched = true
				break
			}
		}
		if !matched && spainGrammar && t.endsInIs(i) {
			if h, ok := m.vosotrosByEnding(t, i); ok {
				hits = append(hits, h)
			}
		}
		if !matched && country == "BR" {
			if h, ok := ptProgressive(t, i); ok {
				hits = append(hits, h)
				next = h.last + 1
			}
		}
		i = next
	}
	return hits
}

// kindPriority orders the patterns of one phrase: an offensive reading beats
// a grammar one, which beats slang, which beats vocabulary.
func kindPriority(k entryKind) int {
	switch k {
	case kindSensitive:
		return 0
	case kindVosotros, kindCliticOs:
		return 1
	case kindSlang:
		return 2
	}
	return 3
}

func (m *Matcher) judge(t *tokenized, s span, country, lang string) (hit, bool) {
	for _, id := range m.nodes[s.node].entries { // in priority order, see Compile
		e := &m.entries[id]
		if !e.ctx.allows(t, s.first, s.last) {
			continue
		}
		var h hit
		var ok bool
		switch e.kind {
		case kindSensitive:
			h, ok = m.judgeSensitive(e, country, lang)
		case kindSlang:
			h, ok = m.judgeSlang(e, country, lang)
		case kindVosotros:
			h, ok = judgeVosotros(t, s, e, country, lang)
		case kindCliticOs:
			h, ok = m.judgeCliticOs(t, s, country, lang)
		case kindVocabulary:
			h, ok = m.judgeVocabulary(t, s, e, country, lang)
		}
		if ok {
			h.first, h.last, h.kind, h.index = s.first, s.last, e.kind, e.index
			return h, true
		}
	}
	return hit{}, false
}

func (m *Matcher) judgeSensitive(e *entry, country, lang string) (hit, bool) {
	s := m.sensitive[e.index]
	offensive := false
	for _, c := range s.OffensiveIn {
		if c == country || c == lang {
			offensive = true
			break
		}
	}
	if !offensive {
		return hit{}, false
	}
	h := hit{rule: RuleOffensive, messageID: msgOffensive, suggestions: s.Alternatives, sharedSuggestions: true}
	switch s.Severity {
	case "high":
		h.severity = SeverityError
	case "medium":
		h.severity = SeverityWarning
	default:
		h.severity = SeverityInfo
		h.messageID = msgOffensiveMild
	}
	return h, true
}

func (m *Matcher) judgeSlang(e *entry, country, lang string) (hit, bool) {
	if lang != langSpanish || country == "ES" {
		return hit{}, false
	}
	s := m.slang[e.index]
	severity := SeverityWarning
	if s.Severity == "info" {
		severity = SeverityInfo
	}
	return hit{rule: RuleSlangSpain, severity: severity, messageID: msgSlangSpain,
		suggestions: s.Alternatives, sharedSuggestions: true}, true
}

func judgeVosotros(t *tokenized, s span, e *entry, country, lang string) (hit, bool) {
	if lang != langSpanish || country == "ES" {
		return hit{}, false
	}
	suggestion := matchCase(t.original(s.first, s.last), e.replacement)
	return hit{rule: RuleGrammarVosotros, severity: SeverityError, messageID: msgGrammarVosotros,
		suggestions: []string{suggestion}}, true
}

func (m *Matcher) judgeCliticOs(t *tokenized, s span, country, lang string) (hit, bool) {
	if lang != langSpanish || country == "ES" {
		return hit{}, false
	}
	switch t.original(s.first, s.last) {
	case "os", "Os":
	default: // "OS" is an operating system; an accented "ós" is no pronoun at all
		return hit{}, false
	}
	suggestions := []string{"los", "les"}
	switch {
	case m.reflexiveOs(t, s.last):
		suggestions = []string{"se"}
	case s.last+1 < len(t.tokens) && m.isDative(t.foldedWord(s.last+1)):
		suggestions = []string{"les", "los"}
	}
	original := t.original(s.first, s.last)
	for i := range suggestions {
		suggestions[i] = matchCase(original, suggestions[i])
	}
	return hit{rule: RuleGrammarCliticOs, severity: SeverityError, messageID: msgGrammarCliticOs,
		suggestions: suggestions}, true
}

// reflexiveOs reports whether the "os" at token i belongs to a vosotros verb
// ("os merecéis", "os lo merecéis"), where ustedes says "se".
func (m *Matcher) reflexiveOs(t *tokenized, i int) bool {
	for k := i + 1; k < len(t.tokens) && k <= i+2; k++ {
		switch string(t.foldedBytes(k)) {
		case "lo", "la", "los", "las":
			continue
		}
		if _, ok := m.vosotrosByEnding(t, k); ok {
			return true
		}
		var buf [8]span
		for _, c := range m.candidatesAt(t, k, buf[:0]) {
			for _, id := range m.nodes[c.node].entries {
				if e := m.entries[id]; e.kind == kindVosotros && !strings.HasPrefix(e.replacement, "su") && e.replacement != "ustedes" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// isDative reports whether a verb form takes an indirect object ("os
// ofrecemos" → "les ofrecemos").
func (m *Matcher) isDative(verb string) bool {
	if m.dativeVerbs[verb] {
		return true
	}
	for _, stem := range m.dativeStems {
		if strings.HasPrefix(verb, stem) {
			return true
		}
	}
	return false
}

// infinitiveStem returns an -ar, -er or -ir infinitive without its ending.
func infinitiveStem(v string) (string, bool) {
	if strings.HasSuffix(v, "ar") || strings.HasSuffix(v, "er") || strings.HasSuffix(v, "ir") {
		return v[:len(v)-2], true
	}
	return "", false
}

func (m *Matcher) judgeVocabulary(t *tokenized, s span, e *entry, country, lang string) (hit, bool) {
	if e.lang != lang {
		return hit{}, false
	}
	exactKey := ""
	if e.exact != "" {
		lower := t.lowerPhrase(s.first, s.last)
		if lower != e.exact {
			return hit{}, false
		}
		exactKey = "=" + lower
	}
	if m.isAccepted(country, s.node, exactKey) {
		return hit{}, false
	}
	concept := m.concepts[e.concept]
	targets := m.resolve(concept, country)
	if len(targets) == 0 {
		return hit{}, false
	}
	term := concept.Words[e.locale][e.term]
	h := hit{rule: RuleVocabularyVariant, severity: SeverityInfo, messageID: msgVocabularyVariant}
	switch {
	case country == "BR" && e.locale == "pt-PT":
		h.rule, h.severity, h.messageID = RuleVocabularyPtPT, SeverityWarning, msgVocabularyPtPT
	case country == "PT":
		h.severity, h.messageID = SeverityWarning, msgVocabularyPtBR
	case term.SpainOnly:
		h.severity, h.messageID = SeverityWarning, msgVocabularySpainOnly
	case isEuropean(country):
		h.severity = SeverityWarning
	}
	h.suggestions = suggestionsFor(concept, e, targets, t.original(s.first, s.last), lang)
	return h, true
}

// suggestionsFor returns the target words for a vocabulary match, in the
// number (and, for aligned forms, the form) of the matched word, cased like it.
func suggestionsFor(c Concept, e *entry, targets []Term, original, lang string) []string {
	pick := targets
	if c.AlignedForms && e.term < len(targets) {
		pick = []Term{targets[e.term]}
	}
	plural := e.plural || c.Words[e.locale][e.term].PluralForm
	out := make([]string, 0, len(pick))
	for _, t := range pick {
		word := inNumber(t, plural, lang)
		word = matchCase(original, word)
		if !slices.Contains(out, word) { // at most three: no set needed
			out = append(out, word)
		}
		if len(out) == 3 {
			break
		}
	}
	return out
}

// fineHere reports whether the phrase matched at s is a word of the country.
func (m *Matcher) fineHere(t *tokenized, s span, country, lang string) bool {
	for _, id := range m.nodes[s.node].entries {
		e := &m.entries[id]
		if e.kind != kindVocabulary || e.lang != lang {
			continue
		}
		exactKey := ""
		if e.exact != "" {
			lower := t.lowerPhrase(s.first, s.last)
			if lower != e.exact {
				continue
			}
			exactKey = "=" + lower
		}
		if m.isAccepted(country, s.node, exactKey) {
			return true
		}
	}
	return false
}

// inNumber returns a target word in the number of the word it replaces.
func inNumber(t Term, plural bool, lang string) string {
	if plural && !t.PluralForm {
		if p := pluralOf(t, lang); p != "" {
			return p
		}
	}
	return t.Text
}
