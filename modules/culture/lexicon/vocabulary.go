package lexicon

// vocabulary maps the folded words the matcher knows to token ids. A bit
// filter over a hash of each word answers "unknown" for most words of a
// text without a lookup, and the words that pass it are found in an
// open-addressing table by the same hash, which the tokenizer computes
// while folding.
type vocabulary struct {
	ids    map[string]uint32 // folded word → token id (from 1)
	filter []uint64          // bit hash(word) & filterMask is set for every known word
	words  []string          // token id → folded word; words[0] is unused
	slots  []vocabSlot       // open addressing by full hash; len is a power of two
}

// vocabSlot is one cell of the open-addressing table; id 0 marks it empty.
type vocabSlot struct{ hash, id uint32 }

const filterMask = 1<<16 - 1

func newVocabulary() *vocabulary {
	return &vocabulary{ids: make(map[string]uint32), filter: make([]uint64, (filterMask+1)/64),
		words: []string{""}, slots: make([]vocabSlot, 1024)}
}

// wordHash is FNV-1a over the folded bytes of a word.
func wordHash(h uint32, b byte) uint32 { return (h ^ uint32(b)) * 16777619 }

const hashSeed uint32 = 2166136261

func hashWord(word string) uint32 {
	h := hashSeed
	for i := 0; i < len(word); i++ {
		h = wordHash(h, word[i])
	}
	return h
}

// id returns the token id of word, adding it when it is new.
func (v *vocabulary) id(word string) uint32 {
	if id, ok := v.ids[word]; ok {
		return id
	}
	id := uint32(len(v.ids) + 1)
	v.ids[word] = id
	v.words = append(v.words, word)
	full := hashWord(word)
	h := full & filterMask
	v.filter[h/64] |= 1 << (h % 64)
	if 2*len(v.words) > len(v.slots) { // keep the table at most half full
		v.rehash(2 * len(v.slots))
	} else {
		v.insert(full, id)
	}
	return id
}

func (v *vocabulary) insert(hash, id uint32) {
	mask := uint32(len(v.slots) - 1)
	i := hash & mask
	for v.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = vocabSlot{hash: hash, id: id}
}

// rehash rebuilds the table with size slots from the word list.
func (v *vocabulary) rehash(size int) {
	v.slots = make([]vocabSlot, size)
	for id := 1; id < len(v.words); id++ {
		v.insert(hashWord(v.words[id]), uint32(id))
	}
}

// lookup returns the id of a folded word whose hash is h, or 0.
func (v *vocabulary) lookup(word []byte, h uint32) uint32 {
	if bit := h & filterMask; v.filter[bit/64]&(1<<(bit%64)) == 0 {
		return 0
	}
	mask := uint32(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := v.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.hash == h && v.words[s.id] == string(word) {
			return s.id
		}
	}
}

// known returns the id of a folded word, or false.
func (v *vocabulary) known(word string) (uint32, bool) {
	id, ok := v.ids[word]
	return id, ok
}
