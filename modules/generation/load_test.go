package generation_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/frontierhq/frontier/app/apptest"
)

// TestLoadBuiltinEndToEnd posts briefs to the real server on 127.0.0.1 from 50 concurrent
// clients, a bounded number of requests in all, written by the template engine, and prints
// p50/p99 and requests per second. It runs only with FRONTIER_LOAD=1 (make bench); speed is reported,
// never asserted. FRONTIER_LOAD_N changes the number of requests (2,000) and FRONTIER_LOAD_PROFILE
// names a file for a CPU profile of the server and the clients during the run.
func TestLoadBuiltinEndToEnd(t *testing.T) {
	if os.Getenv("FRONTIER_LOAD") == "" {
		t.Skip("set FRONTIER_LOAD=1 (make bench)")
	}
	s := apptest.Start(t, nil)
	const concurrency = 50
	total := 2000
	if n, _ := strconv.Atoi(os.Getenv("FRONTIER_LOAD_N")); n > 0 {
		total = n
	}
	// One token per client, as 50 integrations would have: a shared token would measure the
	// row lock on its last-use time instead of the platform.
	tokens := make(chan string, concurrency)
	for range concurrency {
		tokens <- s.Token(apptest.AdminEmail, apptest.AdminPassword, "")
	}
	body, _ := json.Marshal(map[string]any{"prompt": "Zapatillas livianas para correr con 20% de descuento", "content_type": "social_post",
		"target_country": "MX", "target_industry": "retail", "tone": "friendly", "length": 0})
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 30 * time.Second}
	post := func(token string) error {
		req, _ := http.NewRequest(http.MethodPost, s.URL+"/api/v1/generate-content", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		res, err := client.Do(req)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		io.Copy(io.Discard, res.Body)
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("status %d", res.StatusCode)
		}
		return nil
	}
	// Warm up as the run will go: every client opens its connection and sends a few briefs at
	// once, so that the server's database connections are all open and their statements
	// prepared before anything is measured. A cold start is not the steady state.
	var warm sync.WaitGroup
	warmErrs := make(chan error, concurrency)
	for range concurrency {
		token := <-tokens
		warm.Go(func() {
			defer func() { tokens <- token }()
			for range 4 {
				if err := post(token); err != nil {
					warmErrs <- err
					return
				}
			}
		})
	}
	warm.Wait()
	close(warmErrs)
	if err := <-warmErrs; err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var failures int
	lat := make([]time.Duration, 0, total)
	jobs := make(chan struct{}, total)
	for range total {
		jobs <- struct{}{}
	}
	close(jobs)
	if f := os.Getenv("FRONTIER_LOAD_PROFILE"); f != "" {
		out, err := os.Create(f)
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		if err := pprof.StartCPUProfile(out); err != nil {
			t.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	start := time.Now()
	var wg sync.WaitGroup
	for range concurrency {
		token := <-tokens
		wg.Go(func() {
			for range jobs {
				t0 := time.Now()
				err := post(token)
				d := time.Since(t0)
				mu.Lock()
				if err != nil {
					failures++
				} else {
					lat = append(lat, d)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		return lat[min(max(int(float64(len(lat))*p+0.5)-1, 0), len(lat)-1)].Round(10 * time.Microsecond)
	}
	line := fmt.Sprintf("%-48s n=%d failed=%d  p50=%v  p99=%v  max=%v  %.0f req/s", "builtin end to end (HTTP API, 50 clients)",
		len(lat), failures, pct(0.5), pct(0.99), lat[len(lat)-1].Round(10*time.Microsecond), float64(len(lat))/elapsed.Seconds())
	fmt.Println(line)
	if failures > 0 {
		t.Errorf("%d requests failed", failures)
	}
}
