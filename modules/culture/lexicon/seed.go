package lexicon

import (
	"embed"
	"encoding/json"
	"fmt"
)

//go:embed seed/*.json
var seedFiles embed.FS

// SeedVersion identifies the embedded seed data.
const SeedVersion = "2026-11-25.1"

// Seed returns the embedded lexicon data: the starting point the culture
// store copies into the database, and what Compile uses when no edited copy
// exists.
func Seed() (Data, error) {
	data := Data{Version: SeedVersion}
	for _, f := range []struct {
		name string
		into any
	}{
		{"seed/concepts.json", &data.Concepts},
		{"seed/sensitive.json", &data.Sensitive},
		{"seed/slang.json", &data.Slang},
		{"seed/grammar.json", &data.Grammar},
	} {
		raw, err := seedFiles.ReadFile(f.name)
		if err != nil {
			return Data{}, fmt.Errorf("lexicon seed: %w", err)
		}
		if err := json.Unmarshal(raw, f.into); err != nil {
			return Data{}, fmt.Errorf("lexicon seed %s: %w", f.name, err)
		}
	}
	return data, nil
}
