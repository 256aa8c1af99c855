// Package culture holds the pages of the culture module: the market profiles with their edit
// form and history, the regional lexicon, the copy checker and adapter, and the commercial
// calendar. View models carry translated text only; templates hold no logic beyond loops.
package culture

import (
	"strconv"

	"github.com/frontierhq/frontier/templates/components"
)

// Tab ids of the culture section.
const (
	TabProfiles = "profiles"
	TabLexicon  = "lexicon"
	TabCheck    = "check"
	TabCalendar = "calendar"
)

// Nav is the culture section's tab bar: which tab is active and which the user may open.
type Nav struct {
	Active   string
	CanCheck bool
}

// ProfilesView is the grid of market cards with its filters.
type ProfilesView struct {
	Nav
	Search    string
	Languages []components.Option
	Forms     []components.Option
	Cards     []ProfileCard
}

// ProfileCard is one market in the grid.
type ProfileCard struct {
	Code, Flag, Name, LocalName, Variant, Formality, Price, Href string
	Edited                                                       bool
}

// Pair is a label and its value.
type Pair struct {
	Label, Value string
}

// DateRow is one calendar event.
type DateRow struct {
	Date, Weekday, Name, Kind, KindLabel, Until string
	Estimated                                   bool
}

// Law is a market's data-protection law.
type Law struct {
	Name, Number, Year, Authority, URL string
	Comprehensive                      bool
}

// ProfileHeader is the title block shared by a profile's pages.
type ProfileHeader struct {
	Code, Flag, Name, LocalName, Variant, Version, Updated string
	Edited, CanEdit                                        bool
	Active                                                 string // overview, edit, history
}

// ProfileView is a profile's detail page.
type ProfileView struct {
	Nav
	Header                  ProfileHeader
	BusinessStyle, CommPref string
	Formality, Plural       string
	Channels                []Pair
	CallingCode             string
	Traits, References      []string
	Favored, Avoid, Topics  []string
	Notes                   []string
	Sources                 []Source
	Formats                 []Pair
	NextDates               []DateRow
	CalendarHref            string
	Law                     Law
}

// Source is where a profile's facts come from; URL is set when the text starts with a link.
type Source struct {
	Text, URL string
}

// ProfileEditView is the admin's edit form of a profile.
type ProfileEditView struct {
	Nav
	Header    ProfileHeader
	CSRF      string
	Version   string
	FormError string
	Errors    map[string]string
	Texts     []TextField // single-line and prose fields
	Lists     []TextField // one item per line
	Address   []components.SelectInput
	Plural    components.SelectInput
	Law       []TextField
	LawFull   bool
}

// TextField is a labelled input or textarea of a form.
type TextField struct {
	Name, Label, Value, Hint, Error string
	Rows                            int // 0: single-line input
}

// HistoryView lists the versions of a profile or a concept.
type HistoryView struct {
	Nav
	Header  ProfileHeader // for profiles
	Concept *ConceptHeader
	CSRF    string
	Rows    []HistoryRow
}

// HistoryRow is one version.
type HistoryRow struct {
	Version, Who, When, Fields, Reverted, RevertURL string
	Current, Seed                                   bool
}

// LexiconView is the searchable list of concepts.
type LexiconView struct {
	Nav
	Search   string
	Domains  []components.Option
	Concepts []ConceptRow
	Total    string
	CanEdit  bool
}

// ConceptRow is one concept in the list.
type ConceptRow struct {
	Key, Title, Href, Domain string
	Words                    []LocaleWords
	Edited                   bool
}

// LocaleWords are a locale's words for a concept.
type LocaleWords struct {
	Locale, Label, Words string
	Foreign              bool // marked Spain-only or Portugal-only
}

// ConceptHeader is the title block of a concept's pages.
type ConceptHeader struct {
	Key, Title, Domain, Version, Updated string
	Edited, CanEdit                      bool
	Active                               string // overview, edit, history
}

// ConceptView is a concept's page: its words per locale.
type ConceptView struct {
	Nav
	Header ConceptHeader
	Note   string
	Words  []LocaleWords
}

// ConceptEditView is the admin's edit form of a concept.
type ConceptEditView struct {
	Nav
	Header    ConceptHeader
	CSRF      string
	Version   string
	FormError string
	WordsErr  string
	Fields    []TextField
	Note      TextField
}

// CheckView is the checker and adapter tool.
type CheckView struct {
	Nav
	CSRF      string
	Text      string
	Errors    map[string]string
	Countries components.SelectInput
	Forms     components.SelectInput
	From      components.SelectInput
	Result    *CheckResult
	Adapted   *AdaptResult
}

// CheckResult is the text with its findings marked in place.
type CheckResult struct {
	Country, Formality string
	Segments           []Segment
	Findings           []FindingRow
	Summary            string
	AdaptLabel         string
}

// Segment is a run of text, marked when it carries a finding or a change.
type Segment struct {
	Text     string
	Severity string // error, warning, info; "" for plain text
	Note     string // the finding's message, or the replaced text
	Tip      string // suggestions
	Changed  bool
}

// FindingRow is one finding in the list under the text.
type FindingRow struct {
	Severity, SeverityLabel, Rule, Excerpt, Message string
	Suggestions                                     []string
}

// AdaptResult is the adapted text with its changes marked.
type AdaptResult struct {
	Country  string
	Text     string
	Segments []Segment
	Summary  string
}

// CalendarView is the next twelve months of a market's calendar.
type CalendarView struct {
	Nav
	Countries components.SelectInput
	Flag      string
	Country   string
	Months    []MonthGroup
}

// MonthGroup is one month of events.
type MonthGroup struct {
	Label  string
	Events []DateRow
}

func rowsAttr(n int) string { return strconv.Itoa(n) }
