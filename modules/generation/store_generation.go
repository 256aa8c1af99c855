package generation

import (
	"context"
	"encoding/json"
	"fmt"
)

// saveGeneration writes a content, its attempts and its outbox event, and queues the content for
// the search index, in one statement: a single round trip that commits all of it or nothing.
func (s store) saveGeneration(ctx context.Context, c *Content, generation string, attempts []Attempt, eventKind string, payload map[string]any) error {
	row := rowOf(*c)
	type attemptJSON struct {
		Variant   int     `json:"variant"`
		Provider  string  `json:"provider"`
		Model     string  `json:"model"`
		LatencyMS int     `json:"latency_ms"`
		TokensIn  int     `json:"tokens_in"`
		TokensOut int     `json:"tokens_out"`
		CostUSD   float64 `json:"cost_usd"`
		Status    int     `json:"status"`
		Error     string  `json:"error"`
	}
	list := make([]attemptJSON, len(attempts))
	for i, a := range attempts {
		list[i] = attemptJSON{a.Variant, a.Provider, a.Model, a.LatencyMS, a.TokensIn, a.TokensOut, a.CostUSD, a.Status, a.Error}
	}
	// The JSON goes to Postgres as the bytes Marshal wrote: pgx sends []byte to a jsonb
	// parameter as is.
	var jsons [6][]byte
	var err error
	for i, v := range []any{row.Variants, row.ScoreBreakdown, row.Findings, row.Adaptations, list, payload} {
		if jsons[i], err = json.Marshal(v); err != nil {
			return fmt.Errorf("generation: save: %w", err)
		}
	}
	const query = `
WITH c AS (
    INSERT INTO contents (workspace_id, created_by, prompt, content_type, channel, target_country, target_industry, tone, length,
        product, audience, benefit, offer, cta, campaign_date, brand_voice_id, language, language_variant, final_text, variants,
        provider, model, latency_ms, tokens_in, tokens_out, cost_usd, attempt_count, score, score_breakdown, findings, adaptations, status)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20::jsonb, $21, $22, $23, $24, $25, $26, $27, $28, $29::jsonb, $30::jsonb, $31::jsonb, $32)
    RETURNING id, created_at, updated_at
), a AS (
    INSERT INTO generation_attempts (workspace_id, content_id, generation, variant, provider, model, latency_ms, tokens_in, tokens_out, cost_usd, status, error)
    SELECT $33, c.id, $34, x.variant, x.provider, x.model, x.latency_ms, x.tokens_in, x.tokens_out, x.cost_usd, x.status, x.error
    FROM c, jsonb_to_recordset($35::jsonb) AS x(variant int, provider text, model text, latency_ms int, tokens_in int, tokens_out int,
        cost_usd numeric, status int, error text)
), e AS (
    INSERT INTO outbox_events (workspace_id, kind, subject_id, payload)
    SELECT $36, $37, c.id::text, $38::jsonb FROM c
), q AS (
    INSERT INTO content_search_queue (content_id) SELECT id FROM c
)
SELECT id, created_at, updated_at FROM c`
	r := row
	// A generation's one write goes straight to the connection (or the caller's transaction),
	// without gorm's statement building.
	err = s.with(ctx).Statement.ConnPool.QueryRowContext(ctx, query,
		r.WorkspaceID, r.CreatedBy, r.Prompt, r.ContentType, r.Channel, r.TargetCountry, r.TargetIndustry, r.Tone, r.Length,
		r.Product, r.Audience, r.Benefit, r.Offer, r.CTA, r.CampaignDate, r.BrandVoiceID, r.Language, r.LanguageVariant, r.FinalText, jsons[0],
		r.Provider, r.Model, r.LatencyMS, r.TokensIn, r.TokensOut, r.CostUSD, r.AttemptCount, r.Score, jsons[1], jsons[2], jsons[3], r.Status,
		r.WorkspaceID, generation, jsons[4],
		r.WorkspaceID, eventKind, jsons[5],
	).Scan(&c.ID, &c.CreatedAt, &c.UpdatedAt)
	if err != nil {
		return fmt.Errorf("generation: save content: %w", err)
	}
	return nil
}
