package locale

import "time"

// Issue names what is wrong with an amount for a market.
type Issue string

// Issues Review reports.
const (
	// IssueSeparators: the number uses the other decimal convention ("$1.234,50" in Mexico).
	IssueSeparators Issue = "separators"
	// IssueCurrency: the currency sign belongs to another market ("R$" in Argentina).
	IssueCurrency Issue = "currency"
	// IssueDateOrder: the date can only be month-first in a day-first market, or the reverse.
	IssueDateOrder Issue = "date_order"
)

// Finding is an amount written the way another market writes it, with the
// local rewrite when one exists (none for a currency: converting is not ours).
type Finding struct {
	Amount     Amount
	Issue      Issue
	Suggestion string
}

// Review finds amounts in text that a reader of this market would misread.
// It flags only certain readings: "1.234" (a thousand or one and a bit) and
// "05/03/2027" (5 March or May 3) are never reported.
func (f Format) Review(text string) []Finding {
	var findings []Finding
	for _, a := range FindAmounts(text) {
		if finding, ok := f.review(a); ok {
			findings = append(findings, finding)
		}
	}
	return findings
}

func (f Format) review(a Amount) (Finding, bool) {
	if a.Kind == KindDate {
		d := a.Date
		if f.Country == "US" || d.Order == "" || d.Order == YMD || d.Order == f.DateOrder {
			// es-US copy mixes the CLDR day-first order with the country's month-first one.
			return Finding{}, false
		}
		date := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		suggestion := f.Date(date)
		if d.TwoDigitYear {
			suggestion = formatDate(f.ShortDatePattern, date)
		}
		return Finding{Amount: a, Issue: IssueDateOrder, Suggestion: suggestion}, true
	}
	if a.Symbol != "" && !f.AcceptsSymbol(a.Symbol) {
		return Finding{Amount: a, Issue: IssueCurrency}, true
	}
	if a.Ambiguous {
		return Finding{}, false
	}
	wrongDecimal := a.Decimal != "" && a.Decimal != f.Decimal
	wrongGroup := a.Group != "" && !f.acceptsGroup(a.Group)
	if !wrongDecimal && !wrongGroup {
		return Finding{}, false
	}
	// Only the digits change; the sign stays where the writer put it.
	text := []rune(a.Text)
	from, to := a.NumberStart-a.Start, a.NumberEnd-a.Start
	suggestion := string(text[:from]) + f.Number(a.Value, a.FractionDigits) + string(text[to:])
	return Finding{Amount: a, Issue: IssueSeparators, Suggestion: suggestion}, true
}
