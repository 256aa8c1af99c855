package generation_test

import (
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/frontierhq/frontier/app/apptest"
	"github.com/frontierhq/frontier/modules/generation/llm/llmtest"
)

// TestSlowProviderDoesNotHoldUpOtherRequests keeps more generations waiting on a model provider
// than the server lets work at once, and checks that other requests are still answered: a
// generation hands its slot back while it waits on the network.
func TestSlowProviderDoesNotHoldUpOtherRequests(t *testing.T) {
	fake := llmtest.NewOpenAI(t)
	fake.Reply = llmtest.Reply{Chunks: []string{"BODY:\nCafé de especialidad para tu oficina. ", "¡Pídelo hoy!"}, TokensIn: 30, TokensOut: 9}
	slots := max(8, 4*runtime.GOMAXPROCS(0)) // as the app sizes its database pool and its gate
	waiting := slots + 4
	for range waiting {
		fake.Enqueue(llmtest.FaultSlow)
	}
	s := apptest.Start(t, map[string]string{"OPENAI_API_KEY": llmtest.DefaultAPIKey, "OPENAI_BASE_URL": fake.OpenAIBaseURL()})
	token := s.Token(apptest.AdminEmail, apptest.AdminPassword, "")
	brief := map[string]any{"prompt": "Café de especialidad para oficinas", "content_type": "whatsapp", "target_country": "MX",
		"tone": "friendly", "provider": "openai"}

	var finished atomic.Int32
	statuses := make([]int, waiting)
	var wg sync.WaitGroup
	for i := range waiting {
		wg.Go(func() {
			statuses[i] = s.API(http.MethodPost, "/api/v1/generate-content", token, brief, nil).StatusCode
			finished.Add(1)
		})
	}
	deadline := time.Now().Add(30 * time.Second)
	for len(fake.Requests()) < waiting {
		if time.Now().After(deadline) {
			fake.Release()
			t.Fatalf("the provider got %d of %d calls: the others are queued behind them", len(fake.Requests()), waiting)
		}
		time.Sleep(10 * time.Millisecond)
	}
	var page struct{ Items []any }
	res := s.API(http.MethodGet, "/api/v1/contents", token, nil, &page)
	if res.StatusCode != http.StatusOK {
		t.Errorf("list while generations wait: status %d", res.StatusCode)
	}
	if n := finished.Load(); n != 0 {
		t.Errorf("%d generations finished before the provider answered", n)
	}
	fake.Release()
	wg.Wait()
	for i, st := range statuses {
		if st != http.StatusOK {
			t.Errorf("generation %d: status %d", i, st)
		}
	}
}
