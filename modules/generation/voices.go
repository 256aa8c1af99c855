package generation

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/frontierhq/frontier/app/apperr"
)

// BrandVoices lists a workspace's brand voices by name.
func (s *Service) BrandVoices(ctx context.Context, workspaceID string) ([]BrandVoice, error) {
	return s.store.voices(ctx, workspaceID)
}

// BrandVoice returns one brand voice of the workspace.
func (s *Service) BrandVoice(ctx context.Context, workspaceID, id string) (BrandVoice, error) {
	return s.store.voice(ctx, workspaceID, id)
}

// SaveBrandVoice creates (empty ID) or updates a brand voice after validating it.
func (s *Service) SaveBrandVoice(ctx context.Context, v *BrandVoice) error {
	v.Name, v.Description, v.SampleCopy = strings.TrimSpace(v.Name), strings.TrimSpace(v.Description), strings.TrimSpace(v.SampleCopy)
	v.ToneWords, v.WordsToUse, v.WordsToAvoid = cleanWords(v.ToneWords), cleanWords(v.WordsToUse), cleanWords(v.WordsToAvoid)
	var val apperr.Validation
	switch n := utf8.RuneCountInString(v.Name); {
	case n == 0:
		val.Add("name", "validation.required")
	case n > 80:
		val.Add("name", "validation.too_long", "Max", 80)
	}
	if utf8.RuneCountInString(v.Description) > 1000 {
		val.Add("description", "validation.too_long", "Max", 1000)
	}
	if utf8.RuneCountInString(v.SampleCopy) > 3000 {
		val.Add("sample_copy", "validation.too_long", "Max", 3000)
	}
	for field, words := range map[string][]string{"tone_words": v.ToneWords, "words_to_use": v.WordsToUse, "words_to_avoid": v.WordsToAvoid} {
		if len(words) > 40 {
			val.Add(field, "generation.voices.error.too_many", "Max", 40)
		}
	}
	if err := val.Err(); err != nil {
		return err
	}
	return s.store.saveVoice(ctx, v)
}

// DeleteBrandVoice removes a brand voice; contents that used it keep their text.
func (s *Service) DeleteBrandVoice(ctx context.Context, workspaceID, id string) error {
	return s.store.deleteVoice(ctx, workspaceID, id)
}

// cleanWords trims, drops empty entries and repeats, and caps each word's length.
func cleanWords(words []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" || utf8.RuneCountInString(w) > 60 || seen[strings.ToLower(w)] {
			continue
		}
		seen[strings.ToLower(w)] = true
		out = append(out, w)
	}
	return out
}

// SplitWords reads a comma- or line-separated list as the forms send it.
func SplitWords(s string) []string {
	return cleanWords(strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\n' || r == ';' }))
}
