package generation

import (
	"context"
	"errors"
	"strings"
	"sync"

	"github.com/frontierhq/frontier/modules/generation/builtin"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
	"github.com/frontierhq/frontier/modules/generation/llm"
)

// BuiltinModel is the model name the template engine reports.
const BuiltinModel = "template-engine"

// builtinProvider is the template engine as the chain's last resort. It reads the structured
// brief from the context (the engine fills templates from fields, not from a prompt) and
// answers in the tagged format that contenttype.Parse reads, like a model would.
type builtinProvider struct{}

// NewBuiltinProvider returns the template engine as an llm.Provider named "builtin".
func NewBuiltinProvider() llm.Provider { return builtinProvider{} }

func (builtinProvider) Name() string  { return llm.ProviderBuiltin }
func (builtinProvider) Model() string { return BuiltinModel }

// builtinJob is the brief of one request; the drafts of all its variants are written once and
// shared by the variants' calls.
type builtinJob struct {
	brief   builtin.Brief
	opts    builtin.Options
	variant int

	shared *builtinDrafts
}

type builtinDrafts struct {
	once   sync.Once
	drafts []builtin.Draft
	err    error
}

type builtinKey struct{}

func withBuiltinJob(ctx context.Context, job builtinJob) context.Context {
	return context.WithValue(ctx, builtinKey{}, job)
}

var errNoBrief = errors.New("generation: builtin: no brief in context")

// Generate implements llm.Provider.
func (builtinProvider) Generate(ctx context.Context, _ llm.Request, onChunk func(string)) (llm.Response, error) {
	job, ok := ctx.Value(builtinKey{}).(builtinJob)
	if !ok {
		return llm.Response{}, errNoBrief
	}
	job.shared.once.Do(func() {
		job.shared.drafts, job.shared.err = builtin.Generate(job.brief, job.opts)
	})
	if job.shared.err != nil {
		return llm.Response{}, job.shared.err
	}
	if job.variant >= len(job.shared.drafts) {
		return llm.Response{}, errNoBrief
	}
	text := tagged(job.shared.drafts[job.variant].Content)
	if onChunk != nil {
		onChunk(text)
	}
	return llm.Response{Text: text, Model: BuiltinModel}, nil
}

// tagged renders content in the PromptFormat that contenttype.Parse reads.
func tagged(c contenttype.Content) string {
	spec, err := contenttype.Lookup(c.Type, c.Channel)
	if err != nil {
		return c.Format()
	}
	var b strings.Builder
	for _, p := range c.Parts {
		ps, _ := spec.Part(p.Name)
		tag := strings.ToUpper(p.Name)
		if ps.Multiline {
			b.WriteString(tag + ":\n" + p.Text + "\n")
		} else {
			b.WriteString(tag + ": " + p.Text + "\n")
		}
	}
	return b.String()
}
