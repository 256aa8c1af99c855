package address

// wordClass is a bit set of the closed word classes of words.go and of the
// lexicon a word belongs to.
type wordClass uint32

const (
	classDeterminer wordClass = 1 << iota
	classObjectClitic
	classVerbalLead
	classFollower
	classCoordinator
	classPreposition
	classNotTeaFollower
	classUstedSubjectLead
	classNonImperative
	classNeverVerb
	classPersonVerb
	classInterrogative
	classImpersonalInfinitive
	classEncliticBeforeObject
	classOpeningAdverb
	classCollision
	// classInformalVerb: a tú or vos present or subjunctive (see informalVerbAt).
	classInformalVerb
)

// wordInfo is everything the lexicon knows about one lowercase spelling, so
// that the analysis looks each word of a text up once.
type wordInfo struct {
	word    string // the spelling
	classes wordClass
	forms   []verbForm // the readings of the spelling as a bare verb form
}

// is reports whether the word belongs to every class of c.
func (w *wordInfo) is(c wordClass) bool { return w.classes&c == c }

// unknownWord is the information of a word the lexicon does not know.
var unknownWord = &wordInfo{}

// wordClassSets pairs each closed class of words.go with its bit.
func wordClassSets() []struct {
	class wordClass
	words map[string]bool
} {
	return []struct {
		class wordClass
		words map[string]bool
	}{
		{classDeterminer, determiners},
		{classObjectClitic, objectClitics},
		{classVerbalLead, verbalLeads},
		{classFollower, followers},
		{classCoordinator, coordinators},
		{classPreposition, prepositions},
		{classNotTeaFollower, notTeaFollowers},
		{classUstedSubjectLead, ustedSubjectLeads},
		{classNonImperative, nonImperatives},
		{classNeverVerb, neverVerbs},
		{classPersonVerb, personVerbs},
		{classInterrogative, interrogatives},
		{classImpersonalInfinitive, impersonalInfinitives},
		{classEncliticBeforeObject, encliticsBeforeObject},
		{classOpeningAdverb, openingAdverbs},
	}
}

// buildWords indexes every spelling the analysis asks about: closed-class
// words, collisions and bare verb forms.
func (lex *lexicon) buildWords() {
	lex.words = map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		info := lex.words[w]
		if info == nil {
			info = &wordInfo{word: w}
			lex.words[w] = info
		}
		return info
	}
	for _, set := range wordClassSets() {
		for w := range set.words {
			get(w).classes |= set.class
		}
	}
	for w := range lex.collisions {
		get(w).classes |= classCollision
	}
	for w, readings := range lex.forms {
		info := get(w)
		info.forms = readings
		if informalReading(readings) {
			info.classes |= classInformalVerb
		}
	}
}

// info returns what the lexicon knows about a lowercase word.
func (lex *lexicon) info(word string) *wordInfo {
	if info, ok := lex.words[word]; ok {
		return info
	}
	return unknownWord
}

// lowerInfo returns word lowercased in NFC (see lowerWord) and what the
// lexicon knows about it. A known word with capitals gets the lexicon's
// spelling, so only unknown ones are copied.
func (lex *lexicon) lowerInfo(word string) (string, *wordInfo) {
	switch caseOf(word) {
	case plainLower:
		return word, lex.info(word)
	case asciiUpper:
		var buf [32]byte
		lower := append(buf[:0], word...)
		for i, b := range lower {
			if 'A' <= b && b <= 'Z' {
				lower[i] = b + 'a' - 'A'
			}
		}
		if info, ok := lex.words[string(lower)]; ok {
			return info.word, info
		}
		return string(lower), unknownWord
	}
	lower := lowerWord(word)
	return lower, lex.info(lower)
}

// informalReading reports whether a spelling is a tú or vos present or
// subjunctive (te registras, puedes registrarte).
func informalReading(readings []verbForm) bool {
	for _, vf := range readings {
		if vf.cell != cellImperative && vf.cell != cellInfinitive && vf.cell != cellGerund && !vf.forms.Has(Usted) {
			return true
		}
	}
	return false
}
