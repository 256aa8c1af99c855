package generation_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/app/apptest"
	"github.com/frontierhq/frontier/modules/culture/seed"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

func keys(m map[string]json.RawMessage) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var switchLink = regexp.MustCompile(`/workspaces/([0-9a-f-]{36})/switch`)

// adminWorkspaces signs the admin in, makes a second workspace and returns a token for each.
func adminWorkspaces(t *testing.T, s *apptest.Server) (tokenA, tokenB, workspaceA, workspaceB string) {
	t.Helper()
	tokenA = s.Token(apptest.AdminEmail, apptest.AdminPassword, "")
	var me struct{ Workspace struct{ ID string } }
	s.API(http.MethodGet, "/api/v1/me", tokenA, nil, &me)
	workspaceA = me.Workspace.ID
	b := s.Browser()
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	if res, _ := b.Post("/workspaces", url.Values{"name": {"Pampa Foods"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("create workspace: %d", res.StatusCode)
	}
	_, page := b.Get("/workspaces")
	for _, m := range switchLink.FindAllStringSubmatch(page, -1) {
		if m[1] != workspaceA {
			workspaceB = m[1]
		}
	}
	if workspaceA == "" || workspaceB == "" {
		t.Fatalf("workspaces %q %q", workspaceA, workspaceB)
	}
	return tokenA, s.Token(apptest.AdminEmail, apptest.AdminPassword, workspaceB), workspaceA, workspaceB
}

func TestGenerateContentAPIForEveryCountryAndType(t *testing.T) {
	s := apptest.Start(t, nil)
	token, tokenB, _, workspaceB := adminWorkspaces(t, s)
	profiles, err := seed.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	wantTop := []string{"compliance", "content", "cultural_adaptations", "id", "metadata", "performance_score", "score_breakdown"}
	wantMeta := []string{"attempts", "cost_usd", "language_variant", "latency_ms", "model", "provider", "tokens_in", "tokens_out"}
	var firstID string
	for _, p := range profiles {
		for _, ct := range contenttype.Types() {
			req := map[string]any{"prompt": "Nueva línea de café de especialidad con 15% de descuento para oficinas", "content_type": ct,
				"target_country": p.Country, "target_industry": "food_beverage", "tone": "professional", "length": 0}
			var raw map[string]json.RawMessage
			res := s.API(http.MethodPost, "/api/v1/generate-content", token, req, &raw)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s %s: status %d: %s", p.Country, ct, res.StatusCode, raw)
			}
			if got := keys(raw); !slices.Equal(got, wantTop) {
				t.Fatalf("%s %s: keys %v, want %v", p.Country, ct, got, wantTop)
			}
			var meta map[string]json.RawMessage
			json.Unmarshal(raw["metadata"], &meta)
			if got := keys(meta); !slices.Equal(got, wantMeta) {
				t.Fatalf("%s %s: metadata keys %v", p.Country, ct, got)
			}
			var out struct {
				ID       string
				Content  string
				Metadata struct {
					Provider string `json:"provider"`
				}
				Compliance struct {
					Status   string
					Findings []struct{ Severity, Message string }
				}
				PerformanceScore int            `json:"performance_score"`
				ScoreBreakdown   map[string]any `json:"score_breakdown"`
				Adaptations      []struct {
					Kind, From, To, Reason string
				} `json:"cultural_adaptations"`
			}
			b, _ := json.Marshal(raw)
			json.Unmarshal(b, &out)
			if out.ID == "" || out.Content == "" || out.Metadata.Provider != "builtin" || out.PerformanceScore <= 0 || len(out.ScoreBreakdown) < 4 {
				t.Fatalf("%s %s: %s", p.Country, ct, b)
			}
			if out.Compliance.Status == "failed" {
				t.Errorf("%s %s: compliance failed: %+v\n%s", p.Country, ct, out.Compliance, out.Content)
			}
			for _, a := range out.Adaptations {
				if a.Reason == "" || a.Kind == "" {
					t.Errorf("%s %s: adaptation without a reason: %+v", p.Country, ct, a)
				}
			}
			if firstID == "" {
				firstID = out.ID
			}
		}
	}

	// Variants, the structured brief and the social channel.
	var multi struct {
		Content  string
		Variants []struct {
			Content          string
			PerformanceScore *int `json:"performance_score"`
		}
	}
	res := s.API(http.MethodPost, "/api/v1/generate-content", token, map[string]any{"prompt": "Lançamento de tênis", "content_type": "social_post",
		"channel": "x", "target_country": "BR", "target_industry": "fashion", "tone": "playful", "length": 200, "variants": 3}, &multi)
	if res.StatusCode != http.StatusOK || len(multi.Variants) != 3 || multi.Variants[0].PerformanceScore == nil {
		t.Fatalf("variants: %d %+v", res.StatusCode, multi)
	}
	for _, v := range multi.Variants {
		if contenttype.Count("x", v.Content) > 280 {
			t.Errorf("an X post of %d characters", contenttype.Count("x", v.Content))
		}
	}

	// Validation: 422 with a localized message per field, nothing saved.
	var problem struct {
		Status int
		Errors map[string]string
	}
	var before struct{ Total int }
	s.API(http.MethodGet, "/api/v1/contents", token, nil, &before)
	res = s.API(http.MethodPost, "/api/v1/generate-content", token, map[string]any{"prompt": "", "content_type": "poster", "target_country": "ZZ", "tone": "x", "variants": 6}, &problem)
	if res.StatusCode != http.StatusUnprocessableEntity || res.Header.Get("Content-Type") != "application/problem+json" {
		t.Fatalf("invalid brief: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	for _, f := range []string{"prompt", "content_type", "target_country", "tone", "variants"} {
		if problem.Errors[f] == "" || strings.Contains(problem.Errors[f], ".") && strings.HasPrefix(problem.Errors[f], "generation.") {
			t.Errorf("field %s: %q", f, problem.Errors[f])
		}
	}
	var after struct{ Total int }
	s.API(http.MethodGet, "/api/v1/contents", token, nil, &after)
	if after.Total != before.Total {
		t.Errorf("invalid input saved content: %d → %d", before.Total, after.Total)
	}

	// Another workspace of the same user through "workspace"; a foreign one is 404.
	var other struct{ ID string }
	res = s.API(http.MethodPost, "/api/v1/generate-content", token, map[string]any{"prompt": "Promo", "content_type": "sms", "target_country": "AR",
		"target_industry": "retail", "tone": "urgent", "length": 120, "workspace": workspaceB}, &other)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("generate in another workspace: %d", res.StatusCode)
	}
	if res := s.API(http.MethodGet, "/api/v1/contents/"+other.ID, tokenB, nil, nil); res.StatusCode != http.StatusOK {
		t.Errorf("content of workspace B with B's token: %d", res.StatusCode)
	}
	if res := s.API(http.MethodGet, "/api/v1/contents/"+other.ID, token, nil, nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("content of workspace B with A's token: %d, want 404", res.StatusCode)
	}
	if res := s.API(http.MethodPost, "/api/v1/generate-content", token, map[string]any{"prompt": "Promo", "content_type": "sms", "target_country": "AR",
		"workspace": "6f1d2c3b-0000-4000-8000-000000000000"}, nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("a workspace the user is not in: %d, want 404", res.StatusCode)
	}

	// Feedback and the library.
	var fb struct{ Rating int }
	if res := s.API(http.MethodPost, "/api/v1/contents/"+firstID+"/feedback", token, map[string]any{"rating": 5, "comment": "¡Buenísimo!"}, &fb); res.StatusCode != http.StatusCreated || fb.Rating != 5 {
		t.Fatalf("feedback: %d %+v", res.StatusCode, fb)
	}
	if res := s.API(http.MethodPost, "/api/v1/contents/"+firstID+"/feedback", tokenB, map[string]any{"rating": 5}, nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("feedback from another workspace: %d", res.StatusCode)
	}
	var list struct {
		Items []struct {
			ID     string
			Rating *int
		}
		Total int
	}
	s.API(http.MethodGet, "/api/v1/contents?min_rating=5&limit=5", token, nil, &list)
	if list.Total != 1 || list.Items[0].ID != firstID {
		t.Errorf("filter by rating: %+v", list)
	}
	s.API(http.MethodGet, "/api/v1/contents?q=descuentos+oficina&country=MX&content_type=sms", token, nil, &list)
	if list.Total != 1 {
		t.Errorf("search descuentos oficina in MX sms: total %d", list.Total)
	}
}
