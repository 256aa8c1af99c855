package app

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/admit"
)

// TestAdmitMiddleware fills a one-slot gate and checks that the next request is turned away
// with 503 and a Retry-After, while assets, health probes and event streams still pass.
func TestAdmitMiddleware(t *testing.T) {
	a := &App{gate: admit.New(1, 20*time.Millisecond)}
	e := echo.New()
	request := func(path, accept string) (echo.Context, *httptest.ResponseRecorder) {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		if accept != "" {
			req.Header.Set(echo.HeaderAccept, accept)
		}
		rec := httptest.NewRecorder()
		return e.NewContext(req, rec), rec
	}
	held, release, done := make(chan struct{}), make(chan struct{}), make(chan error)
	go func() {
		c, _ := request("/api/v1/contents", "")
		done <- a.admit(func(echo.Context) error {
			close(held)
			<-release
			return nil
		})(c)
	}()
	<-held

	c, rec := request("/api/v1/contents", "")
	err := a.admit(func(echo.Context) error {
		t.Error("a request ran without a slot")
		return nil
	})(c)
	if status, _ := classify(err); !errors.Is(err, admit.ErrBusy) || status != http.StatusServiceUnavailable {
		t.Errorf("err = %v (status %d), want ErrBusy answered 503", err, status)
	}
	if got := rec.Header().Get("Retry-After"); got != "1" {
		t.Errorf("Retry-After = %q", got)
	}

	for _, tc := range []struct{ path, accept string }{
		{"/static/app.css", ""}, {"/healthz", ""}, {"/readyz", ""}, {"/generate/stream/x", "text/event-stream"},
	} {
		c, _ := request(tc.path, tc.accept)
		ran := false
		if err := a.admit(func(echo.Context) error { ran = true; return nil })(c); err != nil || !ran {
			t.Errorf("%s (%s) with the gate full: ran=%v err=%v", tc.path, tc.accept, ran, err)
		}
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if a.gate.InUse() != 0 {
		t.Errorf("%d slots still taken", a.gate.InUse())
	}
}
