package generation

import (
	"context"
	"testing"
	"time"
)

func searchIDs(t *testing.T, ts testService, query string) []string {
	t.Helper()
	items, _, err := ts.Contents(context.Background(), ts.workspaceID, ContentFilter{Query: query})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, it := range items {
		ids = append(ids, it.ID)
	}
	return ids
}

// TestSearchFollowsEditsAndDeletes: an edited copy is found by its new words only, and a
// content deleted while queued leaves nothing behind.
func TestSearchFollowsEditsAndDeletes(t *testing.T) {
	ts := newTestService(t, nil)
	ctx := context.Background()
	r, err := ts.Generate(ctx, ts.caller(), Brief{Prompt: "Promoción de zapatilla deportiva", Product: "zapatilla Vuela",
		ContentType: "sms", Country: "MX", Provider: "builtin"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	id := r.Content.ID
	if got := searchIDs(t, ts, "zapatillas"); len(got) != 1 || got[0] != id {
		t.Fatalf("search right after the generation: %v", got)
	}
	if err := ts.Edit(ctx, ts.caller(), id, "Nuevas mochilas impermeables para la lluvia."); err != nil {
		t.Fatal(err)
	}
	if got := searchIDs(t, ts, "mochila"); len(got) != 1 || got[0] != id {
		t.Errorf("search for the edited copy's words: %v", got)
	}
	if n := count(t, ts.db, "content_search_queue"); n != 0 {
		t.Errorf("%d contents still queued after a search", n)
	}

	r2, err := ts.Generate(ctx, ts.caller(), Brief{Prompt: "Café de especialidad", ContentType: "sms", Country: "CO", Provider: "builtin"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ts.Delete(ctx, ts.caller(), r2.Content.ID); err != nil {
		t.Fatal(err)
	}
	if got := searchIDs(t, ts, "café"); len(got) != 0 {
		t.Errorf("a deleted content is found: %v", got)
	}
	if n := count(t, ts.db, "content_search_queue") + count(t, ts.db, "content_search") - 1; n != 0 {
		t.Errorf("the deleted content left %d rows in the search tables", n)
	}
}

// TestIndexerRunsInTheBackground: without any search, queued contents are indexed shortly
// after they are saved, in one batch.
func TestIndexerRunsInTheBackground(t *testing.T) {
	ts := newTestService(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		ts.RunIndexer(ctx)
		close(done)
	}()
	defer func() {
		cancel()
		<-done
	}()
	for _, c := range []string{"MX", "AR", "BR"} {
		if _, err := ts.Generate(context.Background(), ts.caller(), Brief{Prompt: "Zapatillas para correr", ContentType: "sms",
			Country: c, Provider: "builtin"}, nil); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for count(t, ts.db, "content_search") < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("indexed %d of 3 contents; %d still queued", count(t, ts.db, "content_search"), count(t, ts.db, "content_search_queue"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if n := count(t, ts.db, "content_search_queue"); n != 0 {
		t.Errorf("%d contents still queued", n)
	}
}

// TestSearchFlushEmptiesTheQueueBesideTheIndexer: a search's flush that runs while the
// background indexer works through a long queue returns only once the queue is empty. The
// interleaving is not forced: indexLock is what guarantees it whatever the timing.
func TestSearchFlushEmptiesTheQueueBesideTheIndexer(t *testing.T) {
	ts := newTestService(t, nil)
	ctx := context.Background()
	for round := range 5 {
		if err := ts.db.Exec(`INSERT INTO content_search_queue (content_id) SELECT gen_random_uuid() FROM generate_series(1, 450)`).Error; err != nil {
			t.Fatal(err)
		}
		background := make(chan error, 1)
		go func() { background <- ts.indexQueued(ctx, 0) }()
		if err := ts.indexQueued(ctx, 0); err != nil {
			t.Fatal(err)
		}
		if n := count(t, ts.db, "content_search_queue"); n != 0 {
			t.Errorf("round %d: %d contents still queued when the flush returned", round, n)
		}
		if err := <-background; err != nil {
			t.Fatal(err)
		}
	}
}
