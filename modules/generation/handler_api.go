package generation

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/app/bind"
	"github.com/frontierhq/frontier/locales"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// generateRequest is the body of POST /api/v1/generate-content. The fields after Workspace are
// optional extensions: the social channel (instagram when absent) and the structured brief.
type generateRequest struct {
	Prompt         string `json:"prompt"`
	ContentType    string `json:"content_type"`
	TargetCountry  string `json:"target_country"`
	TargetIndustry string `json:"target_industry"`
	Tone           string `json:"tone"`
	Length         int    `json:"length"`
	Variants       int    `json:"variants"`
	BrandID        string `json:"brand_id"`
	Provider       string `json:"provider"`
	Workspace      string `json:"workspace"`

	Channel      string `json:"channel"`
	Product      string `json:"product"`
	Audience     string `json:"audience"`
	KeyBenefit   string `json:"key_benefit"`
	Offer        string `json:"offer"`
	CallToAction string `json:"call_to_action"`
	CampaignDate string `json:"campaign_date"`
}

type variantJSON struct {
	Content          string `json:"content"`
	PerformanceScore int    `json:"performance_score"`
}

type metadataJSON struct {
	Provider        string  `json:"provider"`
	Model           string  `json:"model"`
	LanguageVariant string  `json:"language_variant"`
	LatencyMS       int     `json:"latency_ms"`
	TokensIn        int     `json:"tokens_in"`
	TokensOut       int     `json:"tokens_out"`
	CostUSD         float64 `json:"cost_usd"`
	Attempts        int     `json:"attempts"`
}

type adaptationJSON struct {
	Kind   string `json:"kind"`
	From   string `json:"from"`
	To     string `json:"to"`
	Reason string `json:"reason"`
}

type findingJSON struct {
	Rule        string   `json:"rule"`
	Severity    string   `json:"severity"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Excerpt     string   `json:"excerpt"`
	Message     string   `json:"message"`
	Suggestions []string `json:"suggestions"`
}

type complianceJSON struct {
	Status   string        `json:"status"`
	Findings []findingJSON `json:"findings"`
}

// contentResponse is the response of POST /api/v1/generate-content, exactly as DESIGN.md has it.
type contentResponse struct {
	ID                  string           `json:"id"`
	Content             string           `json:"content"`
	Variants            []variantJSON    `json:"variants,omitempty"`
	Metadata            metadataJSON     `json:"metadata"`
	CulturalAdaptations []adaptationJSON `json:"cultural_adaptations"`
	Compliance          complianceJSON   `json:"compliance"`
	PerformanceScore    int              `json:"performance_score"`
	ScoreBreakdown      Breakdown        `json:"score_breakdown"`
}

// storedContentResponse is GET /api/v1/contents/{id}: the same shape plus the library's fields.
type storedContentResponse struct {
	contentResponse
	Status    string    `json:"status"`
	Rating    *int      `json:"rating"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	Brief     briefJSON `json:"brief"`
}

type briefJSON struct {
	Prompt         string `json:"prompt"`
	ContentType    string `json:"content_type"`
	Channel        string `json:"channel,omitempty"`
	TargetCountry  string `json:"target_country"`
	TargetIndustry string `json:"target_industry"`
	Tone           string `json:"tone"`
	Length         int    `json:"length"`
	Variants       int    `json:"variants"`
	BrandID        string `json:"brand_id,omitempty"`
	Product        string `json:"product,omitempty"`
	Audience       string `json:"audience,omitempty"`
	KeyBenefit     string `json:"key_benefit,omitempty"`
	Offer          string `json:"offer,omitempty"`
	CallToAction   string `json:"call_to_action,omitempty"`
	CampaignDate   string `json:"campaign_date,omitempty"`
}

// generateContent is POST /api/v1/generate-content.
func (h *Handler) generateContent(c echo.Context) error {
	var req generateRequest
	if err := bind.JSON(c, &req); err != nil {
		return err
	}
	ctx := c.Request().Context()
	who := caller(c)
	if ws := strings.TrimSpace(req.Workspace); ws != "" && ws != who.WorkspaceID {
		if !isUUID(ws) {
			return fmt.Errorf("generation: workspace %q: %w", ws, apperr.ErrNotFound)
		}
		canWrite, err := h.access(ctx, who.UserID, ws, "content", "write")
		if err != nil {
			return err
		}
		if !canWrite {
			return apperr.ErrForbidden
		}
		who.WorkspaceID = ws
	}
	b, err := req.brief()
	if err != nil {
		return err
	}
	res, err := h.svc.Generate(ctx, who, b, nil)
	if err != nil {
		return err
	}
	return writeJSON(c, http.StatusOK, responseOf(tr(c), res.Content))
}

func (r generateRequest) brief() (Brief, error) {
	b := Brief{Prompt: r.Prompt, ContentType: r.ContentType, Channel: r.Channel, Country: r.TargetCountry, Industry: r.TargetIndustry,
		Tone: r.Tone, Length: r.Length, Variants: r.Variants, BrandID: r.BrandID, Provider: r.Provider, Product: r.Product,
		Audience: r.Audience, Benefit: r.KeyBenefit, Offer: r.Offer, CTA: r.CallToAction}
	if strings.TrimSpace(b.ContentType) == contenttype.SocialPost && strings.TrimSpace(b.Channel) == "" {
		b.Channel = contenttype.Instagram
	}
	if r.Variants == 0 {
		b.Variants = 1
	}
	if d := strings.TrimSpace(r.CampaignDate); d != "" {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return Brief{}, apperr.Invalid("campaign_date", "validation.date")
		}
		b.CampaignDate = &t
	}
	return b, nil
}

func responseOf(t *locales.Translator, c Content) contentResponse {
	out := contentResponse{
		ID: c.ID, Content: c.Text,
		Metadata: metadataJSON{Provider: c.Provider, Model: c.Model, LanguageVariant: c.LanguageVariant, LatencyMS: c.LatencyMS,
			TokensIn: c.TokensIn, TokensOut: c.TokensOut, CostUSD: math.Round(c.CostUSD*1e6) / 1e6, Attempts: c.AttemptCount},
		CulturalAdaptations: make([]adaptationJSON, 0, len(c.Adaptations)),
		Compliance:          complianceJSON{Status: ComplianceStatus(c.Findings), Findings: findingsJSON(t, c.Findings)},
		PerformanceScore:    c.Score,
		ScoreBreakdown:      c.Breakdown,
	}
	if len(c.Variants) > 1 {
		for _, v := range c.Variants {
			out.Variants = append(out.Variants, variantJSON{Content: v.Content, PerformanceScore: v.Score})
		}
	}
	for _, a := range c.Adaptations {
		out.CulturalAdaptations = append(out.CulturalAdaptations, adaptationJSON{Kind: a.Kind, From: a.From, To: a.To,
			Reason: adaptationReason(t, a.Kind, c.Brief.Country)})
	}
	return out
}

// adaptationReason explains an automatic change in the reader's language.
func adaptationReason(t *locales.Translator, kind, country string) string {
	id := "generation.adaptation." + kind
	if !t.Has(id) {
		id = "generation.adaptation.other"
	}
	return t.T(id, "Country", country)
}

func findingsJSON(t *locales.Translator, findings []Finding) []findingJSON {
	out := make([]findingJSON, 0, len(findings))
	for _, f := range findings {
		out = append(out, findingJSON{Rule: f.Rule, Severity: f.Severity, Start: f.Start, End: f.End, Excerpt: f.Excerpt,
			Message: t.TMap(f.MessageID, f.MessageArgs), Suggestions: f.Suggestions})
	}
	return out
}

func storedResponseOf(t *locales.Translator, c Content) storedContentResponse {
	b := c.Brief
	out := storedContentResponse{contentResponse: responseOf(t, c), Status: c.Status, Rating: c.Rating, CreatedAt: c.CreatedAt,
		UpdatedAt: c.UpdatedAt, Brief: briefJSON{Prompt: b.Prompt, ContentType: b.ContentType, Channel: b.Channel,
			TargetCountry: b.Country, TargetIndustry: b.Industry, Tone: b.Tone, Length: b.Length, Variants: len(c.Variants),
			BrandID: b.BrandID, Product: b.Product, Audience: b.Audience, KeyBenefit: b.Benefit, Offer: b.Offer, CallToAction: b.CTA}}
	if b.CampaignDate != nil {
		out.Brief.CampaignDate = b.CampaignDate.Format(time.DateOnly)
	}
	return out
}

// getContent is GET /api/v1/contents/{id}.
func (h *Handler) getContent(c echo.Context) error {
	content, err := h.svc.Content(c.Request().Context(), current(c).WorkspaceID, c.Param("id"))
	if err != nil {
		return err
	}
	return writeJSON(c, http.StatusOK, storedResponseOf(tr(c), content))
}

type contentListResponse struct {
	Items  []storedContentResponse `json:"items"`
	Total  int64                   `json:"total"`
	Limit  int                     `json:"limit"`
	Offset int                     `json:"offset"`
}

// listContents is GET /api/v1/contents?q=&country=&content_type=&provider=&min_rating=&from=&to=&limit=&offset=.
func (h *Handler) listContents(c echo.Context) error {
	f, err := filterFromQuery(c)
	if err != nil {
		return err
	}
	items, total, err := h.svc.Contents(c.Request().Context(), current(c).WorkspaceID, f)
	if err != nil {
		return err
	}
	out := contentListResponse{Items: make([]storedContentResponse, 0, len(items)), Total: total, Limit: f.Limit, Offset: f.Offset}
	if out.Limit <= 0 || out.Limit > MaxPageSize {
		out.Limit = 20
	}
	t := tr(c)
	for _, it := range items {
		out.Items = append(out.Items, storedResponseOf(t, it))
	}
	return writeJSON(c, http.StatusOK, out)
}

// filterFromQuery reads the library's filters from the query string (API and pages).
func filterFromQuery(c echo.Context) (ContentFilter, error) {
	var v apperr.Validation
	num := func(name string) int {
		s := strings.TrimSpace(c.QueryParam(name))
		if s == "" {
			return 0
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			v.Add(name, "validation.range", "Min", 0, "Max", math.MaxInt32)
		}
		return n
	}
	date := func(name string) *time.Time {
		s := strings.TrimSpace(c.QueryParam(name))
		if s == "" {
			return nil
		}
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			v.Add(name, "validation.date")
			return nil
		}
		return &t
	}
	f := ContentFilter{Query: c.QueryParam("q"), Country: c.QueryParam("country"), ContentType: c.QueryParam("content_type"),
		Provider: c.QueryParam("provider"), MinRating: num("min_rating"), Limit: num("limit"), Offset: num("offset"),
		From: date("from"), To: date("to")}
	if f.To != nil {
		next := f.To.AddDate(0, 0, 1) // "to" is inclusive for people
		f.To = &next
	}
	if f.MinRating > 5 {
		v.Add("min_rating", "validation.range", "Min", 1, "Max", 5)
	}
	return f, v.Err()
}

type feedbackRequest struct {
	Rating  int    `json:"rating"`
	Comment string `json:"comment"`
}

type feedbackResponse struct {
	ID        int64     `json:"id"`
	ContentID string    `json:"content_id"`
	Rating    int       `json:"rating"`
	Comment   string    `json:"comment"`
	CreatedAt time.Time `json:"created_at"`
}

// addFeedback is POST /api/v1/contents/{id}/feedback.
func (h *Handler) addFeedback(c echo.Context) error {
	var req feedbackRequest
	if err := bind.JSON(c, &req); err != nil {
		return err
	}
	f, err := h.svc.Rate(c.Request().Context(), caller(c), c.Param("id"), req.Rating, req.Comment)
	if err != nil {
		return err
	}
	return writeJSON(c, http.StatusCreated, feedbackResponse{ID: f.ID, ContentID: f.ContentID, Rating: f.Rating, Comment: f.Comment, CreatedAt: f.CreatedAt})
}
