package auth

import (
	"context"
	"sync"
	"time"
)

// bearerCache remembers for a few seconds what a token resolved to, so that an integration
// sending many requests does not cost a database query each. Every change the service makes
// to users, memberships, workspaces or tokens empties it once committed, so a revoked token,
// a removed member or a disabled account is refused on the next request; a change made to
// the database behind the service's back shows within bearerTTL. Only valid tokens are kept.
type bearerCache struct {
	mu      sync.Mutex
	entries map[[32]byte]bearerEntry
	// version counts the times the cache was emptied, so that a lookup that read the
	// database before a change committed does not store what it read after.
	version uint64
}

type bearerEntry struct {
	bearer Bearer
	at     time.Time
}

const (
	bearerTTL        = 5 * time.Second
	maxBearerEntries = 10_000
)

func newBearerCache() *bearerCache {
	return &bearerCache{entries: map[[32]byte]bearerEntry{}}
}

// get returns the bearer of a token hash resolved less than bearerTTL before now, and the
// cache's version to hand back to put.
func (c *bearerCache) get(sum [32]byte, now time.Time) (Bearer, uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[sum]
	if ok && now.Sub(e.at) >= bearerTTL {
		delete(c.entries, sum)
		ok = false
	}
	return e.bearer, c.version, ok
}

// put stores a bearer read from the database, unless the cache was emptied since version.
func (c *bearerCache) put(sum [32]byte, b Bearer, version uint64, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		return
	}
	if len(c.entries) >= maxBearerEntries {
		clear(c.entries)
	}
	c.entries[sum] = bearerEntry{bearer: b, at: now}
}

// touched records a token's new last-use time in its entry.
func (c *bearerCache) touched(sum [32]byte, at time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[sum]; ok {
		e.bearer.Token.LastUsedAt = &at
		c.entries[sum] = e
	}
}

func (c *bearerCache) forget() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.version++
	clear(c.entries)
}

// inTx runs fn in a transaction of the store and then forgets every cached bearer: whatever
// the service changed may change what a token stands for.
func (s *Service) inTx(ctx context.Context, fn func(tx store) error) error {
	err := s.store.inTx(ctx, fn)
	s.bearers.forget()
	return err
}
