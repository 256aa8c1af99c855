// Package generation writes marketing copy: it validates a brief, redacts personal data, builds
// the prompt from the cultural profile, the brand voice and the library's best-rated examples,
// runs the provider chain (streaming), restores the redacted values, adapts and checks the copy
// for the target country, scores it, and saves it with every attempt and an outbox event in one
// transaction. It also keeps the library (search, feedback), brand voices and provider settings.
package generation

import (
	"fmt"
	"time"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/culture/lexicon"
)

// Brief is what a marketer asks for.
type Brief struct {
	Prompt      string
	ContentType string
	Channel     string // social_post only
	Country     string // ISO 3166-1 alpha-2
	Industry    string
	Tone        string
	Length      int // 0 = the content type's default
	Variants    int // 1..5; 0 = 1
	BrandID     string
	Provider    string // overrides the route when set

	Product      string
	Audience     string
	Benefit      string
	Offer        string
	CTA          string
	CampaignDate *time.Time
}

// Variant is one version of the copy with its checks and score.
type Variant struct {
	Content   string        `json:"content"`
	Score     int           `json:"performance_score"`
	Breakdown Breakdown     `json:"score_breakdown"`
	Findings  []Finding     `json:"findings"`
	Changes   []Adaptation  `json:"adaptations"`
	Provider  string        `json:"provider"`
	Model     string        `json:"model"`
	Limits    []LimitReport `json:"limits,omitempty"`
	Parts     []VariantPart `json:"parts,omitempty"`
	Usage     VariantUsage  `json:"usage"`
	Framework string        `json:"framework,omitempty"`
}

// VariantPart is a named part of the copy (headline, body...), as the UI labels it.
type VariantPart struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// VariantUsage is what writing one variant cost.
type VariantUsage struct {
	LatencyMS int     `json:"latency_ms"`
	TokensIn  int     `json:"tokens_in"`
	TokensOut int     `json:"tokens_out"`
	CostUSD   float64 `json:"cost_usd"`
}

// LimitReport is a hard limit the provider's copy broke and how it was fixed.
type LimitReport struct {
	Kind  string `json:"kind"`
	Part  string `json:"part"`
	Limit int    `json:"limit"`
	Got   int    `json:"got"`
	Fixed bool   `json:"fixed"`
}

// Finding is a cultural or legal problem left in the copy. Offsets are code points into the
// variant's content.
type Finding struct {
	Rule        string         `json:"rule"`
	Severity    string         `json:"severity"`
	Start       int            `json:"start"`
	End         int            `json:"end"`
	Excerpt     string         `json:"excerpt"`
	MessageID   string         `json:"message_id"`
	MessageArgs map[string]any `json:"message_args,omitempty"`
	Suggestions []string       `json:"suggestions"`
}

// Adaptation is one automatic change made for the target country.
type Adaptation struct {
	Kind string `json:"kind"` // the rule, e.g. vocabulary.variant, address.mismatch
	From string `json:"from"`
	To   string `json:"to"`
}

// Content is a saved piece of copy with its brief.
type Content struct {
	ID              string
	WorkspaceID     string
	CreatedBy       *string
	Brief           Brief
	Language        string // es or pt
	LanguageVariant string
	Text            string
	Variants        []Variant
	Provider        string
	Model           string
	LatencyMS       int
	TokensIn        int
	TokensOut       int
	CostUSD         float64
	AttemptCount    int
	Score           int
	Breakdown       Breakdown
	Findings        []Finding
	Adaptations     []Adaptation
	Status          string
	Rating          *int
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// Content statuses.
const (
	StatusGenerated = "generated"
	StatusEdited    = "edited"
)

// Attempt is one recorded call to a provider.
type Attempt struct {
	Variant   int
	Provider  string
	Model     string
	LatencyMS int
	TokensIn  int
	TokensOut int
	CostUSD   float64
	Status    int
	Error     string
	CreatedAt time.Time
}

// Feedback is a rating of a content.
type Feedback struct {
	ID        int64
	ContentID string
	UserID    *string
	Rating    int
	Comment   string
	CreatedAt time.Time
}

// BrandVoice is how a workspace's brand speaks.
type BrandVoice struct {
	ID           string
	WorkspaceID  string
	Name         string
	Description  string
	ToneWords    []string
	WordsToUse   []string
	WordsToAvoid []string
	SampleCopy   string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Result is a finished generation: the saved content and how it was written.
type Result struct {
	Content  Content
	Attempts []Attempt
}

// Event kinds written to the outbox.
const (
	EventContentGenerated = "content.generated"
	EventContentEdited    = "content.edited"
	EventContentDeleted   = "content.deleted"
	EventFeedbackGiven    = "content.feedback"
	EventGenerationFailed = "generation.failed"
)

// Compliance statuses of a generation.
const (
	CompliancePassed      = "passed"
	ComplianceNeedsReview = "needs_review"
	ComplianceFailed      = "failed"
)

// ComplianceStatus summarises findings: failed with an error left, needs_review with a warning.
func ComplianceStatus(findings []Finding) string {
	status := CompliancePassed
	for _, f := range findings {
		switch f.Severity {
		case string(lexicon.SeverityError):
			return ComplianceFailed
		case string(lexicon.SeverityWarning):
			status = ComplianceNeedsReview
		}
	}
	return status
}

// MaxVariants is the most variants a brief may ask for.
const MaxVariants = 5

// Limits on free text, in code points.
const (
	maxPromptChars  = 4000
	maxFieldChars   = 300
	maxCommentChars = 2000
	maxTextChars    = 70000
)

// Errors of this module.
var (
	// ErrNoCopy means every provider, the template engine included, failed.
	ErrNoCopy = apperr.Describe(fmt.Errorf("generation: no provider could write the copy: %w", apperr.ErrUnavailable), "generation.error.no_copy")
	// ErrJobGone is a stream asked for a generation that is over or never existed.
	ErrJobGone = fmt.Errorf("generation: job: %w", apperr.ErrNotFound)
)
