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
	// classPronoun: a word of pronounWords.
	classPronoun
)

// wordInfo is everything the lexicon knows about one lowercase spelling, so
// that the analysis looks each word of a text up once.
type wordInfo struct {
	id      wordID // the index of the entry in lexicon.infos
	word    string // the spelling
	classes wordClass
	forms   []verbForm // the readings of the spelling as a bare verb form
}

// is reports whether the word belongs to every class of c.
func (w *wordInfo) is(c wordClass) bool { return w.classes&c == c }

// wordID identifies an entry of the lexicon's word list (lexicon.infos).
type wordID uint32

// unknownID is the id of unknownWord.
const unknownID wordID = 0

// unknownWord is the information of a word the lexicon does not know.
var unknownWord = &wordInfo{id: unknownID}

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
		{classPronoun, pronounWords},
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
	lex.infos = append(make([]*wordInfo, 0, len(lex.words)+1), unknownWord)
	lex.spellings = append(make([]string, 0, len(lex.words)+1), unknownWord.word)
	for _, info := range lex.words {
		info.id = wordID(len(lex.infos))
		lex.infos = append(lex.infos, info)
		lex.spellings = append(lex.spellings, info.word)
	}
}

// wordSlot is one cell of the lexicon's open-addressing word table; a nil
// info marks it empty.
type wordSlot struct {
	hash uint32
	info *wordInfo
}

// wordHash is FNV-1a over the bytes of a word.
func wordHash[S string | []byte](word S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i])) * 16777619
	}
	return h
}

// buildWordTable indexes lex.words by wordHash in a table at most half
// full: a lookup hashes the short word once and compares one or two
// spellings, cheaper than the map for the one lookup every word of a text needs.
func (lex *lexicon) buildWordTable() {
	size := 1
	for size < 2*len(lex.words) {
		size *= 2
	}
	lex.wordSlots = make([]wordSlot, size)
	mask := uint32(size - 1)
	for w, info := range lex.words {
		h := wordHash(w)
		i := h & mask
		for lex.wordSlots[i].info != nil {
			i = (i + 1) & mask
		}
		lex.wordSlots[i] = wordSlot{hash: h, info: info}
	}
}

// info returns what the lexicon knows about a lowercase word.
func (lex *lexicon) info(word string) *wordInfo { return lookupWord(lex, word) }

// lookupWord finds a word, as a string or as bytes, in the word table.
func lookupWord[S string | []byte](lex *lexicon, word S) *wordInfo {
	return lookupHashed(lex, word, wordHash(word))
}

// lookupHashed is lookupWord for a word whose wordHash is h.
func lookupHashed[S string | []byte](lex *lexicon, word S, h uint32) *wordInfo {
	mask := uint32(len(lex.wordSlots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		slot := lex.wordSlots[i]
		if slot.info == nil {
			return unknownWord
		}
		if slot.hash == h && slot.info.word == string(word) {
			return slot.info
		}
	}
}

// lowerInfo returns word lowercased in NFC (see lowerWord) and what the
// lexicon knows about it. A known word with capitals gets the lexicon's
// spelling, so only unknown ones are copied.
func (lex *lexicon) lowerInfo(word string) (string, *wordInfo) {
	switch caseOf(word) {
	case plainLower:
		return word, lex.info(word)
	case asciiUpper, latinUpper:
		var buf [32]byte
		lower := appendLatinLower(buf[:0], word)
		if info := lookupWord(lex, lower); info != unknownWord {
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
