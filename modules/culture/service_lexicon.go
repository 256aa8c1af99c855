package culture

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/culture/lexicon"
)

// LexiconLocales lists the locales a concept can list words for, in the order the UI shows
// them: the Latin American default, Spain, each Latin American country, then Portuguese.
func LexiconLocales() []string {
	return []string{"es-419", "es-ES", "es-MX", "es-GT", "es-HN", "es-SV", "es-NI", "es-CR", "es-PA", "es-CU",
		"es-DO", "es-PR", "es-CO", "es-VE", "es-EC", "es-PE", "es-BO", "es-CL", "es-AR", "es-UY", "es-PY", "pt-BR", "pt-PT"}
}

const maxWordLen = 80

// Concepts lists the lexicon concepts that match the filter, by key.
func (s *Service) Concepts(ctx context.Context, f ConceptFilter) ([]StoredConcept, error) {
	rows, err := s.store.all(ctx, conceptsTable)
	if err != nil {
		return nil, err
	}
	search := fold(strings.TrimSpace(f.Search))
	out := make([]StoredConcept, 0, len(rows))
	for _, r := range rows {
		c, err := decodeConcept(r)
		if err != nil {
			return nil, err
		}
		if f.Domain != "" && c.Domain != f.Domain {
			continue
		}
		if search != "" && !strings.Contains(fold(conceptText(c.Concept)), search) {
			continue
		}
		out = append(out, c)
	}
	return out, nil
}

// conceptText is what a search looks in: the key and every word.
func conceptText(c Concept) string {
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(c.Key, "_", " "))
	for _, terms := range c.Words {
		for _, t := range terms {
			b.WriteString(" | ")
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

// Domains lists the domains of the concepts (food, tech, ...), sorted.
func (s *Service) Domains(ctx context.Context) ([]string, error) {
	all, err := s.Concepts(ctx, ConceptFilter{})
	if err != nil {
		return nil, err
	}
	var domains []string
	for _, c := range all {
		domains = append(domains, c.Domain)
	}
	slices.Sort(domains)
	return slices.Compact(domains), nil
}

// Concept returns one concept by key, or ErrNotFound.
func (s *Service) Concept(ctx context.Context, key string) (StoredConcept, error) {
	r, err := s.store.one(ctx, conceptsTable, key, false)
	if err != nil {
		return StoredConcept{}, err
	}
	return decodeConcept(r)
}

// ConceptHistory lists the versions of a concept, newest first.
func (s *Service) ConceptHistory(ctx context.Context, key string) ([]Version, error) {
	if _, err := s.store.one(ctx, conceptsTable, key, false); err != nil {
		return nil, err
	}
	return s.store.history(ctx, conceptsTable, key)
}

// ConceptEdit is an admin's edit of a concept's words. Each line of Words is one word,
// optionally followed by its gender as " (m)" or " (f)"; a word that was already listed keeps
// its other settings (context rules, Spain-only marks).
type ConceptEdit struct {
	Version int                 // as in ProfileEdit: a concurrent change makes it a conflict; 0 skips the check
	Words   map[string][]string // locale -> lines
	Note    string
}

// WordLine is how a term is written in a ConceptEdit line.
func WordLine(t lexicon.Term) string {
	if t.Gender != "" {
		return t.Text + " (" + t.Gender + ")"
	}
	return t.Text
}

// UpdateConcept validates an edit of a concept's words, writes it as a new version and swaps in
// a checker compiled with it before returning, so the next check already uses it.
func (s *Service) UpdateConcept(ctx context.Context, key string, edit ConceptEdit) (StoredConcept, error) {
	by, err := actorID(ctx)
	if err != nil {
		return StoredConcept{}, err
	}
	return s.changeConcept(ctx, key, func(tx store, r row, current Concept) (Concept, *int, error) {
		if edit.Version != 0 && edit.Version != r.Version {
			return Concept{}, nil, apperr.Describe(fmt.Errorf("culture: concept %s is no longer at version %d: %w", key, edit.Version, apperr.ErrConflict), "culture.edit.conflict")
		}
		next, err := applyConceptEdit(current, edit)
		return next, nil, err
	}, by)
}

// RevertConcept restores an older version of a concept as a new version.
func (s *Service) RevertConcept(ctx context.Context, key string, version int) (StoredConcept, error) {
	by, err := actorID(ctx)
	if err != nil {
		return StoredConcept{}, err
	}
	return s.changeConcept(ctx, key, func(tx store, r row, _ Concept) (Concept, *int, error) {
		old, err := tx.versionData(ctx, conceptsTable, key, version)
		if err != nil {
			return Concept{}, nil, err
		}
		var c Concept
		if err := json.Unmarshal([]byte(old), &c); err != nil {
			return Concept{}, nil, fmt.Errorf("culture: version %d of concept %s: %w", version, key, err)
		}
		return c, &version, nil
	}, by)
}

// changeConcept runs one lexicon change: in a transaction it locks the row, computes the new
// concept, checks that the whole lexicon still compiles with it, and writes it; after the commit
// it swaps in the new engine. Changes run one at a time so the engine follows the last commit.
func (s *Service) changeConcept(ctx context.Context, key string, change func(tx store, r row, current Concept) (Concept, *int, error), by string) (StoredConcept, error) {
	s.lexiconWrites.Lock()
	defer s.lexiconWrites.Unlock()
	var engine *lexicon.Engine
	err := s.store.inTx(ctx, func(tx store) error {
		r, err := tx.one(ctx, conceptsTable, key, true)
		if err != nil {
			return err
		}
		current, err := decodeConcept(r)
		if err != nil {
			return err
		}
		next, revertedFrom, err := change(tx, r, current.Concept)
		if err != nil {
			return err
		}
		if engine, err = s.compile(ctx, tx, &next); err != nil {
			if errors.Is(err, lexicon.ErrInvalidData) {
				s.log.Warn("culture: lexicon edit refused", "concept", key, "err", err)
				return &apperr.Validation{Detail: &apperr.Message{ID: "culture.lexicon.invalid"}}
			}
			return err
		}
		return writeVersion(ctx, tx, conceptsTable, r, next, by, revertedFrom)
	})
	if err != nil {
		return StoredConcept{}, err
	}
	s.engine.Store(engine)
	return s.Concept(ctx, key)
}

// applyConceptEdit validates edit and returns the concept it makes of c.
func applyConceptEdit(c Concept, edit ConceptEdit) (Concept, error) {
	var v apperr.Validation
	known := LexiconLocales()
	words := map[string][]lexicon.Term{}
	for locale, lines := range edit.Words {
		field := "words." + locale
		if !slices.Contains(known, locale) {
			v.Add("words", "culture.validation.unknown_locale", "Locale", locale)
			continue
		}
		var terms []lexicon.Term
		seen := map[string]bool{}
		for _, line := range lines {
			text, gender := parseWordLine(line)
			switch {
			case text == "":
				continue
			case len([]rune(text)) > maxWordLen:
				v.Add(field, "culture.validation.item_too_long", "Max", maxWordLen)
			case strings.ContainsAny(text, ",;|()"):
				v.Add(field, "culture.validation.word", "Word", text)
			case seen[strings.ToLower(text)]:
				v.Add(field, "culture.validation.duplicate", "Word", text)
			}
			seen[strings.ToLower(text)] = true
			term := lexicon.Term{Text: text}
			for _, old := range c.Words[locale] {
				if old.Text == text {
					term = old
				}
			}
			if gender != "" {
				term.Gender = gender
			}
			terms = append(terms, term)
		}
		if len(terms) > 0 {
			words[locale] = terms
		}
	}
	if len(words) == 0 && !v.Has("words") {
		v.Add("words", "culture.validation.words_required")
	}
	if c.AlignedForms {
		size := -1
		for _, locale := range known {
			if terms, ok := words[locale]; ok {
				if size >= 0 && len(terms) != size {
					v.Add("words", "culture.validation.aligned")
				}
				size = len(terms)
			}
		}
	}
	note := strings.TrimSpace(edit.Note)
	if len([]rune(note)) > maxProseLen {
		v.Add("note", "validation.too_long", "Max", maxProseLen)
	}
	if err := v.Err(); err != nil {
		return Concept{}, err
	}
	c.Words, c.Note = words, note
	return c, nil
}

// parseWordLine reads "palabra (f)" as the word and its gender.
func parseWordLine(line string) (text, gender string) {
	line = strings.Join(strings.Fields(line), " ")
	for _, g := range []string{"m", "f"} {
		if cut, ok := strings.CutSuffix(line, " ("+g+")"); ok {
			return strings.TrimSpace(cut), g
		}
	}
	return line, ""
}

func decodeConcept(r row) (StoredConcept, error) {
	var c Concept
	if err := json.Unmarshal([]byte(r.Data), &c); err != nil {
		return StoredConcept{}, fmt.Errorf("culture: concept %s: %w", r.Key, err)
	}
	return StoredConcept{Concept: c, Record: r.record()}, nil
}
