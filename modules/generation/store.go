package generation

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/frontierhq/frontier/app/apperr"
)

// store is the only code of this module that touches the database.
type store struct {
	db *gorm.DB
}

func (s store) inTx(ctx context.Context, fn func(tx store) error) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error { return fn(store{db: tx}) })
}

func (s store) with(ctx context.Context) *gorm.DB { return s.db.WithContext(ctx) }

func notFound(err error, what string) error {
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return fmt.Errorf("generation: %s: %w", what, apperr.ErrNotFound)
	}
	return fmt.Errorf("generation: %s: %w", what, err)
}

// isUUID keeps malformed ids away from uuid columns, where Postgres would answer an error.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i, r := range s {
		switch i {
		case 8, 13, 18, 23:
			if r != '-' {
				return false
			}
		default:
			if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
				return false
			}
		}
	}
	return true
}

// ---- contents

type contentRow struct {
	ID              string `gorm:"primaryKey;default:gen_random_uuid()"`
	WorkspaceID     string
	CreatedBy       *string
	Prompt          string
	ContentType     string
	Channel         string
	TargetCountry   string
	TargetIndustry  string
	Tone            string
	Length          int
	Product         string
	Audience        string
	Benefit         string
	Offer           string
	CTA             string `gorm:"column:cta"`
	CampaignDate    *time.Time
	BrandVoiceID    *string
	Language        string
	LanguageVariant string
	FinalText       string
	Variants        []Variant `gorm:"serializer:json;type:jsonb"`
	Provider        string
	Model           string
	LatencyMS       int `gorm:"column:latency_ms"`
	TokensIn        int
	TokensOut       int
	CostUSD         float64 `gorm:"column:cost_usd"`
	AttemptCount    int
	Score           int
	ScoreBreakdown  Breakdown    `gorm:"serializer:json;type:jsonb"`
	Findings        []Finding    `gorm:"serializer:json;type:jsonb"`
	Adaptations     []Adaptation `gorm:"serializer:json;type:jsonb"`
	Status          string
	Rating          *int
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

func (contentRow) TableName() string { return "contents" }

func rowOf(c Content) contentRow {
	b := c.Brief
	var voice *string
	if b.BrandID != "" {
		voice = &b.BrandID
	}
	return contentRow{
		ID: c.ID, WorkspaceID: c.WorkspaceID, CreatedBy: c.CreatedBy,
		Prompt: b.Prompt, ContentType: b.ContentType, Channel: b.Channel, TargetCountry: b.Country,
		TargetIndustry: b.Industry, Tone: b.Tone, Length: b.Length, Product: b.Product, Audience: b.Audience,
		Benefit: b.Benefit, Offer: b.Offer, CTA: b.CTA, CampaignDate: b.CampaignDate, BrandVoiceID: voice,
		Language: c.Language, LanguageVariant: c.LanguageVariant, FinalText: c.Text, Variants: c.Variants,
		Provider: c.Provider, Model: c.Model, LatencyMS: c.LatencyMS, TokensIn: c.TokensIn, TokensOut: c.TokensOut,
		CostUSD: c.CostUSD, AttemptCount: c.AttemptCount, Score: c.Score, ScoreBreakdown: c.Breakdown,
		Findings: c.Findings, Adaptations: c.Adaptations, Status: c.Status, Rating: c.Rating,
	}
}

func (r contentRow) content() Content {
	b := Brief{Prompt: r.Prompt, ContentType: r.ContentType, Channel: r.Channel, Country: r.TargetCountry,
		Industry: r.TargetIndustry, Tone: r.Tone, Length: r.Length, Product: r.Product, Audience: r.Audience,
		Benefit: r.Benefit, Offer: r.Offer, CTA: r.CTA, CampaignDate: r.CampaignDate, Variants: len(r.Variants)}
	if r.BrandVoiceID != nil {
		b.BrandID = *r.BrandVoiceID
	}
	return Content{ID: r.ID, WorkspaceID: r.WorkspaceID, CreatedBy: r.CreatedBy, Brief: b, Language: r.Language,
		LanguageVariant: r.LanguageVariant, Text: r.FinalText, Variants: r.Variants, Provider: r.Provider, Model: r.Model,
		LatencyMS: r.LatencyMS, TokensIn: r.TokensIn, TokensOut: r.TokensOut, CostUSD: r.CostUSD,
		AttemptCount: r.AttemptCount, Score: r.Score, Breakdown: r.ScoreBreakdown, Findings: r.Findings,
		Adaptations: r.Adaptations, Status: r.Status, Rating: r.Rating, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}
}

func (s store) content(ctx context.Context, workspaceID, id string) (Content, error) {
	if !isUUID(id) {
		return Content{}, fmt.Errorf("generation: content %q: %w", id, apperr.ErrNotFound)
	}
	var row contentRow
	err := s.with(ctx).Where("workspace_id = ? AND id = ?", workspaceID, id).Take(&row).Error
	if err != nil {
		return Content{}, notFound(err, "content "+id)
	}
	return row.content(), nil
}

func (s store) updateContent(ctx context.Context, workspaceID, id string, fields map[string]any) error {
	fields["updated_at"] = time.Now().UTC()
	res := s.with(ctx).Model(&contentRow{}).Where("workspace_id = ? AND id = ?", workspaceID, id).Updates(fields)
	if res.Error != nil {
		return fmt.Errorf("generation: update content %s: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("generation: content %s: %w", id, apperr.ErrNotFound)
	}
	if _, ok := fields["final_text"]; ok {
		return s.queueSearch(ctx, id)
	}
	return nil
}

func (s store) deleteContent(ctx context.Context, workspaceID, id string) error {
	res := s.with(ctx).Where("workspace_id = ? AND id = ?", workspaceID, id).Delete(&contentRow{})
	if res.Error != nil {
		return fmt.Errorf("generation: delete content %s: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("generation: content %s: %w", id, apperr.ErrNotFound)
	}
	return nil
}

// ContentFilter selects library items. Zero fields do not filter.
type ContentFilter struct {
	Query       string
	Country     string
	ContentType string
	Provider    string
	MinRating   int
	From, To    *time.Time // created_at, To exclusive
	Limit       int
	Offset      int
}

func (s store) contents(ctx context.Context, workspaceID string, f ContentFilter) ([]Content, int64, error) {
	q := s.with(ctx).Model(&contentRow{}).Where("workspace_id = ?", workspaceID)
	if query := strings.TrimSpace(f.Query); query != "" {
		// Each language's rows are matched with that language's stemmer.
		q = q.Where(`id IN (SELECT content_id FROM content_search WHERE (language = 'es' AND search @@ websearch_to_tsquery('spanish', ?))
			OR (language = 'pt' AND search @@ websearch_to_tsquery('portuguese', ?)))`, query, query)
	}
	if f.Country != "" {
		q = q.Where("target_country = ?", f.Country)
	}
	if f.ContentType != "" {
		q = q.Where("content_type = ?", f.ContentType)
	}
	if f.Provider != "" {
		q = q.Where("provider = ?", f.Provider)
	}
	if f.MinRating > 0 {
		q = q.Where("rating >= ?", f.MinRating)
	}
	if f.From != nil {
		q = q.Where("created_at >= ?", *f.From)
	}
	if f.To != nil {
		q = q.Where("created_at < ?", *f.To)
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, fmt.Errorf("generation: count contents: %w", err)
	}
	var rows []contentRow
	if err := q.Order("created_at DESC, id").Limit(f.Limit).Offset(f.Offset).Find(&rows).Error; err != nil {
		return nil, 0, fmt.Errorf("generation: list contents: %w", err)
	}
	out := make([]Content, len(rows))
	for i, r := range rows {
		out[i] = r.content()
	}
	return out, total, nil
}

// bestRated returns the final texts of the workspace's best-rated items of a type and country.
func (s store) bestRated(ctx context.Context, workspaceID, contentType, country string, n int) ([]string, error) {
	var texts []string
	err := s.with(ctx).Model(&contentRow{}).
		Where("workspace_id = ? AND content_type = ? AND target_country = ? AND rating >= 4", workspaceID, contentType, country).
		Order("rating DESC, updated_at DESC").Limit(n).Pluck("final_text", &texts).Error
	if err != nil {
		return nil, fmt.Errorf("generation: best rated: %w", err)
	}
	return texts, nil
}

// ratingGroup is the ratings of a workspace's items of one type and country.
type ratingGroup struct {
	ContentType   string
	TargetCountry string
	N             int
	Total         int
}

// ratingGroups sums the latest ratings of a workspace's items per type and country.
func (s store) ratingGroups(ctx context.Context, workspaceID string) ([]ratingGroup, error) {
	var rows []ratingGroup
	err := s.with(ctx).Model(&contentRow{}).
		Select("content_type, target_country, count(*) AS n, sum(rating) AS total").
		Where("workspace_id = ? AND rating IS NOT NULL", workspaceID).
		Group("content_type, target_country").Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("generation: rating groups: %w", err)
	}
	return rows, nil
}

// learnedFrom picks the closest group with enough ratings for a type and country.
func learnedFrom(groups []ratingGroup, contentType, country string) *learnedStats {
	var all, typ, exact [2]int
	for _, r := range groups {
		all[0] += r.N
		all[1] += r.Total
		if r.ContentType == contentType {
			typ[0] += r.N
			typ[1] += r.Total
			if r.TargetCountry == country {
				exact[0] += r.N
				exact[1] += r.Total
			}
		}
	}
	st := &learnedStats{Rated: all[0]}
	switch {
	case exact[0] >= 3:
		st.Mean, st.Group = float64(exact[1])/float64(exact[0]), "type_country"
	case typ[0] >= 3:
		st.Mean, st.Group = float64(typ[1])/float64(typ[0]), "type"
	case all[0] > 0:
		st.Mean, st.Group = float64(all[1])/float64(all[0]), "all"
	}
	return st
}

// ---- attempts

type attemptRow struct {
	ID          int64 `gorm:"primaryKey"`
	WorkspaceID string
	ContentID   *string
	Generation  string
	Variant     int
	Provider    string
	Model       string
	LatencyMS   int `gorm:"column:latency_ms"`
	TokensIn    int
	TokensOut   int
	CostUSD     float64 `gorm:"column:cost_usd"`
	Status      int
	Error       string
	CreatedAt   time.Time
}

func (attemptRow) TableName() string { return "generation_attempts" }

func (s store) saveAttempts(ctx context.Context, workspaceID string, contentID *string, generation string, attempts []Attempt) error {
	if len(attempts) == 0 {
		return nil
	}
	rows := make([]attemptRow, len(attempts))
	for i, a := range attempts {
		rows[i] = attemptRow{WorkspaceID: workspaceID, ContentID: contentID, Generation: generation, Variant: a.Variant,
			Provider: a.Provider, Model: a.Model, LatencyMS: a.LatencyMS, TokensIn: a.TokensIn, TokensOut: a.TokensOut,
			CostUSD: a.CostUSD, Status: a.Status, Error: a.Error}
	}
	if err := s.with(ctx).Create(&rows).Error; err != nil {
		return fmt.Errorf("generation: save attempts: %w", err)
	}
	return nil
}

func (s store) attempts(ctx context.Context, workspaceID, contentID string) ([]Attempt, error) {
	var rows []attemptRow
	if err := s.with(ctx).Where("workspace_id = ? AND content_id = ?", workspaceID, contentID).Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("generation: attempts: %w", err)
	}
	out := make([]Attempt, len(rows))
	for i, r := range rows {
		out[i] = Attempt{Variant: r.Variant, Provider: r.Provider, Model: r.Model, LatencyMS: r.LatencyMS, TokensIn: r.TokensIn,
			TokensOut: r.TokensOut, CostUSD: r.CostUSD, Status: r.Status, Error: r.Error, CreatedAt: r.CreatedAt}
	}
	return out, nil
}

// ---- feedback

type feedbackRow struct {
	ID          int64 `gorm:"primaryKey"`
	WorkspaceID string
	ContentID   string
	UserID      *string
	Rating      int
	Comment     string
	CreatedAt   time.Time
}

func (feedbackRow) TableName() string { return "content_feedback" }

func (s store) addFeedback(ctx context.Context, workspaceID string, f *Feedback) error {
	row := feedbackRow{WorkspaceID: workspaceID, ContentID: f.ContentID, UserID: f.UserID, Rating: f.Rating, Comment: f.Comment}
	if err := s.with(ctx).Create(&row).Error; err != nil {
		return fmt.Errorf("generation: save feedback: %w", err)
	}
	f.ID, f.CreatedAt = row.ID, row.CreatedAt
	return nil
}

func (s store) feedback(ctx context.Context, workspaceID, contentID string) ([]Feedback, error) {
	var rows []feedbackRow
	if err := s.with(ctx).Where("workspace_id = ? AND content_id = ?", workspaceID, contentID).Order("id DESC").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("generation: feedback: %w", err)
	}
	out := make([]Feedback, len(rows))
	for i, r := range rows {
		out[i] = Feedback{ID: r.ID, ContentID: r.ContentID, UserID: r.UserID, Rating: r.Rating, Comment: r.Comment, CreatedAt: r.CreatedAt}
	}
	return out, nil
}

// ---- outbox

type eventRow struct {
	ID          int64 `gorm:"primaryKey"`
	WorkspaceID string
	Kind        string
	SubjectID   string
	Payload     map[string]any `gorm:"serializer:json;type:jsonb"`
	CreatedAt   time.Time
}

func (eventRow) TableName() string { return "outbox_events" }

func (s store) emit(ctx context.Context, workspaceID, kind, subject string, payload map[string]any) error {
	if payload == nil {
		payload = map[string]any{}
	}
	row := eventRow{WorkspaceID: workspaceID, Kind: kind, SubjectID: subject, Payload: payload}
	if err := s.with(ctx).Create(&row).Error; err != nil {
		return fmt.Errorf("generation: outbox %s: %w", kind, err)
	}
	return nil
}

// ---- brand voices

type voiceRow struct {
	ID           string `gorm:"primaryKey;default:gen_random_uuid()"`
	WorkspaceID  string
	Name         string
	Description  string
	ToneWords    []string `gorm:"serializer:json;type:jsonb"`
	WordsToUse   []string `gorm:"serializer:json;type:jsonb"`
	WordsToAvoid []string `gorm:"serializer:json;type:jsonb"`
	SampleCopy   string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

func (voiceRow) TableName() string { return "brand_voices" }

func (r voiceRow) voice() BrandVoice {
	return BrandVoice{ID: r.ID, WorkspaceID: r.WorkspaceID, Name: r.Name, Description: r.Description, ToneWords: r.ToneWords,
		WordsToUse: r.WordsToUse, WordsToAvoid: r.WordsToAvoid, SampleCopy: r.SampleCopy, CreatedAt: r.CreatedAt, UpdatedAt: r.UpdatedAt}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (s store) saveVoice(ctx context.Context, v *BrandVoice) error {
	row := voiceRow{ID: v.ID, WorkspaceID: v.WorkspaceID, Name: v.Name, Description: v.Description,
		ToneWords: nonNil(v.ToneWords), WordsToUse: nonNil(v.WordsToUse), WordsToAvoid: nonNil(v.WordsToAvoid), SampleCopy: v.SampleCopy}
	if v.ID == "" {
		if err := s.with(ctx).Create(&row).Error; err != nil {
			return fmt.Errorf("generation: create brand voice: %w", err)
		}
		*v = row.voice()
		return nil
	}
	row.UpdatedAt = time.Now().UTC()
	res := s.with(ctx).Model(&voiceRow{}).Where("workspace_id = ? AND id = ?", v.WorkspaceID, v.ID).
		Select("name", "description", "tone_words", "words_to_use", "words_to_avoid", "sample_copy", "updated_at").Updates(&row)
	if res.Error != nil {
		return fmt.Errorf("generation: update brand voice: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("generation: brand voice %s: %w", v.ID, apperr.ErrNotFound)
	}
	return nil
}

func (s store) voice(ctx context.Context, workspaceID, id string) (BrandVoice, error) {
	if !isUUID(id) {
		return BrandVoice{}, fmt.Errorf("generation: brand voice %q: %w", id, apperr.ErrNotFound)
	}
	var row voiceRow
	if err := s.with(ctx).Where("workspace_id = ? AND id = ?", workspaceID, id).Take(&row).Error; err != nil {
		return BrandVoice{}, notFound(err, "brand voice "+id)
	}
	return row.voice(), nil
}

func (s store) voices(ctx context.Context, workspaceID string) ([]BrandVoice, error) {
	var rows []voiceRow
	if err := s.with(ctx).Where("workspace_id = ?", workspaceID).Order("name").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("generation: brand voices: %w", err)
	}
	out := make([]BrandVoice, len(rows))
	for i, r := range rows {
		out[i] = r.voice()
	}
	return out, nil
}

func (s store) deleteVoice(ctx context.Context, workspaceID, id string) error {
	if !isUUID(id) {
		return fmt.Errorf("generation: brand voice %q: %w", id, apperr.ErrNotFound)
	}
	res := s.with(ctx).Where("workspace_id = ? AND id = ?", workspaceID, id).Delete(&voiceRow{})
	if res.Error != nil {
		return fmt.Errorf("generation: delete brand voice: %w", res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("generation: brand voice %s: %w", id, apperr.ErrNotFound)
	}
	return nil
}

// ---- workspace settings

type workspaceSettingsRow struct {
	WorkspaceID string `gorm:"primaryKey"`
	Provider    string
	UpdatedAt   time.Time
}

func (workspaceSettingsRow) TableName() string { return "workspace_generation_settings" }

func (s store) workspaceProvider(ctx context.Context, workspaceID string) (string, error) {
	var row workspaceSettingsRow
	err := s.with(ctx).Where("workspace_id = ?", workspaceID).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("generation: workspace settings: %w", err)
	}
	return row.Provider, nil
}

func (s store) setWorkspaceProvider(ctx context.Context, workspaceID, provider string) error {
	row := workspaceSettingsRow{WorkspaceID: workspaceID, Provider: provider, UpdatedAt: time.Now().UTC()}
	err := s.with(ctx).Clauses(clause.OnConflict{Columns: []clause.Column{{Name: "workspace_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"provider", "updated_at"})}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("generation: workspace settings: %w", err)
	}
	return nil
}
