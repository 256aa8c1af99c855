package generation

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

func TestOpenAIFailingFirstCallsFallsBackAndRecordsEveryAttempt(t *testing.T) {
	fake := llmtest.NewOpenAI(t)
	fake.Reply = llmtest.Reply{Chunks: []string{"BODY:\n¡Corre más lejos con nuestras zapatillas Vuela! ", "Compra ahora con 20% de descuento."}, TokensIn: 120, TokensOut: 30}
	ts := newTestService(t, map[string]string{"OPENAI_API_KEY": llmtest.DefaultAPIKey, "OPENAI_BASE_URL": fake.OpenAIBaseURL(), "OPENAI_MODEL": "gpt-4o"})
	ctx := context.Background()
	brief := Brief{Prompt: "Zapatillas para correr, escríbenos a ventas@vuela.mx o al +52 55 1234 5678", ContentType: "whatsapp",
		Country: "MX", Tone: "friendly", Provider: "openai"}

	// Three failures exhaust openai's retries: the template engine writes the copy.
	fake.Enqueue(llmtest.FaultServerError, llmtest.FaultServerError, llmtest.FaultServerError)
	var streamed []Chunk
	res, err := ts.Generate(ctx, ts.caller(), brief, func(c Chunk) { streamed = append(streamed, c) })
	if err != nil {
		t.Fatal(err)
	}
	if res.Content.Provider != "builtin" || res.Content.Text == "" {
		t.Fatalf("provider %q text %q, want builtin copy", res.Content.Provider, res.Content.Text)
	}
	if len(res.Attempts) != 4 || res.Attempts[0].Status != 500 || res.Attempts[3].Provider != "builtin" || res.Attempts[3].Error != "" {
		t.Fatalf("attempts: %+v", res.Attempts)
	}
	if n := count(t, ts.db, "generation_attempts"); n != 4 {
		t.Errorf("%d attempts stored, want 4", n)
	}
	if len(streamed) == 0 {
		t.Error("nothing streamed")
	}

	// One failure, then the retry answers: openai's copy is kept, the contact data restored.
	fake.Reply = llmtest.Reply{Chunks: []string{"BODY:\nEscríbenos a [EMAIL_1] o llama al [PHONE_1]. ", "¡Compra ahora!"}, TokensIn: 100, TokensOut: 20}
	fake.Enqueue(llmtest.FaultRateLimit)
	fake.RetryAfter = "0"
	res, err = ts.Generate(ctx, ts.caller(), brief, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := res.Content
	if c.Provider != "openai" || c.Model != "gpt-4o" || c.TokensIn != 100 || c.CostUSD <= 0 || c.AttemptCount != 2 {
		t.Fatalf("content: provider %q model %q tokens %d cost %v attempts %d", c.Provider, c.Model, c.TokensIn, c.CostUSD, c.AttemptCount)
	}
	if !strings.Contains(c.Text, "ventas@vuela.mx") || !strings.Contains(c.Text, "+52 55 1234 5678") {
		t.Errorf("contact data not restored: %q", c.Text)
	}
	for _, r := range fake.Requests() {
		if strings.Contains(string(r.Raw), "ventas@vuela.mx") || strings.Contains(string(r.Raw), "1234 5678") {
			t.Fatalf("personal data reached the provider: %s", r.Raw)
		}
	}
}

func TestEveryProviderSpeaksItsProtocol(t *testing.T) {
	tests := []struct {
		name string
		fake func(testing.TB) *llmtest.Server
		env  func(*llmtest.Server) map[string]string
	}{
		{"openai", llmtest.NewOpenAI, func(s *llmtest.Server) map[string]string {
			return map[string]string{"OPENAI_API_KEY": llmtest.DefaultAPIKey, "OPENAI_BASE_URL": s.OpenAIBaseURL()}
		}},
		{"anthropic", llmtest.NewAnthropic, func(s *llmtest.Server) map[string]string {
			return map[string]string{"ANTHROPIC_API_KEY": llmtest.DefaultAPIKey, "ANTHROPIC_BASE_URL": s.URL}
		}},
		{"ollama", llmtest.NewOllama, func(s *llmtest.Server) map[string]string { return map[string]string{"OLLAMA_HOST": s.URL} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := tt.fake(t)
			fake.Reply = llmtest.Reply{Chunks: []string{"BODY:\n¡Hola, Bogotá! ", "Descubre el nuevo café de origen."}, TokensIn: 50, TokensOut: 12}
			ts := newTestService(t, tt.env(fake))
			var streamed strings.Builder
			res, err := ts.Generate(context.Background(), ts.caller(), Brief{Prompt: "Café de origen colombiano", ContentType: "sms",
				Country: "CO", Provider: tt.name}, func(c Chunk) { streamed.WriteString(c.Text) })
			if err != nil {
				t.Fatal(err)
			}
			if res.Content.Provider != tt.name || !strings.Contains(res.Content.Text, "Descubre el nuevo café") {
				t.Fatalf("provider %q text %q", res.Content.Provider, res.Content.Text)
			}
			if !strings.Contains(streamed.String(), "Descubre el nuevo café") {
				t.Errorf("stream %q", streamed.String())
			}
			if len(fake.Requests()) != 1 {
				t.Errorf("%d requests", len(fake.Requests()))
			}
		})
	}
}

func TestInvalidBriefWritesNothing(t *testing.T) {
	ts := newTestService(t, nil)
	_, err := ts.Generate(context.Background(), ts.caller(), Brief{Prompt: " ", ContentType: "poster", Country: "XX", Tone: "angry", Variants: 9, BrandID: "nope"}, nil)
	v, ok := apperr.AsValidation(err)
	if !ok {
		t.Fatalf("err = %v, want a validation error", err)
	}
	for _, f := range []string{FieldPrompt, FieldType, FieldCountry, FieldTone, FieldVariants, FieldBrand} {
		if !v.Has(f) {
			t.Errorf("no error for %s: %v", f, v)
		}
	}
	for _, table := range []string{"contents", "generation_attempts", "outbox_events"} {
		if n := count(t, ts.db, table); n != 0 {
			t.Errorf("%s has %d rows after invalid input", table, n)
		}
	}
	_, err = ts.Generate(context.Background(), ts.caller(), Brief{Prompt: "x", ContentType: "sms", Country: "MX", Provider: "openai"}, nil)
	if v, ok := apperr.AsValidation(err); !ok || !v.Has(FieldProvider) {
		t.Errorf("an unconfigured provider: %v", err)
	}
}

func TestVariantsFeedbackLearningAndIsolation(t *testing.T) {
	ts := newTestService(t, nil)
	ctx := context.Background()
	res, err := ts.Generate(ctx, ts.caller(), Brief{Prompt: "Tênis de corrida leves", ContentType: "meta_ad", Country: "BR", Variants: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := res.Content
	if len(c.Variants) != 3 || c.Variants[0].Content == c.Variants[1].Content {
		t.Fatalf("variants: %d, distinct=%v", len(c.Variants), len(c.Variants) > 1 && c.Variants[0].Content != c.Variants[1].Content)
	}
	for _, v := range c.Variants {
		if v.Score > c.Score {
			t.Errorf("the chosen variant scores %d, another %d", c.Score, v.Score)
		}
	}
	if _, err := ts.Rate(ctx, ts.caller(), c.ID, 6, ""); err == nil {
		t.Error("rating 6 accepted")
	}
	if _, err := ts.Rate(ctx, ts.caller(), c.ID, 5, "Ótimo"); err != nil {
		t.Fatal(err)
	}
	got, err := ts.Content(ctx, ts.workspaceID, c.ID)
	if err != nil || got.Rating == nil || *got.Rating != 5 {
		t.Fatalf("rating not kept: %v %v", got.Rating, err)
	}

	// Another workspace sees nothing of it.
	_, other := createWorkspace(t, ts.db, "other@example.com", "Pampa Foods")
	if _, err := ts.Content(ctx, other, c.ID); !errors.Is(err, apperr.ErrNotFound) {
		t.Errorf("content from another workspace: %v", err)
	}
	if _, err := ts.Rate(ctx, Caller{WorkspaceID: other}, c.ID, 3, ""); !errors.Is(err, apperr.ErrNotFound) {
		t.Errorf("rating from another workspace: %v", err)
	}
	if err := ts.Delete(ctx, Caller{WorkspaceID: other}, c.ID); !errors.Is(err, apperr.ErrNotFound) {
		t.Errorf("delete from another workspace: %v", err)
	}

	// Enough ratings turn the learned component on.
	for range learnedMinRated {
		r, err := ts.Generate(ctx, ts.caller(), Brief{Prompt: "Tênis de corrida leves", ContentType: "meta_ad", Country: "BR"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ts.Rate(ctx, ts.caller(), r.Content.ID, 4, ""); err != nil {
			t.Fatal(err)
		}
	}
	r, err := ts.Generate(ctx, ts.caller(), Brief{Prompt: "Tênis de corrida leves", ContentType: "meta_ad", Country: "BR"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	learned, ok := r.Content.Breakdown["learned"]
	if !ok || learned.Score < 75 || learned.Score > 80 {
		t.Errorf("learned component: %+v (ok=%v)", learned, ok)
	}
}

func TestLibrarySearchStemsSpanishAndPortuguese(t *testing.T) {
	ts := newTestService(t, nil)
	ctx := context.Background()
	mk := func(country, prompt, product string) string {
		r, err := ts.Generate(ctx, ts.caller(), Brief{Prompt: prompt, Product: product, ContentType: "sms", Country: country, Provider: "builtin"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r.Content.ID
	}
	es := mk("MX", "Promoción de zapatilla deportiva", "zapatilla Vuela")
	pt := mk("BR", "Promoção de camisetas de algodão", "camisetas Brisa")
	tests := []struct {
		query string
		want  []string
	}{
		{"zapatillas", []string{es}},
		{"camiseta", []string{pt}},
		{"promoción", []string{es}},
		{"bicicleta", nil},
	}
	for _, tt := range tests {
		items, total, err := ts.Contents(ctx, ts.workspaceID, ContentFilter{Query: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, it := range items {
			ids = append(ids, it.ID)
		}
		if strings.Join(ids, ",") != strings.Join(tt.want, ",") || int(total) != len(tt.want) {
			t.Errorf("search %q = %v (total %d), want %v", tt.query, ids, total, tt.want)
		}
	}
	items, _, err := ts.Contents(ctx, ts.workspaceID, ContentFilter{Country: "br", Provider: "builtin"})
	if err != nil || len(items) != 1 || items[0].ID != pt {
		t.Errorf("filter by country: %v %v", items, err)
	}
}

func TestProviderSettingsKeepKeysSealed(t *testing.T) {
	fake := llmtest.NewOpenAI(t)
	ts := newTestService(t, nil)
	ctx := context.Background()
	if err := ts.SaveProvider(ctx, ts.userID, ProviderUpdate{Name: "openai", Enabled: true, BaseURL: "not a url", Temperature: 3}); err == nil {
		t.Fatal("bad settings accepted")
	}
	if n := count(t, ts.db, "provider_settings"); n != 0 {
		t.Fatalf("bad settings stored %d rows", n)
	}
	err := ts.SaveProvider(ctx, ts.userID, ProviderUpdate{Name: "openai", Enabled: true, BaseURL: fake.OpenAIBaseURL(), APIKey: llmtest.DefaultAPIKey,
		Model: "gpt-4o-mini", Temperature: 0.5, MaxTokens: 300, TimeoutSec: 20})
	if err != nil {
		t.Fatal(err)
	}
	var sealed []byte
	ts.db.Raw(`SELECT api_key_sealed FROM provider_settings WHERE name = 'openai'`).Scan(&sealed)
	if len(sealed) == 0 || strings.Contains(string(sealed), llmtest.DefaultAPIKey) {
		t.Fatalf("key stored as %q", sealed)
	}
	settings, err := ts.Providers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !settings[0].Active || !settings[0].KeySet || settings[0].Model != "gpt-4o-mini" {
		t.Fatalf("openai settings: %+v", settings[0])
	}
	if got := ts.Configured(); strings.Join(got, ",") != "openai,builtin" {
		t.Fatalf("configured %v", got)
	}
	res, err := ts.Generate(ctx, ts.caller(), Brief{Prompt: "Hola", ContentType: "sms", Country: "MX", Provider: "openai"}, nil)
	if err != nil || res.Content.Provider != "openai" || res.Content.Model != "gpt-4o-mini" {
		t.Fatalf("generate with saved settings: %v %+v", err, res.Content)
	}
	// Saving without a key keeps it; clearing it disables the provider.
	if err := ts.SaveProvider(ctx, ts.userID, ProviderUpdate{Name: "openai", Enabled: true, BaseURL: fake.OpenAIBaseURL(), Model: "gpt-4o"}); err != nil {
		t.Fatal(err)
	}
	if got := ts.Configured(); got[0] != "openai" {
		t.Fatalf("key lost on save: %v", got)
	}
	if err := ts.SaveProvider(ctx, ts.userID, ProviderUpdate{Name: "openai", Enabled: true, ClearKey: true}); err != nil {
		t.Fatal(err)
	}
	if got := ts.Configured(); strings.Join(got, ",") != llm.ProviderBuiltin {
		t.Fatalf("configured after clearing the key: %v", got)
	}
	// A different secret cannot open the key.
	other, err := newSealer([]byte("another-secret-0123456789-abcdefgh"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.open("openai", sealed); err == nil {
		t.Error("a key opened under another secret")
	}
}

func TestBrandVoiceGoesIntoPromptAndIsChecked(t *testing.T) {
	fake := llmtest.NewOpenAI(t)
	fake.Reply = llmtest.Reply{Chunks: []string{"BODY:\nUn café barato y rico. Pide el tuyo hoy."}}
	ts := newTestService(t, map[string]string{"OPENAI_API_KEY": llmtest.DefaultAPIKey, "OPENAI_BASE_URL": fake.OpenAIBaseURL()})
	ctx := context.Background()
	v := BrandVoice{WorkspaceID: ts.workspaceID, Name: "Andino", Description: "Cercana y cálida.", WordsToUse: SplitWords("origen, cosecha"),
		WordsToAvoid: SplitWords("barato")}
	if err := ts.SaveBrandVoice(ctx, &v); err != nil {
		t.Fatal(err)
	}
	res, err := ts.Generate(ctx, ts.caller(), Brief{Prompt: "Café de origen", ContentType: "sms", Country: "PE", Provider: "openai", BrandID: v.ID}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw := string(fake.Requests()[0].Raw)
	if !strings.Contains(raw, "Never use: barato") || !strings.Contains(raw, "Words to use: origen, cosecha") {
		t.Errorf("brand voice missing from the prompt: %s", raw)
	}
	found := false
	for _, f := range res.Content.Findings {
		found = found || (f.Rule == "brand.avoid" && f.Excerpt == "barato")
	}
	if !found || res.Content.Breakdown["brand_voice"].Score != 55 {
		t.Errorf("findings %+v, brand voice component %+v", res.Content.Findings, res.Content.Breakdown["brand_voice"])
	}
}

func TestWorkspaceRoutingOverridesTheDefaultAndTheRequestOverridesBoth(t *testing.T) {
	fake := llmtest.NewOpenAI(t)
	fake.Reply = llmtest.Reply{Chunks: []string{"BODY:\n¡Hola desde OpenAI! Compra ahora."}}
	ts := newTestService(t, map[string]string{"OPENAI_API_KEY": llmtest.DefaultAPIKey, "OPENAI_BASE_URL": fake.OpenAIBaseURL()})
	ctx := context.Background()
	brief := Brief{Prompt: "Promoción", ContentType: "sms", Country: "CL"}
	provider := func(b Brief) string {
		t.Helper()
		res, err := ts.Generate(ctx, ts.caller(), b, nil)
		if err != nil {
			t.Fatal(err)
		}
		return res.Content.Provider
	}
	if got := provider(brief); got != "openai" {
		t.Errorf("default route: %s", got)
	}
	if err := ts.SetWorkspaceProvider(ctx, ts.workspaceID, "builtin"); err != nil {
		t.Fatal(err)
	}
	if got := provider(brief); got != "builtin" {
		t.Errorf("workspace routing: %s", got)
	}
	brief.Provider = "openai"
	if got := provider(brief); got != "openai" {
		t.Errorf("request override: %s", got)
	}
	if err := ts.SetWorkspaceProvider(ctx, ts.workspaceID, "gemini"); err == nil {
		t.Error("an unknown provider accepted")
	}
}
