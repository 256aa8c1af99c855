package generation_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/app/apptest"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

func TestProviderKeyIsNeverShownBack(t *testing.T) {
	fake := llmtest.NewOpenAI(t)
	s := apptest.Start(t, nil)
	b := s.Browser()
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	const key = "sk-test-very-secret-key-123"
	fake.APIKey = key
	res, body := b.Post("/admin/providers/openai", url.Values{"enabled": {"1"}, "base_url": {fake.OpenAIBaseURL()}, "api_key": {key},
		"model": {"gpt-4o-mini"}, "temperature": {"0,4"}, "timeout": {"30"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("save: %d\n%s", res.StatusCode, body)
	}
	_, page := b.Get("/admin/providers")
	doc := apptest.Doc(t, page)
	if strings.Contains(page, key) || strings.Contains(page, "very-secret") {
		t.Fatal("the API key is rendered back")
	}
	model, _ := doc.Find(`[data-testid=provider-openai] input[name=model]`).Attr("value")
	if doc.Find(`[data-testid=key-set-openai]`).Length() != 1 || model != "gpt-4o-mini" {
		t.Errorf("openai card: key set %d, model %q", doc.Find(`[data-testid=key-set-openai]`).Length(), model)
	}
	// The saved provider writes copy; the fake saw the key.
	fake.Reply = llmtest.Reply{Chunks: []string{"BODY:\n¡Hola! Descubre el nuevo café de Colombia."}}
	var out struct {
		Metadata struct{ Provider, Model string }
	}
	token := s.Token(apptest.AdminEmail, apptest.AdminPassword, "")
	if res := s.API(http.MethodPost, "/api/v1/generate-content", token, map[string]any{"prompt": "Café", "content_type": "sms", "target_country": "CO",
		"target_industry": "food_beverage", "tone": "friendly", "length": 0, "provider": "openai"}, &out); res.StatusCode != http.StatusOK || out.Metadata.Provider != "openai" || out.Metadata.Model != "gpt-4o-mini" {
		t.Fatalf("generate with the saved provider: %d %+v", res.StatusCode, out)
	}
	if got := fake.Requests()[0].Header.Get("Authorization"); got != "Bearer "+key {
		t.Errorf("the provider got %q", got)
	}
	// A bad setting is refused with its field's error and changes nothing.
	res, body = b.Post("/admin/providers/openai", url.Values{"enabled": {"1"}, "temperature": {"7"}})
	if res.StatusCode != http.StatusUnprocessableEntity || apptest.Doc(t, body).Find(`[data-testid=error-temperature]`).Length() != 1 {
		t.Errorf("bad temperature: %d", res.StatusCode)
	}
	_, page = b.Get("/admin/providers")
	if temp, _ := apptest.Doc(t, page).Find(`[data-testid=provider-openai] input[name=temperature]`).Attr("value"); temp != "0.4" {
		t.Errorf("a refused save changed the settings: temperature %q", temp)
	}
}

func TestBriefFormErrorsAndDuplicate(t *testing.T) {
	s := apptest.Start(t, nil)
	b := s.Browser()
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	res, body := b.Post("/generate", url.Values{"prompt": {""}, "content_type": {"sms"}, "target_country": {"PE"}, "tone": {"friendly"}})
	if res.StatusCode != http.StatusUnprocessableEntity || apptest.Doc(t, body).Find(`[data-testid=error-prompt]`).Length() != 1 {
		t.Fatalf("empty prompt: %d", res.StatusCode)
	}
	token := s.Token(apptest.AdminEmail, apptest.AdminPassword, "")
	var out struct{ ID string }
	s.API(http.MethodPost, "/api/v1/generate-content", token, map[string]any{"prompt": "Cerveza artesanal para el verano", "content_type": "email",
		"target_country": "UY", "target_industry": "food_beverage", "tone": "playful", "length": 80}, &out)
	_, page := b.Get("/generate?from=" + out.ID)
	doc := apptest.Doc(t, page)
	if got := doc.Find(`[data-testid=prompt]`).Text(); got != "Cerveza artesanal para el verano" {
		t.Errorf("duplicated prompt %q", got)
	}
	if v, _ := doc.Find(`#f-target_country option[selected]`).Attr("value"); v != "UY" {
		t.Errorf("duplicated country %q", v)
	}
	if res, _ := b.Get("/library/" + out.ID); res.StatusCode != http.StatusOK {
		t.Errorf("content page: %d", res.StatusCode)
	}
	if res, _ := b.Post("/library/"+out.ID+"/delete", nil); res.StatusCode != http.StatusSeeOther {
		t.Errorf("delete: %d", res.StatusCode)
	}
	if res, _ := b.Get("/library/" + out.ID); res.StatusCode != http.StatusNotFound {
		t.Errorf("deleted content: %d", res.StatusCode)
	}
}
