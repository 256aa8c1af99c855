package generation

import (
	"context"
	"fmt"
	"regexp"
	"strings"
)

// Redactor replaces personal data in text sent to an external provider with placeholders and
// returns what each placeholder stood for. The compliance module will provide one with Latin
// American ID numbers; PatternRedactor covers emails and phone numbers.
type Redactor interface {
	Redact(ctx context.Context, text string) (redacted string, values map[string]string, err error)
}

// PatternRedactor redacts email addresses and phone numbers.
type PatternRedactor struct{}

var (
	emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
	// A phone number: optional +country code, then at least 8 digits in groups separated by
	// spaces, dots, dashes or parentheses.
	phonePattern = regexp.MustCompile(`(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d(?:[\s.\-]?\d){7,13}`)
)

// Redact implements Redactor. Placeholders look like [EMAIL_1] and [PHONE_2]; the same value
// gets the same placeholder.
func (PatternRedactor) Redact(_ context.Context, text string) (string, map[string]string, error) {
	values := map[string]string{}
	seen := map[string]string{}
	counter := map[string]int{}
	replace := func(kind string) func(string) string {
		return func(v string) string {
			if p, ok := seen[v]; ok {
				return p
			}
			counter[kind]++
			p := fmt.Sprintf("[%s_%d]", kind, counter[kind])
			seen[v], values[p] = p, v
			return p
		}
	}
	text = emailPattern.ReplaceAllStringFunc(text, replace("EMAIL"))
	var b strings.Builder
	last := 0
	for _, loc := range phonePattern.FindAllStringIndex(text, -1) {
		v := text[loc[0]:loc[1]]
		if digits(v) < 8 || isAmount(text[:loc[0]]) {
			continue
		}
		b.WriteString(text[last:loc[0]])
		b.WriteString(replace("PHONE")(v))
		last = loc[1]
	}
	b.WriteString(text[last:])
	return b.String(), values, nil
}

// isAmount reports whether the number that follows before is a price: right after a currency
// sign or code.
func isAmount(before string) bool {
	before = strings.TrimRight(before, " \u00a0")
	for _, sign := range []string{"$", "€", "USD", "MXN", "COP", "CLP", "ARS", "PEN", "BRL", "R$", "S/", "Bs", "₡", "Q", "L"} {
		if strings.HasSuffix(before, sign) {
			return true
		}
	}
	return false
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// restore puts the redacted values back in place of their placeholders.
func restore(text string, values map[string]string) string {
	if len(values) == 0 {
		return text
	}
	pairs := make([]string, 0, 2*len(values))
	for p, v := range values {
		pairs = append(pairs, p, v)
	}
	return strings.NewReplacer(pairs...).Replace(text)
}
