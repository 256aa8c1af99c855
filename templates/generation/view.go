// Package generation holds the pages of the generation module: the brief form with its
// streamed result, the library, brand voices and the admin's provider settings. View models
// carry translated text only.
package generation

import "github.com/frontierhq/frontier/templates/components"

// GenerateView is the brief form and, once submitted, the result panel.
type GenerateView struct {
	CSRF   string
	Form   BriefForm
	Dates  DatesView
	Result *StreamView // set after a valid submission
	Links  []Link      // settings the user may open (brand voices, providers)
}

// Link is a labelled link.
type Link struct{ Label, Href string }

// BriefForm is the brief's fields with their choices and errors.
type BriefForm struct {
	Prompt                                 string
	Country, Industry, Type, Channel, Tone components.SelectInput
	Brand, Provider                        components.SelectInput
	Length, Variants                       components.Input
	Product, Audience, Benefit, Offer, CTA components.Input
	CampaignDate                           components.Input
	PromptError, FormError                 string
	LengthHints                            []LengthHint
}

// LengthHint says what the length counts for one content type.
type LengthHint struct{ Type, Text string }

// DatesView lists the next commercial dates of the chosen country.
type DatesView struct {
	Country string
	Dates   []DateRow
}

// DateRow is one upcoming date.
type DateRow struct{ Date, Name, Kind, KindLabel string }

// StreamView is the result panel while the copy is written.
type StreamView struct {
	JobID    string
	Variants []string // the variant labels
	Engine   string   // the template engine's label when only it writes
}

// ResultView is a finished generation: the variants side by side.
type ResultView struct {
	CSRF      string
	ContentID string
	Provider  string
	Meta      []MetaItem
	Variants  []VariantView
	Best      int
	Error     string
}

// MetaItem is one line of metadata (provider, latency, cost...).
type MetaItem struct{ Label, Value string }

// VariantView is one variant with its checks.
type VariantView struct {
	Index       int
	Label       string
	Text        string
	Segments    []Segment
	Score       int
	ScoreClass  string
	Breakdown   []ComponentRow
	Findings    []FindingRow
	Adaptations []AdaptationRow
	Provider    string
}

// Segment is a piece of text, highlighted when a finding covers it.
type Segment struct {
	Text     string
	Finding  bool
	Severity string
	Message  string
}

// ComponentRow is one component of the score.
type ComponentRow struct {
	Name, Detail string
	Score        int
	Weight       int
}

// FindingRow is one finding left in the copy.
type FindingRow struct{ Severity, SeverityLabel, Excerpt, Message, Suggestions string }

// AdaptationRow is one automatic change.
type AdaptationRow struct{ From, To, Reason string }

// LibraryView is the library page.
type LibraryView struct {
	Query                              string
	Country, Type, Provider, MinRating components.SelectInput
	From, To                           string
	Items                              []LibraryRow
	Total                              int64
	Prev, Next                         string // page links, empty when none
	PageInfo                           string
	CanWrite                           bool
	CSRF                               string
}

// LibraryRow is one item of the library.
type LibraryRow struct {
	ID, Excerpt, Country, Type, Provider, Created, Rating, Status string
	Score                                                         int
	ScoreClass                                                    string
}

// ContentView is one library item opened.
type ContentView struct {
	CSRF      string
	ID        string
	Title     string
	Brief     []MetaItem
	Meta      []MetaItem
	FinalText string
	Edited    bool
	Result    ResultView
	Feedback  []FeedbackRow
	Attempts  []AttemptRow
	CanWrite  bool
	Errors    map[string]string
}

// FeedbackRow is one rating.
type FeedbackRow struct{ Stars, Comment, When string }

// AttemptRow is one provider call.
type AttemptRow struct{ Provider, Model, Latency, Tokens, Cost, Error string }

// VoicesView lists and edits the workspace's brand voices and its routing.
type VoicesView struct {
	CSRF    string
	Voices  []VoiceForm
	New     VoiceForm
	Routing components.SelectInput
}

// VoiceForm is one brand voice as a form.
type VoiceForm struct {
	ID, Name, Description, ToneWords, WordsToUse, WordsToAvoid, SampleCopy string
	Errors                                                                 map[string]string
}

// ProvidersView is the admin's provider settings.
type ProvidersView struct {
	CSRF      string
	Providers []ProviderForm
	Chain     string
}

// ProviderForm is one provider's settings.
type ProviderForm struct {
	Name, Label, BaseURL, Model, Temperature, MaxTokens, Timeout, PriceIn, PriceOut string
	Enabled, KeySet, FromEnv, Active, Saved                                         bool
	Errors                                                                          map[string]string
}
