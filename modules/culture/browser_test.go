package culture_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontierhq/frontier/app/apptest"
)

// TestBrowserAdminFlow drives the culture pages in headless Chromium as the platform admin:
// find a market, open it, save an invalid edit and read the localized errors, fix it, see the
// change in the history, revert it; then use the checker, the adapter, the lexicon and the
// calendar. FRONTIER_SCREENSHOTS=dir keeps a screenshot of every step.
func TestBrowserAdminFlow(t *testing.T) {
	s := apptest.Start(t, nil)
	p := apptest.Open(t, s)
	do, text, count, ctx := p.Do, p.Text, p.Count, p.Ctx
	p.Login(apptest.AdminEmail, apptest.AdminPassword)

	// The market grid, filtered as the admin types.
	do(chromedp.Navigate(s.URL+"/culture"), chromedp.WaitVisible(`[data-testid=profile-card]`))
	if n := count(`[data-testid=profile-card]`); n != 22 {
		t.Errorf("%d market cards, want 22", n)
	}
	apptest.Screenshot(t, ctx, "culture-profiles")
	do(chromedp.SendKeys(`[data-testid=profile-search]`, "argent"),
		chromedp.WaitNotPresent(`[data-testid=profile-card][data-country=MX]`))
	if n := count(`[data-testid=profile-card]`); n != 1 {
		t.Errorf("%d cards after searching 'argent', want 1", n)
	}
	do(chromedp.Click(`[data-testid=profile-card][data-country=AR]`), chromedp.WaitVisible(`[data-testid=profile]`))
	apptest.Screenshot(t, ctx, "culture-profile-ar")
	original := text(`[data-testid=business-style]`)
	if formats := text(`[data-testid=formats]`); !strings.Contains(formats, "$ 1.234,50") {
		t.Errorf("AR formats = %q", formats)
	}

	// An invalid edit shows localized errors under the fields and saves nothing.
	do(chromedp.Click(`[data-testid=edit-profile]`), chromedp.WaitVisible(`[data-testid=profile-form]`),
		chromedp.SetValue(`[name="calling_code"]`, "54"),
		chromedp.SetValue(`[name="data_protection.url"]`, "aaip.gob.ar"),
		chromedp.SetValue(`[name="business_style"]`, "Cercano y directo: se tutea poco y se vosea mucho."),
		chromedp.Click(`[data-testid=save-profile]`),
		chromedp.WaitVisible(`[data-testid="error-calling_code"]`))
	apptest.Screenshot(t, ctx, "culture-profile-edit-errors")
	if msg := text(`[data-testid="error-calling_code"]`); !strings.Contains(msg, "formato internacional") {
		t.Errorf("calling code error = %q", msg)
	}
	if msg := text(`[data-testid="error-data_protection.url"]`); !strings.Contains(msg, "https://") {
		t.Errorf("url error = %q", msg)
	}

	// Fixed, it saves and the page shows the new text.
	do(chromedp.SetValue(`[name="calling_code"]`, "+54"),
		chromedp.SetValue(`[name="data_protection.url"]`, "https://www.argentina.gob.ar/aaip"),
		chromedp.Click(`[data-testid=save-profile]`),
		chromedp.WaitVisible(`[data-testid=profile]`))
	if got := text(`[data-testid=business-style]`); !strings.HasPrefix(got, "Cercano y directo") {
		t.Errorf("after saving, business style = %q", got)
	}

	// The history names who changed what; reverting brings the seed text back.
	do(chromedp.Click(`[data-testid=profile-history-tab]`), chromedp.WaitVisible(`[data-testid=history]`))
	apptest.Screenshot(t, ctx, "culture-profile-history")
	if n := count(`[data-testid=history-row]`); n != 2 {
		t.Errorf("%d history rows, want 2", n)
	}
	if latest := text(`[data-testid=history-row]:first-child`); !strings.Contains(latest, apptest.AdminEmail) || !strings.Contains(latest, "Estilo de negocios") {
		t.Errorf("latest history row = %q", latest)
	}
	do(chromedp.Click(`[data-testid=revert-1]`), chromedp.WaitVisible(`[data-testid=history-row]:nth-child(3)`))
	apptest.Screenshot(t, ctx, "culture-profile-reverted")
	do(chromedp.Navigate(s.URL+"/culture/profiles/AR"), chromedp.WaitVisible(`[data-testid=profile]`))
	if got := text(`[data-testid=business-style]`); got != original {
		t.Errorf("after the revert, business style = %q, want %q", got, original)
	}

	// The checker marks findings in the text; the adapter rewrites it.
	do(chromedp.Navigate(s.URL+"/culture/check"), chromedp.WaitVisible(`[data-testid=check-form]`),
		chromedp.SetValue(`[data-testid=check-text]`, "¡Vale! Coge tu móvil nuevo por $1,299.00 y aparca el coche gratis."),
		chromedp.SetValue(`#f-country`, "AR"),
		chromedp.Click(`[data-testid=check-submit]`),
		chromedp.WaitVisible(`[data-testid=finding-mark]`))
	apptest.Screenshot(t, ctx, "culture-check")
	if n := count(`[data-testid=finding-mark]`); n < 3 {
		t.Errorf("%d findings marked, want at least 3", n)
	}
	do(chromedp.Click(`[data-testid=adapt-result]`), chromedp.WaitVisible(`[data-testid=adapted-text]`))
	apptest.Screenshot(t, ctx, "culture-adapt")
	if adapted := text(`[data-testid=adapted-text]`); !strings.Contains(adapted, "celular") {
		t.Errorf("adapted text = %q", adapted)
	}

	do(chromedp.Navigate(s.URL+"/culture/lexicon?q=celular"), chromedp.WaitVisible(`[data-testid=concept-row]`))
	apptest.Screenshot(t, ctx, "culture-lexicon")
	do(chromedp.Click(`[data-testid=concept-row] a`), chromedp.WaitVisible(`[data-testid=concept]`))
	apptest.Screenshot(t, ctx, "culture-concept")
	do(chromedp.Click(`[data-testid=edit-concept]`), chromedp.WaitVisible(`[data-testid=concept-form]`),
		chromedp.SetValue(`[name="words.es-AR"]`, "celu, celular"),
		chromedp.Click(`[data-testid=save-concept]`), chromedp.WaitVisible(`[data-testid="error-words.es-AR"]`))
	apptest.Screenshot(t, ctx, "culture-concept-edit-errors")
	do(chromedp.Navigate(s.URL+"/culture/calendar?country=CO"), chromedp.WaitVisible(`[data-testid=calendar]`))
	apptest.Screenshot(t, ctx, "culture-calendar")

	// Every page speaks the chosen language.
	do(chromedp.Click(`a.lang[hreflang="pt-BR"]`), chromedp.WaitVisible(`[data-testid=calendar]`))
	if title := text(".page-title"); title != "Calendário comercial" {
		t.Errorf("pt-BR calendar title = %q", title)
	}
	apptest.Screenshot(t, ctx, "culture-calendar-pt")
	do(chromedp.Navigate(s.URL+"/culture/profiles/BR"), chromedp.WaitVisible(`[data-testid=profile]`),
		chromedp.Click(`a.lang[hreflang="en"]`), chromedp.WaitVisible(`[data-testid=profile]`))
	if name := text(`[data-testid=profile-name]`); name != "Brazil" {
		t.Errorf("English profile name = %q", name)
	}
	apptest.Screenshot(t, ctx, "culture-profile-br-en")

}
