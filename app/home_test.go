package app_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/frontierhq/frontier/app/apptest"
)

func TestHomeShowsRecentCopyAndNextDates(t *testing.T) {
	s := apptest.Start(t, nil)
	b := s.Browser()
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	_, body := b.Get("/")
	doc := apptest.Doc(t, body)
	if doc.Find(`[data-testid=home-no-recent]`).Length() != 1 {
		t.Error("empty workspace: no invitation to write the first copy")
	}
	if n := doc.Find(`[data-testid=home-dates] li`).Length(); n == 0 {
		t.Error("no upcoming dates on the home page")
	}
	if doc.Find(`[data-testid=home-generate]`).Length() != 1 {
		t.Error("an owner sees no way to start writing")
	}

	token := s.Token(apptest.AdminEmail, apptest.AdminPassword, "")
	var out struct{ ID, Content string }
	res := s.API(http.MethodPost, "/api/v1/generate-content", token, map[string]any{
		"prompt": "Empanadas congeladas con 2x1 para el finde", "content_type": "social_post", "target_country": "AR",
		"target_industry": "food", "tone": "friendly", "length": 0}, &out)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("generate: %d", res.StatusCode)
	}
	_, body = b.Get("/")
	doc = apptest.Doc(t, body)
	recent := doc.Find(`[data-testid=home-recent] a`)
	if href, _ := recent.Attr("href"); recent.Length() != 1 || href != "/library/"+out.ID {
		t.Errorf("recent list: %d items, first links to %q", recent.Length(), href)
	}
	if title := doc.Find(".home-grid h3").Last().Text(); !strings.Contains(title, "Argentina") {
		t.Errorf("dates are not for the market of the latest copy: %q", title)
	}

	// A viewer of the workspace sees the recent copy but no way to write.
	pw := addMember(t, b, userWorkspace(t, b), "lectora@example.com", "Lectora", "viewer")
	v := s.Browser()
	v.Login("lectora@example.com", pw)
	_, body = v.Get("/")
	doc = apptest.Doc(t, body)
	if doc.Find(`[data-testid=home-generate]`).Length() != 0 || doc.Find(`[data-testid=home-recent] a`).Length() != 1 {
		t.Error("a viewer is offered to write, or does not see the workspace's copy")
	}
}

// userWorkspace is the id of the browser's current workspace, read from the workspaces page.
func userWorkspace(t *testing.T, b *apptest.Browser) string {
	t.Helper()
	_, body := b.Get("/workspaces")
	href, _ := apptest.Doc(t, body).Find(`a[href$="/members"]`).First().Attr("href")
	return strings.TrimSuffix(strings.TrimPrefix(href, "/workspaces/"), "/members")
}
