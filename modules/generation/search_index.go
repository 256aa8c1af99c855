package generation

import (
	"context"
	"fmt"
	"time"
)

// The library's full-text vectors are computed off the request path: a generation queues its
// content in the same statement that saves it (content_search_queue), and indexSearch turns
// queued contents into vectors in batches. It runs in the background a moment after
// generations, and before every search, so a search sees every content already saved.

// indexBatch is how many contents one statement indexes: about 15 ms of Postgres's time.
const indexBatch = 100

// indexDelay is how long the background indexer lets generations accumulate before it
// indexes them, and indexPause how long it rests between two batches: under a steady stream
// of generations it indexes in small slices instead of a long statement that slows the
// requests running beside it. It still keeps up with thousands of generations a second.
const (
	indexDelay = time.Second
	indexPause = 20 * time.Millisecond
)

// indexSweep is how often the background indexer looks at the queue without being told.
const indexSweep = time.Minute

// searchVector is the text search vector of a contents row (aliased c): the prompt, the
// product and the final copy, stemmed in the content's language.
const searchVector = `to_tsvector(CASE WHEN c.language = 'pt' THEN 'portuguese'::regconfig ELSE 'spanish'::regconfig END,
    c.prompt || ' ' || c.product || ' ' || c.final_text)`

// indexLock is the advisory lock that makes batches take turns: a batch that ran beside
// another would skip the rows the other holds and could stop before the queue is empty.
const indexLock = 0x66726f6e74696572 // "frontier"

// indexSearch computes the vectors of queued contents, at most indexBatch of them, and
// returns how many it took from the queue. Batches take turns (indexLock), so a batch shorter
// than indexBatch means the queue held nothing more when it ran.
func (s store) indexSearch(ctx context.Context) (int, error) {
	var n int
	err := s.inTx(ctx, func(tx store) error {
		if err := tx.with(ctx).Exec(`SELECT pg_advisory_xact_lock(?)`, indexLock).Error; err != nil {
			return err
		}
		return tx.with(ctx).Raw(`
WITH batch AS (
    DELETE FROM content_search_queue
    WHERE content_id IN (SELECT content_id FROM content_search_queue ORDER BY content_id LIMIT ?)
    RETURNING content_id
), indexed AS (
    INSERT INTO content_search (content_id, language, search)
    SELECT c.id, c.language, `+searchVector+`
    FROM contents c JOIN batch b ON b.content_id = c.id
    ON CONFLICT (content_id) DO UPDATE SET language = EXCLUDED.language, search = EXCLUDED.search
)
SELECT count(*) FROM batch`, indexBatch).Row().Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("generation: index search: %w", err)
	}
	return n, nil
}

// indexQueued indexes batches until the queue is empty, resting pause between two batches.
// When it returns without error, everything queued before the call is searchable.
func (s *Service) indexQueued(ctx context.Context, pause time.Duration) error {
	for {
		n, err := s.store.indexSearch(ctx)
		if err != nil || n < indexBatch {
			return err
		}
		if pause > 0 {
			select {
			case <-time.After(pause):
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
}

// queueSearch queues a content whose text changed for indexing.
func (s store) queueSearch(ctx context.Context, contentID string) error {
	err := s.with(ctx).Exec(`INSERT INTO content_search_queue (content_id) VALUES (?) ON CONFLICT DO NOTHING`, contentID).Error
	if err != nil {
		return fmt.Errorf("generation: queue search: %w", err)
	}
	return nil
}

// searchQueued wakes the background indexer; it never blocks.
func (s *Service) searchQueued() {
	select {
	case s.indexWake <- struct{}{}:
	default:
	}
}

// RunIndexer indexes queued contents in the background until ctx ends: at once (contents
// queued before a restart), indexDelay after a generation, and every indexSweep in any case.
func (s *Service) RunIndexer(ctx context.Context) {
	sweep := time.NewTicker(indexSweep)
	defer sweep.Stop()
	if err := s.indexQueued(ctx, indexPause); err != nil && ctx.Err() == nil {
		s.log.Error("search index", "err", err)
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.indexWake:
			select {
			case <-time.After(indexDelay):
			case <-ctx.Done():
				return
			}
		case <-sweep.C:
		}
		if err := s.indexQueued(ctx, indexPause); err != nil && ctx.Err() == nil {
			s.log.Error("search index", "err", err)
		}
	}
}
