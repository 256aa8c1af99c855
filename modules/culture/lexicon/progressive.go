package lexicon

import "strings"

// ptProgressive recognises the European Portuguese progressive "estar a" +
// infinitive ("estamos a preparar"), which Brazil writes with the gerund
// ("estamos preparando").
func ptProgressive(t *tokenized, i int) (hit, bool) {
	if i+2 >= len(t.tokens) || !t.tokens[i+1].joined || !t.tokens[i+2].joined {
		return hit{}, false
	}
	switch string(t.foldedBytes(i)) {
	case "estou", "esta", "estas", "estamos", "estao", "estava", "estavam", "estavamos", "estive", "estiveram":
	default:
		return hit{}, false
	}
	if string(t.foldedBytes(i+1)) != "a" {
		return hit{}, false
	}
	verb := strings.ToLower(t.word(i + 2))
	gerund, ok := gerundOf(verb)
	if !ok {
		return hit{}, false
	}
	suggestion := t.word(i) + " " + matchCase(t.word(i+2), gerund)
	return hit{first: i, last: i + 2, kind: kindVocabulary, rule: RuleVocabularyPtPT, severity: SeverityWarning,
		messageID: msgVocabularyPtPT, suggestions: []string{suggestion}}, true
}

// gerundOf returns the gerund of a Portuguese infinitive: fazer → fazendo.
// "partir" is left out: "está a partir de" means "starts at".
func gerundOf(verb string) (string, bool) {
	if len(verb) < 4 || verb == "partir" {
		return "", false
	}
	for _, ending := range [...]string{"ar", "er", "ir"} {
		if strings.HasSuffix(verb, ending) {
			return strings.TrimSuffix(verb, "r") + "ndo", true
		}
	}
	return "", false
}
