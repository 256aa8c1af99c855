package culture

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"gorm.io/gorm"

	"github.com/frontierhq/frontier/modules/culture/lexicon"
	"github.com/frontierhq/frontier/modules/culture/seed"
)

// Service is the culture module's business logic. It owns the transactions and the compiled
// checker, which it rebuilds from the database after every lexicon change.
type Service struct {
	store store
	log   *slog.Logger
	now   func() time.Time
	// lexiconBase is the part of the lexicon that is not edited in the database (offensive
	// terms, Spain-only slang, vosotros grammar): the embedded seed's.
	lexiconBase lexicon.Data
	engine      atomic.Pointer[lexicon.Engine]
	// lexiconWrites serializes lexicon edits with their recompilation, so the engine in use is
	// always compiled from the latest committed concepts.
	lexiconWrites sync.Mutex
}

// NewService seeds the profiles and the lexicon (idempotently: missing rows are added, rows
// no admin edited follow the seed, edited rows are left alone) and compiles the checker.
func NewService(ctx context.Context, db *gorm.DB, log *slog.Logger) (*Service, error) {
	base, err := lexicon.Seed()
	if err != nil {
		return nil, fmt.Errorf("culture: %w", err)
	}
	s := &Service{store: store{db: db}, log: log, now: func() time.Time { return time.Now().UTC() }, lexiconBase: base}
	profiles, err := seed.Profiles()
	if err != nil {
		return nil, fmt.Errorf("culture: %w", err)
	}
	if err := s.seed(ctx, profiles, base.Concepts); err != nil {
		return nil, err
	}
	if err := s.recompile(ctx, s.store); err != nil {
		return nil, err
	}
	return s, nil
}

// seed brings the database in line with the given seed data in one transaction.
func (s *Service) seed(ctx context.Context, profiles []Profile, concepts []Concept) error {
	docs := func(n int, key func(int) string, item func(int) any) (map[string]string, []string, error) {
		out, order := make(map[string]string, n), make([]string, 0, n)
		for i := range n {
			b, err := json.Marshal(item(i))
			if err != nil {
				return nil, nil, err
			}
			out[key(i)] = string(b)
			order = append(order, key(i))
		}
		return out, order, nil
	}
	profileDocs, profileOrder, err := docs(len(profiles), func(i int) string { return profiles[i].Country }, func(i int) any { return profiles[i] })
	if err != nil {
		return fmt.Errorf("culture: seed: %w", err)
	}
	conceptDocs, conceptOrder, err := docs(len(concepts), func(i int) string { return concepts[i].Key }, func(i int) any { return concepts[i] })
	if err != nil {
		return fmt.Errorf("culture: seed: %w", err)
	}
	err = s.store.inTx(ctx, func(tx store) error {
		if err := tx.lockSeed(ctx); err != nil {
			return err
		}
		if err := seedTable[Profile](ctx, tx, profilesTable, profileOrder, profileDocs); err != nil {
			return err
		}
		return seedTable[Concept](ctx, tx, conceptsTable, conceptOrder, conceptDocs)
	})
	if err != nil {
		return fmt.Errorf("culture: seed: %w", err)
	}
	return nil
}

// seedTable inserts the missing rows and updates the rows no admin edited whose seed changed.
func seedTable[T any](ctx context.Context, tx store, t table, order []string, docs map[string]string) error {
	existing, err := tx.all(ctx, t)
	if err != nil {
		return err
	}
	current := make(map[string]row, len(existing))
	for _, r := range existing {
		current[r.Key] = r
	}
	for _, key := range order {
		want, _, err := canonical[T](docs[key])
		if err != nil {
			return fmt.Errorf("%s %s: %w", t.name, key, err)
		}
		r, ok := current[key]
		if !ok {
			if _, err := tx.insertMissing(ctx, t, key, want); err != nil {
				return err
			}
			continue
		}
		if r.EditedByAdmin {
			continue
		}
		have, _, err := canonical[T](r.Data)
		if err != nil {
			return fmt.Errorf("%s %s: %w", t.name, key, err)
		}
		if have == want {
			continue
		}
		if _, err := tx.update(ctx, t, key, r.Version, want, nil, changedFields(have, want), nil); err != nil {
			return err
		}
	}
	return nil
}

// Engine returns the checker and adapter compiled from the current lexicon. It is safe to keep
// and use while the lexicon changes: a change swaps in a new engine, it never alters one.
func (s *Service) Engine() *lexicon.Engine { return s.engine.Load() }

// recompile builds the engine from the concepts in the database (read through st, which may be
// a transaction) and swaps it in.
func (s *Service) recompile(ctx context.Context, st store) error {
	engine, err := s.compile(ctx, st, nil)
	if err != nil {
		return err
	}
	s.engine.Store(engine)
	return nil
}

// compile builds an engine from the stored concepts, with one concept replaced when override
// is given (to try an edit before it is written).
func (s *Service) compile(ctx context.Context, st store, override *Concept) (*lexicon.Engine, error) {
	rows, err := st.all(ctx, conceptsTable)
	if err != nil {
		return nil, err
	}
	data := s.lexiconBase
	data.Concepts = make([]Concept, 0, len(rows))
	latest := time.Time{}
	for _, r := range rows {
		var c Concept
		if err := json.Unmarshal([]byte(r.Data), &c); err != nil {
			return nil, fmt.Errorf("culture: lexicon concept %s: %w", r.Key, err)
		}
		if override != nil && c.Key == override.Key {
			c = *override
		}
		data.Concepts = append(data.Concepts, c)
		if r.UpdatedAt.After(latest) {
			latest = r.UpdatedAt
		}
	}
	data.Version = s.lexiconBase.Version + "+" + latest.UTC().Format(time.RFC3339Nano)
	engine, err := lexicon.NewEngine(data)
	if err != nil {
		return nil, fmt.Errorf("culture: compiling the lexicon: %w", err)
	}
	return engine, nil
}
