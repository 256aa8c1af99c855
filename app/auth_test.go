package app_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/frontierhq/frontier/app/apptest"
)

func TestPostWithoutCSRFTokenIsRefused(t *testing.T) {
	s := apptest.Start(t, nil)
	b := s.Browser()
	b.Get("/login") // gets the CSRF cookie, as a page view would
	res, body := b.PostRaw("/login", url.Values{"email": {apptest.AdminEmail}, "password": {apptest.AdminPassword}})
	if res.StatusCode != http.StatusForbidden {
		t.Fatalf("login without CSRF token: %d", res.StatusCode)
	}
	if !strings.Contains(body, "Recarga la página") {
		t.Errorf("the refusal does not explain itself in Spanish:\n%s", body)
	}
	res, _ = b.PostRaw("/login", url.Values{"email": {apptest.AdminEmail}, "password": {apptest.AdminPassword}, "_csrf": {"forged"}})
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("login with a forged CSRF token: %d", res.StatusCode)
	}
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	if res, _ := b.PostRaw("/workspaces", url.Values{"name": {"Sneaky"}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("signed-in POST without CSRF token: %d", res.StatusCode)
	}
	_, page := b.Get("/workspaces")
	if strings.Contains(page, "Sneaky") {
		t.Error("the refused request created a workspace")
	}
}

func TestSessionTokenChangesAtLogin(t *testing.T) {
	s := apptest.Start(t, nil)
	b := s.Browser()
	b.Post("/account/language", url.Values{"language": {"en"}}) // anonymous: refused, but a session may exist
	b.Get("/login")
	before := b.Cookie("frontier_session")
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	after := b.Cookie("frontier_session")
	if after == "" || after == before {
		t.Fatalf("session token before %q, after login %q: it must change", before, after)
	}
	if res, _ := b.Get("/account"); res.StatusCode != http.StatusOK {
		t.Fatalf("signed-in account page: %d", res.StatusCode)
	}
	// The old token (a fixation attempt) does not carry the login.
	old := s.Browser()
	u, _ := url.Parse(s.URL)
	old.Client.Jar.SetCookies(u, []*http.Cookie{{Name: "frontier_session", Value: after + "x"}})
	if res, _ := old.Get("/account"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("an unknown session token reached the account page: %d", res.StatusCode)
	}
	b.Post("/logout", nil)
	if res, _ := b.Get("/account"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("after logout the account page answered %d", res.StatusCode)
	}
}

func TestRevokedTokenIsRefusedAtOnce(t *testing.T) {
	s := apptest.Start(t, nil)
	b := s.Browser()
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	res, body := b.Post("/account/tokens", url.Values{"name": {"CRM"}, "expires_in_days": {"30"}})
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("create token: %d", res.StatusCode)
	}
	doc := apptest.Doc(t, body)
	plain := strings.TrimSpace(doc.Find("#new-token-value").Text())
	if !strings.HasPrefix(plain, "frt_") {
		t.Fatalf("token shown = %q", plain)
	}
	if res := s.API(http.MethodGet, "/api/v1/me", plain, nil, nil); res.StatusCode != http.StatusOK {
		t.Fatalf("fresh token: %d", res.StatusCode)
	}
	_, page := b.Get("/account/tokens")
	if strings.Contains(page, plain) {
		t.Error("the tokens page shows the secret again")
	}
	action, _ := apptest.Doc(t, page).Find(`form[action$="/revoke"]`).Attr("action")
	if res, _ := b.Post(action, nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("revoke: %d", res.StatusCode)
	}
	if res := s.API(http.MethodGet, "/api/v1/me", plain, nil, nil); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("revoked token answered %d on the next request", res.StatusCode)
	}
	if res := s.API(http.MethodGet, "/api/v1/me", "frt_notatoken", nil, nil); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("made-up token answered %d", res.StatusCode)
	}
}

func TestThrottleLocksOneAccountNotOthers(t *testing.T) {
	s := apptest.Start(t, nil)
	adm := s.Browser()
	adm.Login(apptest.AdminEmail, apptest.AdminPassword)
	victim := "victim@example.com"
	pw := createUserAsAdmin(t, adm, victim, "Víctima")
	other := "other@example.com"
	otherPW := createUserAsAdmin(t, adm, other, "Otra")

	attacker := s.Browser()
	var last int
	for i := 0; i < 20; i++ {
		res, _ := attacker.Post("/login", url.Values{"email": {victim}, "password": {"guess-number-" + string(rune('a'+i))}})
		last = res.StatusCode
	}
	if last != http.StatusTooManyRequests {
		t.Fatalf("after 20 wrong passwords the login answers %d, want 429", last)
	}
	// Even the right password is refused while the account is throttled, with when to try again.
	if res, _ := s.Browser().Post("/login", url.Values{"email": {victim}, "password": {pw}}); res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("throttled account with the right password: %d", res.StatusCode)
	} else if res.Header.Get("Retry-After") != "900" {
		t.Errorf("throttled login: Retry-After %q, want 900", res.Header.Get("Retry-After"))
	}
	var problem map[string]any
	res := s.API(http.MethodPost, "/api/v1/auth/token", "", map[string]string{"email": victim, "password": pw}, &problem)
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") != "900" {
		t.Errorf("throttled token request: %d, Retry-After %q", res.StatusCode, res.Header.Get("Retry-After"))
	}
	// Another account still signs in, from the same address.
	s.Browser().Login(other, otherPW)

	// Unknown email and wrong password read the same.
	_, unknown := s.Browser().Post("/login", url.Values{"email": {"ghost@example.com"}, "password": {"whatever-123"}})
	_, wrong := s.Browser().Post("/login", url.Values{"email": {other}, "password": {"whatever-123"}})
	msg := func(body string) string { return apptest.Doc(t, body).Find(`[data-testid=form-error]`).Text() }
	if msg(unknown) == "" || msg(unknown) != msg(wrong) {
		t.Errorf("unknown email says %q, wrong password says %q", msg(unknown), msg(wrong))
	}

	// The admin sees the lock and lifts it.
	_, users := adm.Get("/admin/users")
	doc := apptest.Doc(t, users)
	if doc.Find(`[data-testid=locked]`).Length() != 1 {
		t.Fatalf("admin sees %d locked accounts, want 1", doc.Find(`[data-testid=locked]`).Length())
	}
	unlock, _ := doc.Find(`form[action$="/unlock"]`).Attr("action")
	if res, _ := adm.Post(unlock, nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("unlock: %d", res.StatusCode)
	}
	s.Browser().Login(victim, pw)
}

func TestDisabledUserLosesSessionAndTokens(t *testing.T) {
	s := apptest.Start(t, nil)
	adm := s.Browser()
	adm.Login(apptest.AdminEmail, apptest.AdminPassword)
	pw := createUserAsAdmin(t, adm, "leaving@example.com", "Leaving")
	u := s.Browser()
	u.Login("leaving@example.com", pw)
	createWorkspace(t, u, "Leaving Co")
	token := s.Token("leaving@example.com", pw, "")
	id := userIDs(t, adm)["leaving@example.com"]
	if res, _ := adm.Post("/admin/users/"+id+"/disable", nil); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("disable: %d", res.StatusCode)
	}
	if res, _ := u.Get("/account"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("disabled user's session still works: %d", res.StatusCode)
	}
	if res := s.API(http.MethodGet, "/api/v1/me", token, nil, nil); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("disabled user's token still works: %d", res.StatusCode)
	}
	if res, _ := s.Browser().Post("/login", url.Values{"email": {"leaving@example.com"}, "password": {pw}}); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("disabled user signs in: %d", res.StatusCode)
	}
	_, audit := adm.Get("/admin/audit")
	row := apptest.Doc(t, audit).Find(`[data-testid=audit] tbody tr`).FilterFunction(func(_ int, s *goquery.Selection) bool {
		return strings.Contains(s.Text(), "Cuenta desactivada")
	})
	if row.Length() != 1 || !strings.Contains(row.Text(), "leaving@example.com") || !strings.Contains(row.Text(), apptest.AdminEmail) {
		t.Errorf("the audit trail does not say who disabled whom: %q", row.Text())
	}
}

func TestWorkspaceKeepsAnOwner(t *testing.T) {
	s := apptest.Start(t, nil)
	adm := s.Browser()
	adm.Login(apptest.AdminEmail, apptest.AdminPassword)
	pw := createUserAsAdmin(t, adm, "solo@example.com", "Solo")
	b := s.Browser()
	b.Login("solo@example.com", pw)
	ws := createWorkspace(t, b, "Solo Studio")
	self := userIDs(t, adm)["solo@example.com"]
	b.Post("/workspaces/"+ws+"/members/"+self+"/role", url.Values{"role": {"viewer"}})
	_, page := b.Get("/workspaces/" + ws + "/members")
	if !strings.Contains(page, "al menos un propietario") {
		t.Error("demoting the last owner was not refused with a clear message")
	}
	if !strings.Contains(page, `value="owner" selected`) {
		t.Error("the last owner's role changed")
	}
}

func TestTokenAPIValidatesAndLocalizes(t *testing.T) {
	s := apptest.Start(t, nil)
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/api/v1/auth/token", strings.NewReader(`{"email":""}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept-Language", "pt-BR")
	b := s.Browser()
	b.Lang = "pt-BR"
	res, body := b.Do(req)
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "obrigatório") {
		t.Errorf("empty body: %d %s", res.StatusCode, body)
	}
	var out struct{ Token string }
	if res := s.API(http.MethodPost, "/api/v1/auth/token", "", map[string]string{"email": apptest.AdminEmail, "password": apptest.AdminPassword, "workspace": "00000000-0000-0000-0000-000000000000"}, &out); res.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("token for a workspace the user is not in: %d", res.StatusCode)
	}
}

func TestSecureCookiesOnlyWhenTLSIsKnown(t *testing.T) {
	for _, tc := range []struct {
		trust      string
		wantSecure bool
	}{{"false", false}, {"true", true}} {
		s := apptest.Start(t, map[string]string{"FRONTIER_TRUST_PROXY": tc.trust})
		b := s.Browser()
		b.Get("/login")
		form := url.Values{"email": {apptest.AdminEmail}, "password": {apptest.AdminPassword}, "_csrf": {b.Cookie("frontier_csrf")}}
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/login", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Forwarded-Proto", "https")
		res, _ := b.Do(req)
		var session *http.Cookie
		for _, c := range res.Cookies() {
			if c.Name == "frontier_session" {
				session = c
			}
		}
		if session == nil {
			t.Fatalf("trust proxy %s: no session cookie (status %d)", tc.trust, res.StatusCode)
		}
		if session.Secure != tc.wantSecure || !session.HttpOnly {
			t.Errorf("trust proxy %s: Secure=%v HttpOnly=%v, want Secure=%v", tc.trust, session.Secure, session.HttpOnly, tc.wantSecure)
		}
	}
}

func TestArchiveNeedsConfirmationThenHidesTheWorkspace(t *testing.T) {
	s := apptest.Start(t, nil)
	b := s.Browser()
	b.Login(apptest.AdminEmail, apptest.AdminPassword)
	ws := createWorkspace(t, b, "Temporada 2027")
	b.Post("/workspaces/"+ws+"/archive", nil)
	if res, _ := b.Get("/workspaces/" + ws + "/members"); res.StatusCode != http.StatusOK {
		t.Fatalf("archived without confirmation: members page answers %d", res.StatusCode)
	}
	b.Post("/workspaces/"+ws+"/archive", url.Values{"confirm": {"yes"}})
	if res, _ := b.Get("/workspaces/" + ws + "/members"); res.StatusCode != http.StatusNotFound {
		t.Errorf("archived workspace still answers %d", res.StatusCode)
	}
	_, page := b.Get("/workspaces")
	if strings.Contains(page, "Temporada 2027") {
		t.Error("archived workspace still listed")
	}
}
