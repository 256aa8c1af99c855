// Package apptest runs the real Frontier server in-process for end-to-end tests: app.Run on a
// free loopback port against an isolated, migrated test database, plus a browser-like client
// with a cookie jar that signs in and sends CSRF tokens like a person's browser would.
package apptest

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/frontierhq/frontier/app"
	"github.com/frontierhq/frontier/app/testdb"
)

// Admin credentials of every test server.
const (
	AdminEmail    = "admin@example.com"
	AdminPassword = "admin-password-123"
)

// Server is a running Frontier.
type Server struct {
	URL string
	t   testing.TB
}

// Start runs Frontier until the test ends. env adds or overrides environment variables.
func Start(t testing.TB, env map[string]string) *Server {
	t.Helper()
	addr := freeAddr(t)
	vars := map[string]string{
		"DATABASE_URL":            testdb.URL(t),
		"FRONTIER_ADDR":           addr,
		"FRONTIER_DATA_DIR":       t.TempDir(),
		"FRONTIER_ADMIN_EMAIL":    AdminEmail,
		"FRONTIER_ADMIN_PASSWORD": AdminPassword,
		"FRONTIER_LOG_LEVEL":      "error",
	}
	for k, v := range env {
		vars[k] = v
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.Run(ctx, []string{"serve"}, func(k string) string { return vars[k] }, io.Discard) }()
	s := &Server{URL: "http://" + addr, t: t}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("app.Run: %v", err)
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case err := <-done:
			t.Fatalf("server exited before it was ready: %v", err)
		default:
		}
		res, err := http.Get(s.URL + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not ready after 60s: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func freeAddr(t testing.TB) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// Browser is an HTTP client with cookies that does not follow redirects, so tests see them.
type Browser struct {
	s      *Server
	Client *http.Client
	Lang   string // Accept-Language sent with each request
}

// Browser returns a fresh client without cookies.
func (s *Server) Browser() *Browser {
	jar, _ := cookiejar.New(nil)
	return &Browser{s: s, Lang: "es", Client: &http.Client{
		Jar:           jar,
		Timeout:       60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

// Cookie returns the value of a cookie the server set.
func (b *Browser) Cookie(name string) string {
	u, _ := url.Parse(b.s.URL)
	for _, c := range b.Client.Jar.Cookies(u) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

// Do sends a request and returns the response with its body read.
func (b *Browser) Do(req *http.Request) (*http.Response, string) {
	b.s.t.Helper()
	if b.Lang != "" {
		req.Header.Set("Accept-Language", b.Lang)
	}
	res, err := b.Client.Do(req)
	if err != nil {
		b.s.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

// Get fetches a page.
func (b *Browser) Get(path string) (*http.Response, string) {
	req, _ := http.NewRequest(http.MethodGet, b.s.URL+path, nil)
	return b.Do(req)
}

// Doc parses an HTML body.
func Doc(t testing.TB, body string) *goquery.Document {
	t.Helper()
	d, err := goquery.NewDocumentFromReader(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Post submits a form with the CSRF token, as the page's form would.
func (b *Browser) Post(path string, form url.Values) (*http.Response, string) {
	b.s.t.Helper()
	if b.Cookie("frontier_csrf") == "" {
		b.Get("/login") // any page sets the CSRF cookie
	}
	if form == nil {
		form = url.Values{}
	}
	form.Set("_csrf", b.Cookie("frontier_csrf"))
	return b.PostRaw(path, form)
}

// PostRaw submits a form exactly as given (no CSRF token added).
func (b *Browser) PostRaw(path string, form url.Values) (*http.Response, string) {
	req, _ := http.NewRequest(http.MethodPost, b.s.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.Do(req)
}

// Login signs in and fails the test if it does not work.
func (b *Browser) Login(email, password string) {
	b.s.t.Helper()
	res, body := b.Post("/login", url.Values{"email": {email}, "password": {password}})
	if res.StatusCode != http.StatusSeeOther {
		b.s.t.Fatalf("login %s: status %d\n%s", email, res.StatusCode, body)
	}
}

// API calls a JSON endpoint with an optional bearer token and decodes the answer into out.
func (s *Server) API(method, path, token string, in, out any) *http.Response {
	s.t.Helper()
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			s.t.Fatal(err)
		}
		body = strings.NewReader(string(b))
	}
	req, _ := http.NewRequest(method, s.URL+path, body)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	if out != nil && len(raw) > 0 {
		if err := json.Unmarshal(raw, out); err != nil {
			s.t.Fatalf("%s %s: decoding %q: %v", method, path, raw, err)
		}
	}
	return res
}

// Token signs in through the API and returns a bearer token.
func (s *Server) Token(email, password, workspace string) string {
	s.t.Helper()
	var out struct{ Token string }
	res := s.API(http.MethodPost, "/api/v1/auth/token", "", map[string]string{"email": email, "password": password, "workspace": workspace}, &out)
	if res.StatusCode != http.StatusCreated || out.Token == "" {
		s.t.Fatalf("token for %s: status %d", email, res.StatusCode)
	}
	return out.Token
}
