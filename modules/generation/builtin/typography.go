package builtin

import (
	"strings"
	"unicode"
)

// finish applies the typography every text gets: calm tones lose their
// exclamations, spaces are normalised, doubled punctuation is merged and
// each sentence starts with a capital.
func finish(text string, calm bool) string {
	if calm {
		text = lowerExclamations(text)
	}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		lines[i] = tidySpaces(line)
	}
	return capitalizeSentences(strings.TrimSpace(strings.Join(lines, "\n")))
}

// lowerExclamations turns "¡Compra ya!" into "Compra ya." and "Hola!" into "Hola.".
func lowerExclamations(text string) string {
	text = strings.ReplaceAll(text, "¡", "")
	text = strings.ReplaceAll(text, "!", ".")
	return strings.ReplaceAll(text, "..", ".")
}

var punctuationFixes = strings.NewReplacer(
	" ,", ",", " .", ".", " ;", ";", " :", ":", " !", "!", " ?", "?", " …", "…",
	"..", ".", ".:", ":", ":.", ".", ",.", ".", "!.", "!", "?.", "?", ".!", "!", ".?", "?", "…:", "…",
	"¡ ", "¡", "¿ ", "¿",
)

func tidySpaces(line string) string {
	line = strings.Join(strings.Fields(line), " ")
	for {
		fixed := punctuationFixes.Replace(line)
		if fixed == line {
			return line
		}
		line = fixed
	}
}

// capitalizeSentences upper-cases the first letter of the text, of every
// line and of every sentence after ". ", "! ", "? " or "… ", looking past
// opening marks, quotes, bullets and emojis.
func capitalizeSentences(text string) string {
	rs := []rune(text)
	capNext := true
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r):
			if capNext {
				rs[i] = unicode.ToUpper(r)
			}
			capNext = false
		case unicode.IsDigit(r) || r == '#' || r == '@' || r == '$':
			capNext = false
		case r == '\n':
			capNext = true
		case strings.ContainsRune(".!?…", r):
			capNext = i+1 < len(rs) && unicode.IsSpace(rs[i+1])
		}
	}
	return string(rs)
}

// capitalize upper-cases the first letter of a phrase.
func capitalize(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
		}
		if unicode.IsDigit(r) {
			return s
		}
	}
	return s
}
