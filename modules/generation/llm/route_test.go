package llm_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/frontierhq/frontier/modules/generation/llm"
)

func TestRoute(t *testing.T) {
	all := []string{"openai", "anthropic", "ollama"}
	cases := []struct {
		name        string
		contentType string
		country     string
		longForm    bool
		configured  []string
		override    string
		want        []string
		wantErr     error
	}{
		{name: "social post to Claude", contentType: "social_post", country: "MX", configured: all,
			want: []string{"anthropic", "openai", "ollama", "builtin"}},
		{name: "google ads to Claude", contentType: "google_ads", configured: all,
			want: []string{"anthropic", "openai", "ollama", "builtin"}},
		{name: "meta ad to Claude even when long", contentType: "meta_ad", country: "AR", longForm: true, configured: all,
			want: []string{"anthropic", "openai", "ollama", "builtin"}},
		{name: "country long form to own model", contentType: "blog_intro", country: "CO", longForm: true, configured: all,
			want: []string{"ollama", "openai", "anthropic", "builtin"}},
		{name: "long form without country to GPT", contentType: "email", longForm: true, configured: all,
			want: []string{"openai", "anthropic", "ollama", "builtin"}},
		{name: "short form with country to GPT", contentType: "whatsapp", country: "BR", configured: all,
			want: []string{"openai", "anthropic", "ollama", "builtin"}},
		{name: "preferred not configured falls back", contentType: "social_post", configured: []string{"openai"},
			want: []string{"openai", "builtin"}},
		{name: "own model missing", contentType: "landing_hero", country: "PE", longForm: true, configured: []string{"anthropic", "openai"},
			want: []string{"anthropic", "openai", "builtin"}},
		{name: "nothing configured", contentType: "social_post", want: []string{"builtin"}},
		{name: "override wins", contentType: "social_post", configured: all, override: "ollama",
			want: []string{"ollama", "openai", "anthropic", "builtin"}},
		{name: "override to builtin", contentType: "email", configured: all, override: "builtin",
			want: []string{"builtin"}},
		{name: "override to a custom name", contentType: "email", configured: []string{"openai", "vllm-latam"}, override: "vllm-latam",
			want: []string{"vllm-latam", "openai", "builtin"}},
		{name: "override not configured", contentType: "email", configured: []string{"openai"}, override: "anthropic",
			wantErr: llm.ErrProviderNotConfigured},
		{name: "override unknown", contentType: "email", configured: all, override: "gemini",
			wantErr: llm.ErrUnknownProvider},
		{name: "builtin listed as configured stays last", contentType: "sms", configured: []string{"builtin", "openai"},
			want: []string{"openai", "builtin"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := llm.Route(tc.contentType, tc.country, tc.longForm, tc.configured, tc.override)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Route = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestIsLongForm(t *testing.T) {
	for ct, want := range map[string]bool{
		"blog_intro": true, "landing_hero": true, "product_description": true, "email": true,
		"social_post": false, "google_ads": false, "whatsapp": false, "": false,
	} {
		if got := llm.IsLongForm(ct); got != want {
			t.Errorf("IsLongForm(%q) = %v, want %v", ct, got, want)
		}
	}
}
