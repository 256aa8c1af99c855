package apptest

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Page drives one headless Chromium tab against a test server. Every step fails the test on
// error, and script errors or console errors in the page fail it when the test ends.
type Page struct {
	t   *testing.T
	s   *Server
	Ctx context.Context

	mu       sync.Mutex
	jsErrors []string
}

// Open starts Chromium (see Chrome) for the server s.
func Open(t *testing.T, s *Server) *Page {
	t.Helper()
	p := &Page{t: t, s: s, Ctx: Chrome(t)}
	err := chromedp.Listen(p.Ctx, func(ev any) {
		p.mu.Lock()
		defer p.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			p.jsErrors = append(p.jsErrors, e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == "error" {
				p.jsErrors = append(p.jsErrors, "console error")
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if len(p.jsErrors) > 0 {
			t.Errorf("script errors in the page: %v", p.jsErrors)
		}
	})
	return p
}

// Do runs browser steps.
func (p *Page) Do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.Ctx, steps...); err != nil {
		p.t.Fatal(err)
	}
}

// Go opens a path of the server and waits until sel is visible.
func (p *Page) Go(path, sel string) {
	p.t.Helper()
	p.Do(chromedp.Navigate(p.s.URL+path), chromedp.WaitVisible(sel))
}

// Text is the trimmed text of the first element matching sel.
func (p *Page) Text(sel string) string {
	p.t.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Text(sel))
	if err != nil {
		p.t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(v)
}

// Attr is an attribute of the first element matching sel ("" when absent).
func (p *Page) Attr(sel, name string) string {
	p.t.Helper()
	a, err := chromedp.Run(p.Ctx, chromedp.AttributeValue(sel, name))
	if err != nil {
		p.t.Fatalf("%s of %s: %v", name, sel, err)
	}
	return a.Value
}

// Count is how many elements match sel now.
func (p *Page) Count(sel string) int {
	p.t.Helper()
	nodes, err := chromedp.Run(p.Ctx, chromedp.Nodes(sel, chromedp.AtLeast(0)))
	if err != nil {
		p.t.Fatal(err)
	}
	return len(nodes)
}

// Login signs in through the login form and waits for the home page.
func (p *Page) Login(email, password string) {
	p.t.Helper()
	p.Go("/login", `[data-testid=login-email]`)
	p.Do(
		chromedp.SendKeys(`[data-testid=login-email]`, email),
		chromedp.SendKeys(`[data-testid=login-password]`, password),
		chromedp.Click(`[data-testid=login-submit]`),
		chromedp.WaitVisible(`[data-testid=home]`),
	)
}

// Screenshot saves the page as it is now (see Screenshot).
func (p *Page) Screenshot(name string) {
	p.t.Helper()
	Screenshot(p.t, p.Ctx, name)
}
