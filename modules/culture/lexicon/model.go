package lexicon

// Data is everything a Matcher is compiled from: the embedded seed or the copy
// an admin edited in the culture store.
type Data struct {
	Version   string          `json:"version"`
	Concepts  []Concept       `json:"concepts"`
	Sensitive []SensitiveTerm `json:"sensitive"`
	Slang     []SlangTerm     `json:"slang"`
	Grammar   Grammar         `json:"grammar"`
}

// Concept is one thing named differently across variants, e.g. "car":
// coche (es-ES), carro (es-MX), auto (es-AR).
type Concept struct {
	Key    string `json:"key"`
	Domain string `json:"domain"`
	// Words maps a locale to its words, preferred first. Locales are
	// "es-ES", "es-MX", ..., "es-419" (the default for Latin American
	// countries without their own entry), "pt-BR" and "pt-PT". A country
	// without an entry and without a default has no opinion: none of its
	// text is flagged for this concept.
	Words map[string][]Term `json:"words"`
	// AlignedForms says that the i-th word of every locale is the same
	// inflected form (e.g. eletrônico/eletrónico, eletrônica/eletrónica),
	// so a suggestion keeps the form of the word it replaces.
	AlignedForms bool   `json:"aligned_forms,omitempty"`
	Note         string `json:"note,omitempty"`
}

// Term is one word or phrase of a concept.
type Term struct {
	Text string `json:"text"`
	// Gender is "m" or "f" for nouns, so that swapping a word can fix the
	// article and adjectives that agree with it. Empty for other words.
	Gender string `json:"gender,omitempty"`
	// Plural is the plural form when the spelling rule would get it wrong;
	// "-" means the term has no separate plural.
	Plural string `json:"plural,omitempty"`
	// PluralForm says that Text itself is a plural (palomitas, gafas), so a
	// swap to a singular word of another variant uses that word's plural.
	PluralForm bool `json:"plural_form,omitempty"`
	// SpainOnly and PortugalOnly mark words that only Spain (or only
	// Portugal) uses; they are flagged more strongly elsewhere.
	SpainOnly    bool `json:"spain_only,omitempty"`
	PortugalOnly bool `json:"portugal_only,omitempty"`
	// ExactAccents makes the match accent-sensitive, for words whose only
	// difference between variants is the accent (eletrônico, eletrónico).
	ExactAccents bool `json:"exact_accents,omitempty"`
	// FineIn lists countries where the word has another common meaning and
	// must never be flagged ("*" for every country). The word is still
	// offered as a suggestion where it belongs.
	FineIn []string `json:"fine_in,omitempty"`
	// Polysemous marks a word with another everyday meaning (pendientes:
	// earrings and pending): the adapter never swaps it, because even the
	// source country's copy may not mean this concept.
	Polysemous bool `json:"polysemous,omitempty"`
	Context
}

// Context holds the neighbouring words that decide whether a match is a
// finding: "app móvil" is fine where "tu móvil" is not, "vale la pena" is
// fine where "¡vale!" is not.
type Context struct {
	// FineWhenPrecededBy lists phrases that, right before the word, make it fine.
	FineWhenPrecededBy []string `json:"fine_when_preceded_by,omitempty"`
	// FineWhenFollowedBy lists phrases that, right after the word, make it fine.
	FineWhenFollowedBy []string `json:"fine_when_followed_by,omitempty"`
	// OnlyWhenPrecededBy restricts findings to matches right after one of
	// these phrases (typically determiners, to tell a noun from an adjective).
	OnlyWhenPrecededBy []string `json:"only_when_preceded_by,omitempty"`
	// OnlyAsInterjection restricts findings to a word standing between
	// punctuation or text boundaries, as in "¡Vale!" or "Venga, entra".
	OnlyAsInterjection bool `json:"only_as_interjection,omitempty"`
}

// SensitiveTerm is a word that is vulgar or offensive in some countries.
type SensitiveTerm struct {
	Term string `json:"term"`
	// Forms are the inflections matched; Term itself is always matched.
	Forms []string `json:"forms,omitempty"`
	// OffensiveIn lists ISO country codes, or "es" / "pt" for every country
	// of that language.
	OffensiveIn []string `json:"offensive_in"`
	// Severity is "high", "medium" or "low" (low: causes laughter or
	// misunderstanding rather than offence).
	Severity     string   `json:"severity"`
	Alternatives []string `json:"alternatives,omitempty"`
	Meaning      string   `json:"meaning,omitempty"`
	Context
}

// SlangTerm is a Spain-only interjection or slang word, flagged in copy for
// any other Spanish-speaking country.
type SlangTerm struct {
	Forms        []string `json:"forms"`
	Alternatives []string `json:"alternatives,omitempty"`
	// Replacements maps a form, lowercase and without accents, to the
	// words the adapter puts in its place where a plain swap is
	// grammatical (guay → genial, chavales → chicos).
	Replacements map[string]string `json:"replacements,omitempty"`
	// Severity is "warning" (default) or "info".
	Severity string `json:"severity,omitempty"`
	Context
}

// Grammar holds the word lists behind the vosotros checks, which are Spain-only
// grammar: verb forms, imperatives, the clitic "os" and the possessives.
type Grammar struct {
	// VosotrosForms maps a vosotros form to its ustedes equivalent, for the
	// irregular and stem-changing verbs ("tenéis": "tienen", "venid": "vengan").
	VosotrosForms map[string]string `json:"vosotros_forms"`
	// RegularVerbs are infinitives without stem changes; their vosotros
	// forms (-áis, -éis, -ad, -ed, -id, -aos...) are recognised by ending.
	RegularVerbs []string `json:"regular_verbs"`
	// Pronouns maps vosotros pronouns and possessives to their ustedes
	// equivalents ("vosotros": "ustedes", "vuestro": "su").
	Pronouns map[string]string `json:"pronouns"`
	// DativeVerbs take "les" for the clitic "os" ("os ofrecemos" → "les
	// ofrecemos"); other verbs take "los".
	DativeVerbs []string `json:"dative_verbs"`
	// NotVerbs are words that look like vosotros forms but are not ("correos").
	NotVerbs []string `json:"not_verbs"`
}

// Severity of a finding.
type Severity string

// Severities, from blocking to informative.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Rule ids of findings and changes.
const (
	RuleVocabularyVariant = "vocabulary.variant"
	RuleVocabularyPtPT    = "vocabulary.pt_pt"
	RuleGrammarVosotros   = "grammar.vosotros"
	RuleGrammarCliticOs   = "grammar.clitic_os"
	RuleSlangSpain        = "slang.spain"
	RuleAddressMismatch   = "address.mismatch"
	RuleOffensive         = "offensive"
	RuleFormatNumber      = "format.number"
	RuleFormatPrice       = "format.price"
	RuleFormatDate        = "format.date"
	// RuleAgreement marks article and adjective changes made to agree with
	// a swapped noun.
	RuleAgreement = "grammar.agreement"
)

// Finding is one problem found in a text.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Excerpt  string   `json:"excerpt"`
	// MessageID and MessageArgs form the localized message (locales/lexicon.*.toml).
	MessageID   string         `json:"message_id"`
	MessageArgs map[string]any `json:"message_args,omitempty"`
	Suggestions []string       `json:"suggestions"`
}

// Change is one edit made by Adapt. Start and End are code points into the
// input text; From is the input text between them, To its replacement.
type Change struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	From  string `json:"from"`
	To    string `json:"to"`
	Rule  string `json:"rule"`
}

// Formality is the form of address requested for a text.
type Formality string

// Forms of address.
const (
	FormalityAny   Formality = ""
	FormalityTu    Formality = "tu"
	FormalityVos   Formality = "vos"
	FormalityUsted Formality = "usted"
)

// CheckOptions say what a text is checked against.
type CheckOptions struct {
	// Country is the ISO 3166-1 alpha-2 code of the target country.
	Country string
	// Formality is the requested form of address, or the profile default;
	// empty skips the address check.
	Formality Formality
}

// AdaptOptions say what a text is adapted to.
type AdaptOptions struct {
	// From is the country the text was written for; empty means unknown,
	// and every word foreign to To is adapted.
	From string
	// To is the target country.
	To string
	// Formality is the form of address to convert to; empty keeps it.
	Formality Formality
}
