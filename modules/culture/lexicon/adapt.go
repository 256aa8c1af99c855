package lexicon

// Adapt rewrites text written for opts.From (or for any variant, when From
// is empty) into the vocabulary of opts.To: words of other variants are
// swapped for the local ones, keeping their case and number and fixing the
// articles and adjectives whose gender changes; in Latin American Spanish,
// vosotros forms become ustedes forms. Every change carries offsets into
// text. Adapting adapted text changes nothing. Address and format
// conversions are added by Engine.
func (m *Matcher) Adapt(text string, opts AdaptOptions) (string, []Change) {
	r := newRewriter(text)
	r.apply(m.adaptEdits(text, opts))
	return r.text(), r.changes()
}

// adaptEdits returns the lexicon edits for text, with offsets into it.
func (m *Matcher) adaptEdits(text string, opts AdaptOptions) []edit {
	lang, ok := languageOf(opts.To)
	if !ok {
		return nil
	}
	if _, known := languageOf(opts.From); !known {
		opts.From = ""
	}
	if len(text) > MaxTextBytes {
		return nil
	}
	t := m.tokens(text)
	defer m.release(t)
	spainGrammar := lang == langSpanish && opts.To != "ES"
	var edits []edit
	var buf [8]span
	for i := 0; i < len(t.tokens); {
		next := i + 1
		done := false
		for _, s := range m.candidatesAt(t, i, buf[:0]) {
			if e, ok := m.swap(t, s, opts, lang); ok {
				edits = append(edits, e...)
				next, done = s.last+1, true
				break
			}
			if spainGrammar {
				if e, ok := m.grammarSwap(t, s, opts, lang); ok {
					edits = append(edits, e)
					next, done = s.last+1, true
					break
				}
			}
			if s.last > s.first && m.fineHere(t, s, opts.To, lang) {
				next, done = s.last+1, true
				break
			}
		}
		if !done && spainGrammar {
			if h, ok := m.vosotrosByEnding(t, i); ok && len(h.suggestions) > 0 {
				tok := t.tokens[i]
				edits = append(edits, edit{start: int(tok.start), end: int(tok.end), to: h.suggestions[0], rule: h.rule})
			}
		}
		if !done && opts.To == "BR" {
			if h, ok := ptProgressive(t, i); ok {
				edits = append(edits, edit{start: int(t.tokens[h.first].start), end: int(t.tokens[h.last].end),
					to: h.suggestions[0], rule: h.rule})
				next = h.last + 1
			}
		}
		i = next
	}
	return edits
}

// grammarSwap turns a listed vosotros form, pronoun or the clitic os into its
// ustedes equivalent, and Spain-only slang into the replacement the data
// gives for it (guay → genial).
func (m *Matcher) grammarSwap(t *tokenized, s span, opts AdaptOptions, lang string) (edit, bool) {
	h, ok := m.judge(t, s, opts.To, lang)
	if !ok {
		return edit{}, false
	}
	to := ""
	switch h.kind {
	case kindVosotros, kindCliticOs:
		if len(h.suggestions) > 0 {
			to = h.suggestions[0]
		}
	case kindSlang:
		if r := m.slang[h.index].Replacements[m.nodes[s.node].key]; r != "" {
			to = matchCase(t.original(s.first, s.last), r)
		}
	}
	if to == "" {
		return edit{}, false
	}
	return edit{start: int(t.tokens[s.first].start), end: int(t.tokens[s.last].end), to: to, rule: h.rule}, true
}

// swap returns the edits that replace a vocabulary match with the target
// country's word, or false when the match is fine there.
func (m *Matcher) swap(t *tokenized, s span, opts AdaptOptions, lang string) ([]edit, bool) {
	for _, id := range m.nodes[s.node].entries {
		e := &m.entries[id]
		if e.kind != kindVocabulary || e.lang != lang || !e.ctx.allows(t, s.first, s.last) {
			continue
		}
		if e.exact != "" && t.lowerPhrase(s.first, s.last) != e.exact {
			continue
		}
		concept := m.concepts[e.concept]
		targets := m.resolve(concept, opts.To)
		if len(targets) == 0 {
			continue
		}
		key := m.nodes[s.node].key
		if e.exact != "" {
			key = "=" + e.exact
		}
		if source, ok := m.conceptTerm(concept, opts.From, key); ok {
			// The source country uses this word for this concept, so its
			// meaning is known, unless the word has other meanings there:
			// swap unless the target uses it too.
			if source.Polysemous || listsCountry(source.FineIn, opts.From) {
				return nil, false
			}
			if _, ok := m.conceptTerm(concept, opts.To, key); ok {
				return nil, false
			}
		} else if m.isAccepted(opts.To, s.node, exactKeyOf(e)) {
			continue
		}
		return m.swapEdits(t, s, concept, e, targets, lang), true
	}
	return nil, false
}

// conceptTerm returns the term of a country's words for a concept whose
// key is key; false for an unknown country.
func (m *Matcher) conceptTerm(c Concept, country, key string) (Term, bool) {
	lang, _ := languageOf(country)
	for _, t := range m.resolve(c, country) {
		if acceptKey(t.Text, t.ExactAccents) == key {
			return t, true
		}
		if p := pluralOf(t, lang); p != "" && acceptKey(p, t.ExactAccents) == key {
			return t, true
		}
	}
	return Term{}, false
}

// listsCountry reports whether countries names country itself (not "*").
func listsCountry(countries []string, country string) bool {
	for _, c := range countries {
		if c == country {
			return true
		}
	}
	return false
}

func (m *Matcher) swapEdits(t *tokenized, s span, c Concept, e *entry, targets []Term, lang string) []edit {
	target := targets[0]
	if c.AlignedForms && e.term < len(targets) {
		target = targets[e.term]
	}
	word := inNumber(target, e.plural || c.Words[e.locale][e.term].PluralForm, lang)
	original := t.original(s.first, s.last)
	edits := []edit{{
		start: int(t.tokens[s.first].start),
		end:   int(t.tokens[s.last].end),
		to:    matchCase(original, word),
		rule:  RuleVocabularyVariant,
	}}
	if lang == langPortuguese && e.locale == "pt-PT" {
		edits[0].rule = RuleVocabularyPtPT
	}
	source := c.Words[e.locale][e.term]
	// A singular word swapped for one that only exists in the plural takes its article and
	// adjectives into the plural with it.
	toPlural := !e.plural && !source.PluralForm && target.PluralForm
	edits = append(edits, agreementEdits(t, s.first, s.last, source.Gender, target.Gender, toPlural, lang)...)
	return edits
}

func exactKeyOf(e *entry) string {
	if e.exact == "" {
		return ""
	}
	return "=" + e.exact
}
