package lexicon

// vocabulary maps the folded words the matcher knows to token ids. A bit
// filter over a hash of each word answers "unknown" for most words of a
// text without a map lookup.
type vocabulary struct {
	ids    map[string]uint32 // folded word → token id (from 1)
	filter []uint64          // bit hash(word) & filterMask is set for every known word
}

const filterMask = 1<<16 - 1

func newVocabulary() *vocabulary {
	return &vocabulary{ids: make(map[string]uint32), filter: make([]uint64, (filterMask+1)/64)}
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
	h := hashWord(word) & filterMask
	v.filter[h/64] |= 1 << (h % 64)
	return id
}

// lookup returns the id of a folded word whose hash is h, or 0.
func (v *vocabulary) lookup(word []byte, h uint32) uint32 {
	h &= filterMask
	if v.filter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	return v.ids[string(word)]
}

// known returns the id of a folded word, or false.
func (v *vocabulary) known(word string) (uint32, bool) {
	id, ok := v.ids[word]
	return id, ok
}
