package generation

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/frontierhq/frontier/app/admit"
	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/culture/lexicon"
	"github.com/frontierhq/frontier/modules/generation/builtin"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
	"github.com/frontierhq/frontier/modules/generation/llm"
)

// Chunk is streamed text of one variant. Reset discards what the variant streamed so far.
type Chunk struct {
	Variant int
	Text    string
	Reset   bool
}

// Caller is who asks for a generation.
type Caller struct {
	WorkspaceID string
	UserID      string
}

// Generate runs the whole pipeline for a brief and saves the result: validate, redact, build
// the prompt, generate (streaming to stream when not nil), restore, adapt and check, score,
// save with the attempts and an outbox event in one transaction. Invalid input returns
// *apperr.Validation and writes nothing.
func (s *Service) Generate(ctx context.Context, who Caller, b Brief, stream func(Chunk)) (Result, error) {
	b = normalize(b)
	profile, voice, err := s.validate(ctx, who.WorkspaceID, b)
	if err != nil {
		return Result{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, s.opts.GenerationTimeout)
	defer cancel()
	started := s.opts.Now()
	generation := uuid.NewString()

	spec, _ := contenttype.Lookup(b.ContentType, b.Channel)
	order, err := s.route(ctx, who.WorkspaceID, b)
	if err != nil {
		return Result{}, err
	}
	external := slices.ContainsFunc(order, func(name string) bool { return name != llm.ProviderBuiltin })
	in := promptInput{spec: spec, profile: profile, voice: voice}
	redacted := map[string]string{}
	if external {
		if in.brief, redacted, err = s.redactBrief(ctx, b); err != nil {
			return Result{}, err
		}
		if in.examples, err = s.cachedExamples(ctx, who.WorkspaceID, b.ContentType, b.Country); err != nil {
			return Result{}, err
		}
		if in.dates, err = s.datesNear(ctx, b); err != nil {
			return Result{}, err
		}
	} else {
		in.brief = b
	}
	learned, err := s.cachedLearned(ctx, who.WorkspaceID, b.ContentType, b.Country)
	if err != nil {
		return Result{}, err
	}

	chain := s.chain.Load()
	shared := &builtinDrafts{}
	results := make([]llm.Result, b.Variants)
	errs := make([]error, b.Variants)
	var streamMu sync.Mutex
	fanOut := func() {
		var wg sync.WaitGroup
		for i := range b.Variants {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// The template engine reads the brief, not a prompt: only models get one.
				var req llm.Request
				if external {
					in := in
					in.variant = i
					var err error
					if req, err = s.request(in); err != nil {
						errs[i] = err
						return
					}
				}
				vctx := withBuiltinJob(ctx, builtinJob{brief: builtinBrief(b), variant: i, shared: shared,
					opts: builtin.Options{Lang: builtinLang(profile), Formality: profile.FormalityFor(b.ContentType), Seed: seedOf(generation), Variants: b.Variants}})
				var onChunk llm.StreamFunc
				if stream != nil {
					onChunk = func(c llm.Chunk) {
						streamMu.Lock()
						defer streamMu.Unlock()
						stream(Chunk{Variant: i, Text: restore(c.Text, redacted), Reset: c.Reset})
					}
				}
				results[i], errs[i] = chain.Generate(vctx, order, req, onChunk)
			}()
		}
		wg.Wait()
	}
	if external {
		// A model provider answers over the network: let other requests work meanwhile.
		admit.Away(ctx, fanOut)
	} else {
		fanOut()
	}

	var attempts []Attempt
	for i, r := range results {
		for _, a := range r.Attempts {
			attempts = append(attempts, Attempt{Variant: i, Provider: a.Provider, Model: a.Model, LatencyMS: int(a.Latency.Milliseconds()),
				TokensIn: a.TokensIn, TokensOut: a.TokensOut, CostUSD: a.CostUSD, Status: a.Status, Error: a.Err})
		}
	}
	if err := errors.Join(errs...); err != nil {
		s.recordFailure(who, generation, attempts, err)
		if ctx.Err() != nil {
			return Result{}, fmt.Errorf("generation: %w", ctx.Err())
		}
		return Result{}, fmt.Errorf("%w: %w", ErrNoCopy, err)
	}

	variants := make([]Variant, b.Variants)
	for i, r := range results {
		v, extra, err := s.finish(ctx, b, profile, voice, learned, r, redacted, generation, i)
		if err != nil {
			return Result{}, err
		}
		attempts = append(attempts, extra...)
		variants[i] = v
	}
	best := 0
	for i, v := range variants {
		if v.Score > variants[best].Score {
			best = i
		}
	}
	chosen := variants[best]
	c := Content{WorkspaceID: who.WorkspaceID, Brief: b, Language: profile.Language(), LanguageVariant: profile.LanguageVariant,
		Text: chosen.Content, Variants: variants, Provider: chosen.Provider, Model: chosen.Model,
		LatencyMS: int(s.opts.Now().Sub(started).Milliseconds()), AttemptCount: len(attempts),
		Score: chosen.Score, Breakdown: chosen.Breakdown, Findings: chosen.Findings, Adaptations: chosen.Changes, Status: StatusGenerated}
	if who.UserID != "" {
		c.CreatedBy = &who.UserID
	}
	for _, a := range attempts {
		c.TokensIn += a.TokensIn
		c.TokensOut += a.TokensOut
		c.CostUSD += a.CostUSD
	}
	// The copy is paid for: save it even if the caller went away meanwhile.
	err = s.store.saveGeneration(context.WithoutCancel(ctx), &c, generation, attempts, EventContentGenerated, map[string]any{
		"content_type": b.ContentType, "country": b.Country, "provider": c.Provider, "model": c.Model,
		"variants": len(variants), "score": c.Score, "attempts": len(attempts), "latency_ms": c.LatencyMS,
		"tokens_in": c.TokensIn, "tokens_out": c.TokensOut, "cost_usd": c.CostUSD, "user_id": who.UserID,
	})
	if err != nil {
		return Result{}, err
	}
	s.searchQueued()
	return Result{Content: c, Attempts: attempts}, nil
}

// route decides the provider order: the request's provider, else the workspace's, else the
// default rule.
func (s *Service) route(ctx context.Context, workspaceID string, b Brief) ([]string, error) {
	override := b.Provider
	if override == "" {
		p, err := s.cachedProvider(ctx, workspaceID)
		if err != nil {
			return nil, err
		}
		if p == llm.ProviderBuiltin || slices.Contains(s.chain.Load().Configured(), p) {
			override = p // a workspace choice that is no longer configured falls back to the default
		}
	}
	order, err := llm.Route(b.ContentType, b.Country, llm.IsLongForm(b.ContentType), s.chain.Load().Configured(), override)
	if err != nil {
		return nil, apperr.Invalid(FieldProvider, "generation.error.provider_not_configured", "Provider", override)
	}
	return order, nil
}

func (s *Service) request(in promptInput) (llm.Request, error) {
	system, err := systemPrompt(in)
	if err != nil {
		return llm.Request{}, err
	}
	return llm.Request{System: system, Prompt: userPrompt(in)}, nil
}

// redactBrief replaces personal data in every free-text field with placeholders that are
// consistent across fields.
func (s *Service) redactBrief(ctx context.Context, b Brief) (Brief, map[string]string, error) {
	const sep = "\n\u241e\n"
	fields := []*string{&b.Prompt, &b.Product, &b.Audience, &b.Benefit, &b.Offer, &b.CTA}
	texts := make([]string, len(fields))
	for i, f := range fields {
		texts[i] = *f
	}
	redacted, values, err := s.opts.Redactor.Redact(ctx, strings.Join(texts, sep))
	if err != nil {
		return Brief{}, nil, fmt.Errorf("generation: redact: %w", err)
	}
	parts := strings.Split(redacted, sep)
	if len(parts) != len(fields) {
		return Brief{}, nil, errors.New("generation: redact: the redactor changed the field separators")
	}
	for i, f := range fields {
		*f = parts[i]
	}
	return b, values, nil
}

// datesNear lists the commercial dates from a week before the campaign date (or today).
func (s *Service) datesNear(ctx context.Context, b Brief) ([]CommercialDate, error) {
	from := s.opts.Now().UTC()
	if b.CampaignDate != nil {
		from = b.CampaignDate.AddDate(0, 0, -7)
	}
	from = time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
	key := b.Country + from.Format("/2006-01-02")
	if dates, ok := s.dates.get(key); ok {
		return dates, nil
	}
	dates, err := s.culture.NextDates(ctx, b.Country, from, 6)
	if err != nil {
		return nil, err
	}
	limit := from.AddDate(0, 2, 0)
	dates = slices.DeleteFunc(dates, func(d CommercialDate) bool { return d.Date.After(limit) || d.Kind == "observance" })
	s.dates.put(key, dates)
	return dates, nil
}

// finish turns a provider's answer into a checked, scored variant. An answer that cannot be
// read as the content type is replaced by the template engine's, recorded as a failed attempt.
func (s *Service) finish(ctx context.Context, b Brief, profile Profile, voice *BrandVoice, learned *learnedStats,
	r llm.Result, redacted map[string]string, generation string, variant int) (Variant, []Attempt, error) {
	var extra []Attempt
	provider, model := r.Provider, r.Model
	answer := restore(r.Text, redacted)
	content, err := contenttype.ParseChannel(b.ContentType, b.Channel, answer)
	if spec, _ := contenttype.Lookup(b.ContentType, b.Channel); err != nil && len(spec.Parts) == 1 && strings.TrimSpace(answer) != "" {
		// A one-part type (sms) answered without its label: the whole answer is the part.
		content, err = contenttype.Content{Type: b.ContentType, Channel: b.Channel,
			Parts: []contenttype.Part{{Name: spec.Parts[0].Name, Text: strings.TrimSpace(answer)}}}, nil
	}
	if err != nil {
		extra = append(extra, Attempt{Variant: variant, Provider: provider, Model: model, Error: "unreadable answer: " + err.Error()})
		drafts, berr := builtin.Generate(builtinBrief(b), builtin.Options{Lang: builtinLang(profile), Seed: seedOf(generation), Variants: variant + 1})
		if berr != nil {
			return Variant{}, nil, fmt.Errorf("generation: template engine: %w", berr)
		}
		content, provider, model = drafts[variant].Content, llm.ProviderBuiltin, BuiltinModel
		extra = append(extra, Attempt{Variant: variant, Provider: provider, Model: model})
	}
	formality := profile.FormalityFor(b.ContentType)
	changes, err := s.adaptParts(ctx, &content, b.Country, formality)
	if err != nil {
		return Variant{}, nil, err
	}
	content, violations := contenttype.Enforce(content)
	text := content.Format()
	found, err := s.culture.Check(ctx, text, b.Country, formality)
	if err != nil {
		return Variant{}, nil, fmt.Errorf("generation: check: %w", err)
	}
	findings := convertFindings(found)
	if voice != nil {
		findings = append(findings, voiceFindings(text, *voice)...)
		slices.SortStableFunc(findings, func(a, b Finding) int { return a.Start - b.Start })
	}
	breakdown := score(scoreInput{content: content, text: text, lang: profile.Language(), length: b.Length,
		violations: violations, findings: findings, briefCTA: b.CTA, voice: voice, learned: learned})
	v := Variant{Content: text, Score: breakdown.Total(), Breakdown: breakdown, Findings: findings, Changes: changes,
		Provider: provider, Model: model}
	if v.Changes == nil {
		v.Changes = []Adaptation{}
	}
	for _, p := range content.Parts {
		v.Parts = append(v.Parts, VariantPart{Name: p.Name, Text: p.Text})
	}
	for _, viol := range violations {
		v.Limits = append(v.Limits, LimitReport{Kind: viol.Kind, Part: viol.Part, Limit: viol.Limit, Got: viol.Got, Fixed: viol.Fixed})
	}
	for _, a := range r.Attempts {
		v.Usage.LatencyMS += int(a.Latency.Milliseconds())
		v.Usage.TokensIn += a.TokensIn
		v.Usage.TokensOut += a.TokensOut
		v.Usage.CostUSD += a.CostUSD
	}
	return v, extra, nil
}

// partSeparator joins the parts of a content for the adapter: a line of its own that no copy
// contains and that reads as a sentence boundary.
const partSeparator = "\n\n⁂\n\n"

// adaptParts adapts all the parts of a content together, so the form of address that the
// whole copy makes certain (a "para vos" in the body) decides the ambiguous words of a short
// part ("Descubre lo nuevo" in a headline). Should the adapter touch the separators, each part
// is adapted on its own instead.
func (s *Service) adaptParts(ctx context.Context, content *contenttype.Content, country, formality string) ([]Adaptation, error) {
	texts := make([]string, len(content.Parts))
	for i, p := range content.Parts {
		texts[i] = p.Text
	}
	adapted, cs, err := s.culture.Adapt(ctx, strings.Join(texts, partSeparator), country, "", formality)
	if err != nil {
		return nil, fmt.Errorf("generation: adapt: %w", err)
	}
	parts := strings.Split(adapted, partSeparator)
	if len(parts) != len(texts) {
		cs = nil
		for i, text := range texts {
			out, partChanges, err := s.culture.Adapt(ctx, text, country, "", formality)
			if err != nil {
				return nil, fmt.Errorf("generation: adapt: %w", err)
			}
			parts[i] = out
			cs = append(cs, partChanges...)
		}
	}
	changes := make([]Adaptation, 0, len(cs))
	for i := range content.Parts {
		content.Parts[i].Text = parts[i]
	}
	for _, c := range cs {
		changes = append(changes, Adaptation{Kind: c.Rule, From: c.From, To: c.To})
	}
	return changes, nil
}

func convertFindings(found []lexicon.Finding) []Finding {
	out := make([]Finding, 0, len(found))
	for _, f := range found {
		sug := f.Suggestions
		if sug == nil {
			sug = []string{}
		}
		out = append(out, Finding{Rule: f.Rule, Severity: string(f.Severity), Start: f.Start, End: f.End, Excerpt: f.Excerpt,
			MessageID: f.MessageID, MessageArgs: f.MessageArgs, Suggestions: sug})
	}
	return out
}

// voiceFindings flags the brand voice's words to avoid.
func voiceFindings(text string, v BrandVoice) []Finding {
	lower := strings.ToLower(text)
	runes := []rune(text)
	var out []Finding
	for _, w := range v.WordsToAvoid {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" || utf8.RuneCountInString(w) != len([]rune(w)) {
			continue
		}
		for _, loc := range findWord(lower, w) {
			if loc[1] > len(runes) {
				continue
			}
			out = append(out, Finding{Rule: "brand.avoid", Severity: string(lexicon.SeverityWarning), Start: loc[0], End: loc[1],
				Excerpt: string(runes[loc[0]:loc[1]]), MessageID: "generation.finding.brand_avoid",
				MessageArgs: map[string]any{"Word": string(runes[loc[0]:loc[1]]), "Brand": v.Name}, Suggestions: []string{}})
		}
	}
	return out
}

// recordFailure keeps the attempts of a generation that produced nothing, with an event.
func (s *Service) recordFailure(who Caller, generation string, attempts []Attempt, cause error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := s.store.inTx(ctx, func(tx store) error {
		if err := tx.saveAttempts(ctx, who.WorkspaceID, nil, generation, attempts); err != nil {
			return err
		}
		return tx.emit(ctx, who.WorkspaceID, EventGenerationFailed, generation, map[string]any{"error": cause.Error(), "attempts": len(attempts)})
	})
	if err != nil {
		s.log.Error("recording a failed generation", "generation", generation, "err", err)
	}
}

func builtinBrief(b Brief) builtin.Brief {
	bb := builtin.Brief{Prompt: b.Prompt, ContentType: b.ContentType, Channel: b.Channel, Industry: b.Industry, Tone: b.Tone,
		Length: b.Length, Country: b.Country, Product: b.Product, Audience: b.Audience, Benefit: b.Benefit, Offer: b.Offer, CTA: b.CTA}
	if b.CampaignDate != nil {
		bb.CampaignDate = *b.CampaignDate
	}
	return bb
}

func builtinLang(p Profile) string {
	if p.Language() == "pt" {
		return builtin.Portuguese
	}
	return builtin.Spanish
}

func seedOf(generation string) int64 {
	h := fnv.New64a()
	h.Write([]byte(generation))
	return int64(h.Sum64() >> 1)
}
