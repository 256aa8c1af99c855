package llm

import (
	"fmt"
	"slices"
)

// The provider names the default routing rules refer to; ConfigFromEnv names
// providers after their kind.
const (
	ProviderOpenAI    = string(KindOpenAI)
	ProviderAnthropic = string(KindAnthropic)
	ProviderOllama    = string(KindOllama)
	ProviderBuiltin   = string(KindBuiltin)
)

// IsLongForm reports whether a content type is long-form copy: the forms the
// default route sends to the own model when a country is targeted.
func IsLongForm(contentType string) bool {
	switch contentType {
	case "blog_intro", "landing_hero", "product_description", "email":
		return true
	}
	return false
}

// isCreative reports whether a content type is short creative copy (social
// posts and ads), which the default route sends to Claude.
func isCreative(contentType string) bool {
	switch contentType {
	case "social_post", "google_ads", "meta_ad":
		return true
	}
	return false
}

// Route is the order in which providers are tried for one piece of copy.
//
// The preferred provider comes first: override when set (the request's
// provider, else the workspace's), otherwise the default rule: creative
// content types (social_post, google_ads, meta_ad) to anthropic, long form
// with a target country to ollama, the own model, everything else to openai.
// The other configured providers follow in configured order, and builtin is
// always last. A preferred provider that is not configured is left out; an
// override that is not configured is an error (ErrProviderNotConfigured), one
// that names no provider at all is ErrUnknownProvider. Overriding to builtin
// uses builtin alone.
func Route(contentType, country string, longForm bool, configured []string, override string) ([]string, error) {
	preferred := override
	if override != "" {
		switch {
		case override == ProviderBuiltin:
			return []string{ProviderBuiltin}, nil
		case slices.Contains(configured, override):
		case override == ProviderOpenAI, override == ProviderAnthropic, override == ProviderOllama:
			return nil, fmt.Errorf("llm: route: %q: %w", override, ErrProviderNotConfigured)
		default:
			return nil, fmt.Errorf("llm: route: %q: %w", override, ErrUnknownProvider)
		}
	} else {
		preferred = defaultProvider(contentType, country, longForm)
	}

	order := make([]string, 0, len(configured)+1)
	if slices.Contains(configured, preferred) {
		order = append(order, preferred)
	}
	for _, name := range configured {
		if name != preferred && name != ProviderBuiltin && !slices.Contains(order, name) {
			order = append(order, name)
		}
	}
	return append(order, ProviderBuiltin), nil
}

func defaultProvider(contentType, country string, longForm bool) string {
	switch {
	case isCreative(contentType):
		return ProviderAnthropic
	case longForm && country != "":
		return ProviderOllama
	default:
		return ProviderOpenAI
	}
}
