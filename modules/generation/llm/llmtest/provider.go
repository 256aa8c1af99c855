package llmtest

import (
	"context"
	"strings"

	"github.com/frontierhq/frontier/modules/generation/llm"
)

// Static is a Provider that answers every request at once, streaming its
// chunks: a stand-in for the builtin engine and for benchmarks.
type Static struct {
	ProviderName string
	ModelName    string
	Chunks       []string
}

// Name implements llm.Provider.
func (s Static) Name() string { return s.ProviderName }

// Model implements llm.Provider.
func (s Static) Model() string { return s.ModelName }

// Generate implements llm.Provider.
func (s Static) Generate(ctx context.Context, _ llm.Request, onChunk func(string)) (llm.Response, error) {
	if err := ctx.Err(); err != nil {
		return llm.Response{}, err
	}
	if onChunk != nil {
		for _, c := range s.Chunks {
			onChunk(c)
		}
	}
	return llm.Response{Text: strings.Join(s.Chunks, ""), Model: s.ModelName}, nil
}
