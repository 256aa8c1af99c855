package app_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/frontierhq/frontier/app/apptest"
)

// TestBrowserSignInAndNavigate drives the real UI: sign in through the form, see the shell in
// the user's language, switch language, open the admin and tokens pages, with no script error.
func TestBrowserSignInAndNavigate(t *testing.T) {
	s := apptest.Start(t, nil)
	ctx := apptest.Chrome(t)
	var mu sync.Mutex
	var jsErrors []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			jsErrors = append(jsErrors, e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == "error" {
				jsErrors = append(jsErrors, "console error")
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}
	htmlLang := func() string {
		t.Helper()
		a, err := chromedp.Run(ctx, chromedp.AttributeValue("html", "lang"))
		if err != nil {
			t.Fatal(err)
		}
		return a.Value
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatal(err)
		}
	}

	do(chromedp.Navigate(s.URL+"/"), chromedp.WaitVisible(`[data-testid=login-email]`))
	apptest.Screenshot(t, ctx, "login")
	do(
		chromedp.SendKeys(`[data-testid=login-email]`, apptest.AdminEmail),
		chromedp.SendKeys(`[data-testid=login-password]`, apptest.AdminPassword),
		chromedp.Click(`[data-testid=login-submit]`),
		chromedp.WaitVisible(`[data-testid=home]`),
	)
	apptest.Screenshot(t, ctx, "home")
	if lang, title, nav := htmlLang(), text(".page-title"), text(".sidebar .nav"); lang != "es" || title != "Inicio" || !strings.Contains(nav, "Administración") {
		t.Errorf("after sign-in: lang %q, title %q, nav %q", lang, title, nav)
	}

	do(chromedp.Click(`a.lang[hreflang="pt-BR"]`), chromedp.WaitVisible(`[data-testid=home]`))
	if lang, title := htmlLang(), text(".page-title"); lang != "pt-BR" || title != "Início" {
		t.Errorf("after switching: lang %q, title %q", lang, title)
	}

	do(chromedp.Click(`[data-testid=nav-admin]`), chromedp.WaitVisible(`[data-testid=users]`))
	apptest.Screenshot(t, ctx, "admin-users")
	if users := text(`[data-testid=users]`); !strings.Contains(users, apptest.AdminEmail) {
		t.Errorf("users page lists %q", users)
	}
	do(chromedp.Navigate(s.URL+"/account/tokens"), chromedp.WaitVisible(`[data-testid=create-token]`))
	apptest.Screenshot(t, ctx, "tokens")
	mu.Lock()
	defer mu.Unlock()
	if len(jsErrors) > 0 {
		t.Errorf("script errors in the page: %v", jsErrors)
	}
}
