package generation

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/frontierhq/frontier/app/apperr"
)

// Content returns a content of the workspace; another workspace's id is not found.
func (s *Service) Content(ctx context.Context, workspaceID, id string) (Content, error) {
	return s.store.content(ctx, workspaceID, id)
}

// Attempts returns the recorded provider calls of a content.
func (s *Service) Attempts(ctx context.Context, workspaceID, id string) ([]Attempt, error) {
	if _, err := s.store.content(ctx, workspaceID, id); err != nil {
		return nil, err
	}
	return s.store.attempts(ctx, workspaceID, id)
}

// Feedback returns the ratings of a content, newest first.
func (s *Service) Feedback(ctx context.Context, workspaceID, id string) ([]Feedback, error) {
	if _, err := s.store.content(ctx, workspaceID, id); err != nil {
		return nil, err
	}
	return s.store.feedback(ctx, workspaceID, id)
}

// MaxPageSize is the largest page the library answers.
const MaxPageSize = 100

// Contents lists the workspace's library, newest first, with the total that matches.
func (s *Service) Contents(ctx context.Context, workspaceID string, f ContentFilter) ([]Content, int64, error) {
	if f.Limit <= 0 || f.Limit > MaxPageSize {
		f.Limit = 20
	}
	if f.Offset < 0 {
		f.Offset = 0
	}
	f.Country = strings.ToUpper(strings.TrimSpace(f.Country))
	if strings.TrimSpace(f.Query) != "" {
		// A search sees every content saved before it: index what is still queued.
		if err := s.indexQueued(ctx, 0); err != nil {
			return nil, 0, err
		}
	}
	return s.store.contents(ctx, workspaceID, f)
}

// Rate records a rating from 1 to 5 with an optional comment.
func (s *Service) Rate(ctx context.Context, who Caller, contentID string, rating int, comment string) (Feedback, error) {
	var v apperr.Validation
	if rating < 1 || rating > 5 {
		v.Add("rating", "validation.range", "Min", 1, "Max", 5)
	}
	comment = strings.TrimSpace(comment)
	if utf8.RuneCountInString(comment) > maxCommentChars {
		v.Add("comment", "validation.too_long", "Max", maxCommentChars)
	}
	if err := v.Err(); err != nil {
		return Feedback{}, err
	}
	f := Feedback{ContentID: contentID, Rating: rating, Comment: comment}
	if who.UserID != "" {
		f.UserID = &who.UserID
	}
	err := s.store.inTx(ctx, func(tx store) error {
		c, err := tx.content(ctx, who.WorkspaceID, contentID)
		if err != nil {
			return err
		}
		if err := tx.addFeedback(ctx, who.WorkspaceID, &f); err != nil {
			return err
		}
		if err := tx.updateContent(ctx, who.WorkspaceID, contentID, map[string]any{"rating": rating}); err != nil {
			return err
		}
		return tx.emit(ctx, who.WorkspaceID, EventFeedbackGiven, contentID, map[string]any{
			"rating": rating, "content_type": c.Brief.ContentType, "country": c.Brief.Country, "provider": c.Provider, "user_id": who.UserID})
	})
	if err != nil {
		return Feedback{}, err
	}
	s.cache.forget(who.WorkspaceID)
	return f, nil
}

// Edit saves the marketer's final version of a content and rescoring is left to the next
// generation: the score describes what was generated.
func (s *Service) Edit(ctx context.Context, who Caller, contentID, text string) error {
	text = strings.TrimSpace(strings.ReplaceAll(text, "\r\n", "\n"))
	switch n := utf8.RuneCountInString(text); {
	case n == 0:
		return apperr.Invalid("text", "validation.required")
	case n > maxTextChars:
		return apperr.Invalid("text", "validation.too_long", "Max", maxTextChars)
	}
	defer s.cache.forget(who.WorkspaceID)
	err := s.store.inTx(ctx, func(tx store) error {
		if err := tx.updateContent(ctx, who.WorkspaceID, contentID, map[string]any{"final_text": text, "status": StatusEdited}); err != nil {
			return err
		}
		return tx.emit(ctx, who.WorkspaceID, EventContentEdited, contentID, map[string]any{"user_id": who.UserID})
	})
	if err == nil {
		s.searchQueued()
	}
	return err
}

// Delete removes a content and its feedback; its attempts stay for analytics.
func (s *Service) Delete(ctx context.Context, who Caller, contentID string) error {
	if !isUUID(contentID) {
		return apperr.ErrNotFound
	}
	defer s.cache.forget(who.WorkspaceID)
	return s.store.inTx(ctx, func(tx store) error {
		if err := tx.deleteContent(ctx, who.WorkspaceID, contentID); err != nil {
			return err
		}
		return tx.emit(ctx, who.WorkspaceID, EventContentDeleted, contentID, map[string]any{"user_id": who.UserID})
	})
}

// WorkspaceProvider is the provider a workspace routes to ("" for the default rule).
func (s *Service) WorkspaceProvider(ctx context.Context, workspaceID string) (string, error) {
	return s.store.workspaceProvider(ctx, workspaceID)
}

// SetWorkspaceProvider makes a workspace prefer a provider ("" restores the default rule).
func (s *Service) SetWorkspaceProvider(ctx context.Context, workspaceID, provider string) error {
	provider = strings.ToLower(strings.TrimSpace(provider))
	if provider != "" && provider != "builtin" && !contains(ProviderNames(), provider) {
		return apperr.Invalid(FieldProvider, "generation.error.unknown_provider", "Provider", provider)
	}
	defer s.cache.forget(workspaceID)
	return s.store.setWorkspaceProvider(ctx, workspaceID, provider)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
