package generation_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/frontierhq/frontier/app/apptest"
)

// TestBrowserBriefStreamRateAndSearch drives the real UI: write a brief, follow the streamed
// result, rate it, find it in the library and open it, with no script error.
func TestBrowserBriefStreamRateAndSearch(t *testing.T) {
	s := apptest.Start(t, nil)
	p := apptest.Open(t, s)
	do, text, count, ctx := p.Do, p.Text, p.Count, p.Ctx
	p.Login(apptest.AdminEmail, apptest.AdminPassword)

	do(chromedp.Navigate(s.URL+"/generate"), chromedp.WaitVisible(`[data-testid=brief-form]`))
	// An empty brief: the form comes back with the field's error, nothing is written.
	do(chromedp.Click(`[data-testid=generate]`, chromedp.NodeVisible))
	do(chromedp.SetValue(`#f-target_country`, "AR"))
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('#f-target_country').dispatchEvent(new Event('change', {bubbles: true}))`)); err != nil {
		t.Fatal(err)
	}
	do(chromedp.WaitVisible(`//section[@data-testid="gen-dates"]/h3[contains(., "Argentina")]`))
	do(chromedp.SetValue(`[data-testid=prompt]`, "Lanzamiento de zapatillas livianas para correr, 20% de descuento para corredores urbanos"),
		chromedp.SetValue(`[data-testid=variants]`, "2"),
		chromedp.SetValue(`#f-target_industry`, "fashion"))
	apptest.Screenshot(t, ctx, "generate-brief")
	do(chromedp.Click(`[data-testid=generate]`, chromedp.NodeVisible), chromedp.WaitVisible(`[data-testid=gen-done]`))
	apptest.Screenshot(t, ctx, "generate-result")
	if n := count(`[data-testid=variant]`); n != 2 {
		t.Fatalf("%d variants shown, want 2", n)
	}
	first := text(`[data-testid=variant-text]`)
	if !strings.Contains(strings.ToLower(first), "zapatillas") {
		t.Errorf("variant text %q", first)
	}
	if !strings.Contains(text(`.meta-line`), "es-AR") {
		t.Errorf("metadata %q", text(`.meta-line`))
	}

	do(chromedp.Click(`[data-testid=star-4]`, chromedp.NodeVisible), chromedp.SendKeys(`[data-testid=rate-comment]`, "Muy bien para Buenos Aires"),
		chromedp.Click(`[data-testid=rate]`, chromedp.NodeVisible), chromedp.WaitVisible(`[data-testid=rated]`))

	do(chromedp.Navigate(s.URL+"/library?q=zapatilla"), chromedp.WaitVisible(`[data-testid=library-filters]`))
	apptest.Screenshot(t, ctx, "library")
	if n := count(`[data-testid=library-row]`); n != 1 {
		t.Fatalf("library search: %d rows, want 1", n)
	}
	do(chromedp.Navigate(s.URL+"/library?q=bicicleta"), chromedp.WaitVisible(`[data-testid=library-empty]`))
	do(chromedp.Navigate(s.URL+"/library?q=zapatillas&min_rating=4"), chromedp.WaitVisible(`[data-testid=library-row]`),
		chromedp.Click(`[data-testid=library-row] a`, chromedp.NodeVisible), chromedp.WaitVisible(`[data-testid=final-text]`))
	apptest.Screenshot(t, ctx, "content")
	if fb := text(`[data-testid=feedback]`); !strings.Contains(fb, "Buenos Aires") || !strings.Contains(fb, "★★★★☆") {
		t.Errorf("feedback shown as %q", fb)
	}
	do(chromedp.Navigate(s.URL+"/brand-voices"), chromedp.WaitVisible(`[data-testid=voice]`))
	apptest.Screenshot(t, ctx, "brand-voices")
	do(chromedp.Navigate(s.URL+"/admin/providers"), chromedp.WaitVisible(`[data-testid=provider-openai]`))
	apptest.Screenshot(t, ctx, "providers")
}
