// Package culture is Frontier's knowledge of its 22 markets: the cultural profiles admins curate,
// the regional lexicon behind the checker and the adapter, and the commercial calendar. The pure
// parts live in subpackages (seed, locale, calendar, lexicon, address); this package keeps the
// editable copies in Postgres with their history and serves them to the UI, the API and the
// generation module.
package culture

import (
	"time"

	"github.com/frontierhq/frontier/modules/culture/calendar"
	"github.com/frontierhq/frontier/modules/culture/lexicon"
	"github.com/frontierhq/frontier/modules/culture/seed"
)

// Limits on input.
const (
	// MaxTextLen is the longest text Check and Adapt accept, in characters (code points).
	MaxTextLen = 50_000
	// MaxNextDates is the most events NextDates returns.
	MaxNextDates = 50
)

// Profile is the cultural profile of one market as the store holds it.
type Profile = seed.Profile

// Finding is one problem the checker found; offsets are code points, end exclusive.
type Finding = lexicon.Finding

// Change is one edit the adapter made; offsets are code points into the input.
type Change = lexicon.Change

// Event is one date of a market's calendar.
type Event = calendar.Event

// Concept is one lexicon concept: a thing named differently across locales.
type Concept = lexicon.Concept

// Formality is a form of address: "tu", "vos", "usted", or "" for the profile's default.
type Formality = lexicon.Formality

// Formalities lists the forms of address in the order the UI offers them.
func Formalities() []Formality {
	return []Formality{lexicon.FormalityTu, lexicon.FormalityVos, lexicon.FormalityUsted}
}

// Record is the bookkeeping of a versioned row: its current version, whether an admin edited
// it (the seed then leaves it alone), and the last change.
type Record struct {
	Version       int
	EditedByAdmin bool
	UpdatedAt     time.Time
	UpdatedBy     *string
}

// StoredProfile is a profile with its record.
type StoredProfile struct {
	Profile
	Record
}

// StoredConcept is a lexicon concept with its record.
type StoredConcept struct {
	Concept
	Record
}

// Version is one entry of a profile's or a concept's history.
type Version struct {
	Version       int
	ChangedBy     *string
	ChangedByName string // email of the person, "" for the seed
	ChangedAt     time.Time
	ChangedFields []string
	RevertedFrom  *int
}

// FromSeed reports whether the seed wrote this version.
func (v Version) FromSeed() bool { return v.ChangedBy == nil }

// ProfileFilter narrows the list of profiles.
type ProfileFilter struct {
	Search    string // matched against the code, the name and the language variant
	Language  string // "es" or "pt"; "" for both
	Formality Formality
}

// ConceptFilter narrows the list of lexicon concepts.
type ConceptFilter struct {
	Search string // matched against the key and every word
	Domain string
}
