package culture_test

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/frontierhq/frontier/app/apptest"
)

var (
	oneTimePassword = regexp.MustCompile(`id="otp-value" class="secret">([^<]+)<`)
	membersLink     = regexp.MustCompile(`/workspaces/([0-9a-f-]{36})/members`)
)

// member adds a person with a role to the admin's workspace and signs them in.
func member(t *testing.T, s *apptest.Server, adm *apptest.Browser, role string) *apptest.Browser {
	t.Helper()
	_, body := adm.Get("/workspaces")
	ws := membersLink.FindStringSubmatch(body)
	if ws == nil {
		t.Fatal("the admin's workspace is not listed")
	}
	email := role + "@example.com"
	res, body := adm.Post("/workspaces/"+ws[1]+"/members", url.Values{"email": {email}, "name": {role}, "role": {role}})
	pw := oneTimePassword.FindStringSubmatch(body)
	if res.StatusCode != http.StatusCreated || pw == nil {
		t.Fatalf("adding the %s: %d", role, res.StatusCode)
	}
	b := s.Browser()
	b.Login(email, pw[1])
	return b
}

// TestOnlyAdminsSeeEditControls: editors and viewers read profiles and the lexicon without edit
// or revert buttons, and the server refuses their edits whatever the page shows.
func TestOnlyAdminsSeeEditControls(t *testing.T) {
	s := apptest.Start(t, nil)
	adm := s.Browser()
	adm.Login(apptest.AdminEmail, apptest.AdminPassword)
	// One admin edit through the form, so the history has an older version to revert to.
	_, page := adm.Get("/culture/profiles/CO/edit")
	form := url.Values{}
	apptest.Doc(t, page).Find(`[data-testid=profile-form] [name]`).Each(func(_ int, el *goquery.Selection) {
		name, _ := el.Attr("name")
		switch {
		case el.Is("textarea"):
			form.Set(name, el.Text())
		case el.Is("select"):
			form.Set(name, el.Find("option[selected]").AttrOr("value", ""))
		case el.AttrOr("type", "") == "checkbox":
			if _, checked := el.Attr("checked"); checked {
				form.Set(name, el.AttrOr("value", ""))
			}
		default:
			form.Set(name, el.AttrOr("value", ""))
		}
	})
	form.Set("business_style", "Formal al principio, cercano después.")
	if res, body := adm.Post("/culture/profiles/CO", form); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("admin edit: %d\n%s", res.StatusCode, body)
	}

	people := map[string]*apptest.Browser{"admin": adm, "editor": member(t, s, adm, "editor"), "viewer": member(t, s, adm, "viewer")}
	for who, b := range people {
		admin := who == "admin"
		for _, page := range []struct{ path, control string }{
			{"/culture/profiles/CO", "[data-testid=edit-profile]"},
			{"/culture/profiles/CO/history", "[data-testid=revert-1]"},
			{"/culture/lexicon/car", "[data-testid=edit-concept]"},
		} {
			res, body := b.Get(page.path)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s GET %s: %d", who, page.path, res.StatusCode)
			}
			if got := apptest.Doc(t, body).Find(page.control).Length() > 0; got != admin {
				t.Errorf("%s on %s: edit control shown = %v", who, page.path, got)
			}
		}
		res, _ := b.Post("/culture/profiles/CO", url.Values{"name": {"Colombia"}})
		if admin && res.StatusCode != http.StatusUnprocessableEntity || !admin && res.StatusCode != http.StatusForbidden {
			t.Errorf("%s POST edit: %d", who, res.StatusCode)
		}
		res, _ = b.Post("/culture/profiles/CO/revert/1", nil)
		if !admin && res.StatusCode != http.StatusForbidden {
			t.Errorf("%s POST revert: %d", who, res.StatusCode)
		}
		_, checkPage := b.Get("/culture/check")
		canCheck := apptest.Doc(t, checkPage).Find(`[data-testid=check-form]`).Length() > 0
		if canCheck != (who != "viewer") {
			t.Errorf("%s sees the checker: %v", who, canCheck)
		}
		_, profiles := b.Get("/culture")
		if n := apptest.Doc(t, profiles).Find(`[data-testid=profile-card]`).Length(); n != 22 {
			t.Errorf("%s sees %d market cards", who, n)
		}
		if strings.Contains(profiles, `href="/culture/check"`) != (who != "viewer") {
			t.Errorf("%s: the checker tab is shown to the wrong people", who)
		}
	}
}
