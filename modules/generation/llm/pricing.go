package llm

import "strings"

// Price is what a provider charges, in US dollars per 1,000 tokens.
type Price struct {
	InPer1K  float64
	OutPer1K float64
}

// Cost is the price of a call that read tokensIn and wrote tokensOut tokens.
func (p Price) Cost(tokensIn, tokensOut int) float64 {
	return float64(tokensIn)/1000*p.InPer1K + float64(tokensOut)/1000*p.OutPer1K
}

// defaultPrices are the vendors' list prices (USD per 1K tokens, standard
// tier, no batch or cache discounts) as published on openai.com/api/pricing
// and anthropic.com/pricing in 2025. Self-hosted models cost nothing per
// token. Operators override them per provider in Config; keep this the only
// table of prices in the code base.
func defaultPrices() map[string]Price {
	return map[string]Price{
		"gpt-4o":            {InPer1K: 0.0025, OutPer1K: 0.010},
		"gpt-4o-mini":       {InPer1K: 0.00015, OutPer1K: 0.0006},
		"gpt-4.1":           {InPer1K: 0.002, OutPer1K: 0.008},
		"gpt-4.1-mini":      {InPer1K: 0.0004, OutPer1K: 0.0016},
		"gpt-4.1-nano":      {InPer1K: 0.0001, OutPer1K: 0.0004},
		"claude-sonnet-4-5": {InPer1K: 0.003, OutPer1K: 0.015},
		"claude-sonnet-4-0": {InPer1K: 0.003, OutPer1K: 0.015},
		"claude-haiku-4-5":  {InPer1K: 0.001, OutPer1K: 0.005},
		"claude-3-5-haiku":  {InPer1K: 0.0008, OutPer1K: 0.004},
		"claude-opus-4-1":   {InPer1K: 0.015, OutPer1K: 0.075},
	}
}

// DefaultPrice is the list price of a well-known model, matched on the model
// name or on a dated snapshot of it ("gpt-4o-2024-08-06" is priced as
// "gpt-4o", "claude-sonnet-4-5-20250929" as "claude-sonnet-4-5"). Unknown
// models and every Ollama model cost nothing; ok reports whether the model was
// found.
func DefaultPrice(kind Kind, model string) (price Price, ok bool) {
	if kind == KindOllama {
		return Price{}, true
	}
	prices := defaultPrices()
	if p, found := prices[model]; found {
		return p, true
	}
	// A dated snapshot: the longest known name that prefixes the model wins,
	// so "gpt-4o-mini-2024-07-18" is not priced as "gpt-4o".
	best := ""
	for name := range prices {
		if strings.HasPrefix(model, name+"-") && len(name) > len(best) {
			best = name
		}
	}
	if best == "" {
		return Price{}, false
	}
	return prices[best], true
}
