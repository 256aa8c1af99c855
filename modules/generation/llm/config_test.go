package llm_test

import (
	"math"
	"testing"

	"github.com/frontierhq/frontier/modules/generation/llm"
)

func TestConfigFromEnv(t *testing.T) {
	cases := []struct {
		name string
		env  map[string]string
		want []llm.Config
	}{
		{name: "nothing set", env: map[string]string{}, want: nil},
		{name: "model without key is not a provider", env: map[string]string{"OPENAI_MODEL": "gpt-4.1"}, want: nil},
		{
			name: "all three with defaults",
			env:  map[string]string{"OPENAI_API_KEY": "sk-1", "ANTHROPIC_API_KEY": "ak-1", "OLLAMA_HOST": "gpu-box:11434"},
			want: []llm.Config{
				{Name: "openai", Kind: llm.KindOpenAI, APIKey: "sk-1", Model: "gpt-4o", PriceInPer1K: 0.0025, PriceOutPer1K: 0.01},
				{Name: "anthropic", Kind: llm.KindAnthropic, APIKey: "ak-1", Model: "claude-sonnet-4-5", PriceInPer1K: 0.003, PriceOutPer1K: 0.015},
				{Name: "ollama", Kind: llm.KindOllama, BaseURL: "gpu-box:11434", Model: "llama3.1:8b"},
			},
		},
		{
			name: "compatible server and chosen models",
			env: map[string]string{
				"OPENAI_API_KEY": " sk-2 ", "OPENAI_BASE_URL": "http://127.0.0.1:8000/v1", "OPENAI_MODEL": "gpt-4o-mini-2024-07-18",
				"ANTHROPIC_API_KEY": "ak-2", "ANTHROPIC_BASE_URL": "http://127.0.0.1:9000", "ANTHROPIC_MODEL": "claude-haiku-4-5",
				"OLLAMA_MODEL": "llama-latam:70b",
			},
			want: []llm.Config{
				{Name: "openai", Kind: llm.KindOpenAI, APIKey: "sk-2", BaseURL: "http://127.0.0.1:8000/v1", Model: "gpt-4o-mini-2024-07-18",
					PriceInPer1K: 0.00015, PriceOutPer1K: 0.0006},
				{Name: "anthropic", Kind: llm.KindAnthropic, APIKey: "ak-2", BaseURL: "http://127.0.0.1:9000", Model: "claude-haiku-4-5",
					PriceInPer1K: 0.001, PriceOutPer1K: 0.005},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := llm.ConfigFromEnv(func(k string) string { return tc.env[k] })
			if len(got) != len(tc.want) {
				t.Fatalf("got %d configs %+v, want %d", len(got), got, len(tc.want))
			}
			for i, want := range tc.want {
				want.Temperature, want.MaxTokens, want.Timeout = llm.DefaultTemperature, llm.DefaultMaxTokens, llm.DefaultTimeout
				if got[i] != want {
					t.Errorf("config %d = %+v\nwant %+v", i, got[i], want)
				}
			}
		})
	}
}

func TestConfiguredProvidersBuildFromEnv(t *testing.T) {
	env := map[string]string{"OPENAI_API_KEY": "k", "ANTHROPIC_API_KEY": "k", "OLLAMA_HOST": "127.0.0.1"}
	for _, cfg := range llm.ConfigFromEnv(func(k string) string { return env[k] }) {
		p, err := llm.NewProvider(cfg)
		if err != nil {
			t.Fatalf("NewProvider(%+v): %v", cfg, err)
		}
		if p.Name() != cfg.Name || p.Model() != cfg.Model {
			t.Errorf("provider %s/%s, want %s/%s", p.Name(), p.Model(), cfg.Name, cfg.Model)
		}
	}
}

func TestDefaultPrice(t *testing.T) {
	cases := []struct {
		kind   llm.Kind
		model  string
		want   llm.Price
		wantOK bool
	}{
		{llm.KindOpenAI, "gpt-4o", llm.Price{InPer1K: 0.0025, OutPer1K: 0.01}, true},
		{llm.KindOpenAI, "gpt-4o-2024-08-06", llm.Price{InPer1K: 0.0025, OutPer1K: 0.01}, true},
		{llm.KindOpenAI, "gpt-4o-mini-2024-07-18", llm.Price{InPer1K: 0.00015, OutPer1K: 0.0006}, true},
		{llm.KindAnthropic, "claude-sonnet-4-5-20250929", llm.Price{InPer1K: 0.003, OutPer1K: 0.015}, true},
		{llm.KindOllama, "llama3.1:70b", llm.Price{}, true},
		{llm.KindOpenAI, "mistral-large", llm.Price{}, false},
		{llm.KindOpenAI, "gpt-4ox", llm.Price{}, false},
	}
	for _, tc := range cases {
		got, ok := llm.DefaultPrice(tc.kind, tc.model)
		if got != tc.want || ok != tc.wantOK {
			t.Errorf("DefaultPrice(%s, %s) = %+v, %v; want %+v, %v", tc.kind, tc.model, got, ok, tc.want, tc.wantOK)
		}
	}
}

func TestPriceCost(t *testing.T) {
	p := llm.Price{InPer1K: 0.003, OutPer1K: 0.015}
	// 1,200 tokens in and 350 out on Claude Sonnet: 0.0036 + 0.00525.
	if got := p.Cost(1200, 350); math.Abs(got-0.00885) > 1e-12 {
		t.Errorf("Cost = %v, want 0.00885", got)
	}
	if got := (llm.Price{}).Cost(1000, 1000); got != 0 {
		t.Errorf("free model cost %v", got)
	}
}
