package app_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontierhq/frontier/app/apptest"
)

// TestBrowserSignInAndNavigate drives the real UI: sign in through the form, see the shell in
// the user's language, switch language, open the admin and tokens pages, with no script error.
func TestBrowserSignInAndNavigate(t *testing.T) {
	s := apptest.Start(t, nil)
	p := apptest.Open(t, s)

	p.Go("/", `[data-testid=login-email]`)
	p.Screenshot("login")
	p.Login(apptest.AdminEmail, apptest.AdminPassword)
	p.Screenshot("home")
	if lang, title, nav := p.Attr("html", "lang"), p.Text(".page-title"), p.Text(".sidebar .nav"); lang != "es" || title != "Inicio" || !strings.Contains(nav, "Administración") {
		t.Errorf("after sign-in: lang %q, title %q, nav %q", lang, title, nav)
	}

	p.Do(chromedp.Click(`a.lang[hreflang="pt-BR"]`), chromedp.WaitVisible(`[data-testid=home]`))
	if lang, title := p.Attr("html", "lang"), p.Text(".page-title"); lang != "pt-BR" || title != "Início" {
		t.Errorf("after switching: lang %q, title %q", lang, title)
	}

	p.Do(chromedp.Click(`[data-testid=nav-admin]`), chromedp.WaitVisible(`[data-testid=users]`))
	p.Screenshot("admin-users")
	if users := p.Text(`[data-testid=users]`); !strings.Contains(users, apptest.AdminEmail) {
		t.Errorf("users page lists %q", users)
	}
	p.Go("/account/tokens", `[data-testid=create-token]`)
	p.Screenshot("tokens")
}
