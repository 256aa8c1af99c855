package app

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/frontierhq/frontier/modules/culture"
	"github.com/frontierhq/frontier/modules/culture/lexicon"
	"github.com/frontierhq/frontier/modules/generation"
)

// generationCulture gives the generation module what it needs of the culture module. Check and
// Adapt run on the culture service's compiled engine directly: the pipeline calls them once per
// part of the copy, with a country it has validated. Profiles are read once per profileTTL, so
// an admin's edit reaches the prompts within that time.
type generationCulture struct {
	svc *culture.Service

	mu       sync.Mutex
	profiles map[string]generation.Profile
	loadedAt time.Time
}

const profileTTL = 10 * time.Second

func (g *generationCulture) Profile(ctx context.Context, country string) (generation.Profile, error) {
	code := strings.ToUpper(strings.TrimSpace(country))
	g.mu.Lock()
	if time.Since(g.loadedAt) > profileTTL {
		g.profiles, g.loadedAt = map[string]generation.Profile{}, time.Now()
	}
	p, ok := g.profiles[code]
	g.mu.Unlock()
	if ok {
		return p, nil
	}
	stored, err := g.svc.Profile(ctx, code)
	if err != nil {
		return generation.Profile{}, err
	}
	p = generation.ProfileFromSeed(stored.Profile)
	g.mu.Lock()
	g.profiles[code] = p
	g.mu.Unlock()
	return p, nil
}

func (g *generationCulture) Check(_ context.Context, text, country, formality string) ([]lexicon.Finding, error) {
	return g.svc.Engine().Check(text, lexicon.CheckOptions{Country: country, Formality: lexicon.Formality(formality)}), nil
}

func (g *generationCulture) Adapt(_ context.Context, text, to, from, formality string) (string, []lexicon.Change, error) {
	out, changes := g.svc.Engine().Adapt(text, lexicon.AdaptOptions{From: from, To: to, Formality: lexicon.Formality(formality)})
	return out, changes, nil
}

func (g *generationCulture) NextDates(ctx context.Context, country string, from time.Time, n int) ([]generation.CommercialDate, error) {
	events, err := g.svc.NextDates(ctx, country, from, min(max(n, 1), culture.MaxNextDates))
	if err != nil {
		return nil, err
	}
	out := make([]generation.CommercialDate, len(events))
	for i, e := range events {
		out[i] = generation.CommercialDate{Date: e.Date, Name: e.Name, Kind: e.Kind}
	}
	return out, nil
}
