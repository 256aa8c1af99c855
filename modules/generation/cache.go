package generation

import (
	"context"
	"sync"
	"time"
)

// workspaceCache keeps, for a short while, what every generation of a workspace reads but that
// changes rarely: its routing choice, its rating groups and its best-rated examples. Changes
// made through this service drop the workspace's entry at once; another process's changes show
// within cacheTTL.
type workspaceCache struct {
	mu      sync.Mutex
	entries map[string]*workspaceEntry
	now     func() time.Time
}

const cacheTTL = 30 * time.Second

type workspaceEntry struct {
	at         time.Time
	provider   *string
	groups     []ratingGroup
	haveGroups bool
	examples   map[string][]string // by content type + country
}

func newWorkspaceCache(now func() time.Time) *workspaceCache {
	return &workspaceCache{entries: map[string]*workspaceEntry{}, now: now}
}

// entry returns the workspace's fresh entry, creating it; the caller holds c.mu.
func (c *workspaceCache) entry(workspaceID string) *workspaceEntry {
	e, ok := c.entries[workspaceID]
	if !ok || c.now().Sub(e.at) > cacheTTL {
		if len(c.entries) > 10000 {
			clear(c.entries)
		}
		e = &workspaceEntry{at: c.now(), examples: map[string][]string{}}
		c.entries[workspaceID] = e
	}
	return e
}

func (c *workspaceCache) forget(workspaceID string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, workspaceID)
}

func (s *Service) cachedProvider(ctx context.Context, workspaceID string) (string, error) {
	s.cache.mu.Lock()
	if p := s.cache.entry(workspaceID).provider; p != nil {
		s.cache.mu.Unlock()
		return *p, nil
	}
	s.cache.mu.Unlock()
	p, err := s.store.workspaceProvider(ctx, workspaceID)
	if err != nil {
		return "", err
	}
	s.cache.mu.Lock()
	s.cache.entry(workspaceID).provider = &p
	s.cache.mu.Unlock()
	return p, nil
}

func (s *Service) cachedLearned(ctx context.Context, workspaceID, contentType, country string) (*learnedStats, error) {
	s.cache.mu.Lock()
	if e := s.cache.entry(workspaceID); e.haveGroups {
		groups := e.groups
		s.cache.mu.Unlock()
		return learnedFrom(groups, contentType, country), nil
	}
	s.cache.mu.Unlock()
	groups, err := s.store.ratingGroups(ctx, workspaceID)
	if err != nil {
		return nil, err
	}
	s.cache.mu.Lock()
	e := s.cache.entry(workspaceID)
	e.groups, e.haveGroups = groups, true
	s.cache.mu.Unlock()
	return learnedFrom(groups, contentType, country), nil
}

func (s *Service) cachedExamples(ctx context.Context, workspaceID, contentType, country string) ([]string, error) {
	key := contentType + "/" + country
	s.cache.mu.Lock()
	if ex, ok := s.cache.entry(workspaceID).examples[key]; ok {
		s.cache.mu.Unlock()
		return ex, nil
	}
	s.cache.mu.Unlock()
	ex, err := s.store.bestRated(ctx, workspaceID, contentType, country, 2)
	if err != nil {
		return nil, err
	}
	s.cache.mu.Lock()
	s.cache.entry(workspaceID).examples[key] = ex
	s.cache.mu.Unlock()
	return ex, nil
}

// datesCache keeps the commercial dates near a day for a country: the calendar is computed by
// rule, so the same country and day always give the same dates, and every generation for a
// model asks for them.
type datesCache struct {
	mu sync.Mutex
	m  map[string][]CommercialDate // by country/day
}

func (c *datesCache) get(key string) ([]CommercialDate, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.m[key]
	return d, ok
}

func (c *datesCache) put(key string, dates []CommercialDate) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= 10000 {
		c.m = map[string][]CommercialDate{}
	}
	c.m[key] = dates
}
