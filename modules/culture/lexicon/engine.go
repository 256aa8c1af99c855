package lexicon

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/frontierhq/frontier/modules/culture/address"
)

// AddressEngine finds and rewrites the forms of address (tú, vos, usted) of
// Spanish text. The address package provides the default implementation.
type AddressEngine interface {
	// Uses returns the form-of-address markers of text, in text order.
	Uses(text string) []AddressUse
	// Convert rewrites every marker that does not fit form; offsets are
	// code points into text.
	Convert(text string, to Formality) []Change
}

// AddressUse is one form-of-address marker.
type AddressUse struct {
	Start, End int // code points into the text
	Word       string
	Form       Formality
	// Fits lists every form the marker is correct for ("te" fits tú and vos).
	Fits []Formality
	// Alternatives holds the marker rewritten in each form; "" or missing
	// when no safe rewrite is known.
	Alternatives map[Formality]string
}

func (u AddressUse) fits(f Formality) bool {
	for _, x := range u.Fits {
		if x == f {
			return true
		}
	}
	return false
}

// FormatEngine finds numbers, prices and dates written in another country's
// format. The locale package provides the default implementation.
type FormatEngine interface {
	Review(text, country string) []FormatIssue
}

// FormatIssue is an amount that contradicts a country's format.
type FormatIssue struct {
	Start, End int // code points into the text
	Text       string
	Rule       string // RuleFormatNumber, RuleFormatPrice or RuleFormatDate
	// Problem is "separators", "currency" or "date_order".
	Problem string
	// Suggestion is the value rewritten in the country's format; "" when
	// there is no safe rewrite (another currency is not converted).
	Suggestion string
}

// Engine checks and adapts copy with the lexicon, the form-of-address engine
// and the number formats. It is safe for concurrent use.
type Engine struct {
	lexicon *Matcher
	address AddressEngine
	formats FormatEngine
	// scratch recycles the buffers of Check (a *checkScratch).
	scratch sync.Pool
}

// checkScratch holds the lists Check merges into the lexicon findings and
// the address markers they come from; they are cleared after each check.
type checkScratch struct {
	address, formats []Finding
	mismatches       []address.Mismatch
}

// NewEngine compiles data and wires it with the address and locale packages.
func NewEngine(data Data) (*Engine, error) {
	m, err := Compile(data)
	if err != nil {
		return nil, err
	}
	return NewEngineWith(m, PackageAddress{}, PackageFormats{}), nil
}

// NewEngineWith builds an engine from its parts; a nil address or formats
// engine turns those checks off.
func NewEngineWith(m *Matcher, address AddressEngine, formats FormatEngine) *Engine {
	return &Engine{lexicon: m, address: address, formats: formats}
}

// Lexicon returns the compiled lexicon the engine uses.
func (e *Engine) Lexicon() *Matcher { return e.lexicon }

// Message ids of the address and format findings.
const (
	msgAddressMismatch = "culture.lexicon.address.mismatch"
	msgFormatNumber    = "culture.lexicon.format.number"
	msgFormatPrice     = "culture.lexicon.format.price"
	msgFormatCurrency  = "culture.lexicon.format.currency"
	msgFormatDate      = "culture.lexicon.format.date"
)

// Check returns every finding for text written for opts.Country, in text
// order: lexicon findings, forms of address that contradict opts.Formality
// (Spanish only) and amounts written in another country's format.
func (e *Engine) Check(text string, opts CheckOptions) []Finding {
	lang, ok := languageOf(opts.Country)
	if !ok {
		return nil
	}
	s, _ := e.scratch.Get().(*checkScratch)
	if s == nil {
		s = &checkScratch{}
	}
	defer e.scratch.Put(s)
	var addressed, formats []Finding
	if e.address != nil && lang == langSpanish && opts.Formality != FormalityAny {
		addressed = e.appendAddressFindings(s.address[:0], text, opts, s)
	}
	if e.formats != nil {
		formats = e.appendFormatFindings(s.formats[:0], text, opts.Country)
	}
	// The lexicon findings come with room for the others, merged in place.
	findings := e.lexicon.check(text, opts, len(addressed)+len(formats))
	if len(addressed) > 0 || len(formats) > 0 {
		findings = mergeFindings(findings, addressed, formats)
	}
	// The findings now belong to the caller: the scratch keeps no copy.
	clear(addressed)
	clear(formats)
	s.address, s.formats = addressed[:0], formats[:0]
	return findings
}

// compareFindings orders findings by start, the longer first at one start.
func compareFindings(a, b Finding) int { return compareFindingsAt(&a, &b) }

// compareFindingsAt is compareFindings without copying the findings.
func compareFindingsAt(a, b *Finding) int {
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(b.End, a.End)
}

// findingsSorted reports whether l is in compareFindings order.
func findingsSorted(l []Finding) bool {
	for k := 1; k < len(l); k++ {
		if compareFindingsAt(&l[k-1], &l[k]) > 0 {
			return false
		}
	}
	return true
}

// mergeFindings returns the findings of all lists in the order of a stable
// sort of their concatenation by compareFindings. Each checker reports in
// text order already, so this is a linear merge; a list that is not sorted
// is sorted first. At equal keys the earlier list comes first.
//
// The merge runs from the back, so it fills the spare capacity of the first
// list when that holds every finding: the lists belong to the merge.
func mergeFindings(lists ...[]Finding) []Finding {
	if len(lists) == 0 {
		return []Finding{}
	}
	total := 0
	for _, l := range lists {
		if !findingsSorted(l) {
			slices.SortStableFunc(l, compareFindings)
		}
		total += len(l)
	}
	first := lists[0]
	var out []Finding
	if cap(first) >= total {
		out = first[:total]
	} else {
		out = make([]Finding, total)
		copy(out, first)
	}
	lists[0] = out[:len(first)] // read below every slot still to be written
	for w := total - 1; w >= 0; w-- {
		best := -1
		for k, l := range lists {
			// >= lets the later list win a tie: from the back, it comes last.
			if len(l) > 0 && (best < 0 || compareFindingsAt(&l[len(l)-1], lastOf(lists[best])) >= 0) {
				best = k
			}
		}
		l := lists[best]
		out[w] = l[len(l)-1]
		lists[best] = l[:len(l)-1]
	}
	return out
}

func lastOf(l []Finding) *Finding { return &l[len(l)-1] }

func (e *Engine) addressFindings(text string, opts CheckOptions) []Finding {
	return e.appendAddressFindings(nil, text, opts, nil)
}

// appendAddressFindings appends the address findings of text to findings;
// s, when not nil, lends the array of the address markers.
func (e *Engine) appendAddressFindings(findings []Finding, text string, opts CheckOptions, s *checkScratch) []Finding {
	if p, ok := e.address.(PackageAddress); ok {
		// The same findings, without the AddressUse maps.
		if s == nil {
			findings, _ = p.appendFindings(findings, nil, text, opts)
			return findings
		}
		findings, s.mismatches = p.appendFindings(findings, s.mismatches[:0], text, opts)
		return findings
	}
	args := newAddressArgs(opts)
	for _, u := range e.address.Uses(text) {
		if u.fits(opts.Formality) || vosotrosInSpain(opts.Country, u.Form, u.Word) {
			continue
		}
		findings = appendAddressFinding(findings, u.Start, u.End, u.Word, string(u.Form), u.Alternatives[opts.Formality], args, make([]string, 0, 1))
	}
	return findings
}

// addressArgs are the message arguments all address findings of one check
// share, boxed once: every string stored in an any is an allocation.
type addressArgs struct {
	expected, country any
	found             map[string]any // by form found
}

func newAddressArgs(opts CheckOptions) addressArgs {
	found := make(map[string]any, 3)
	for _, f := range []Formality{FormalityTu, FormalityVos, FormalityUsted} {
		found[string(f)] = string(f)
	}
	return addressArgs{expected: string(opts.Formality), country: opts.Country, found: found}
}

// appendAddressFinding appends the finding of a marker written in form found
// where args expects another; alt is the marker rewritten in the expected
// form, "" if unknown. suggestions is the finding's empty, non-nil
// suggestion slice, with room for alt. The finding is written in place (see
// Matcher.check).
func appendAddressFinding(findings []Finding, start, end int, word, found, alt string, args addressArgs, suggestions []string) []Finding {
	if alt != "" {
		suggestions = append(suggestions, alt)
	}
	foundArg, ok := args.found[found]
	if !ok {
		foundArg = found
	}
	findings = append(findings, Finding{})
	f := &findings[len(findings)-1]
	f.Rule, f.Severity = RuleAddressMismatch, SeverityWarning
	f.Start, f.End = start, end
	f.Excerpt, f.MessageID = word, msgAddressMismatch
	f.MessageArgs = map[string]any{"Word": word, "Found": foundArg, "Expected": args.expected, "Country": args.country}
	f.Suggestions = suggestions
	return findings
}

func (e *Engine) formatFindings(text, country string) []Finding {
	return e.appendFormatFindings(nil, text, country)
}

// appendFormatFindings appends the format findings of text to findings.
func (e *Engine) appendFormatFindings(findings []Finding, text, country string) []Finding {
	issues := e.formats.Review(text, country)
	if len(issues) == 0 {
		return findings
	}
	findings = slices.Grow(findings, len(issues))
	countryArg := any(country) // boxed once for every finding
	for _, issue := range issues {
		f := Finding{
			Rule:        issue.Rule,
			Severity:    SeverityWarning,
			Start:       issue.Start,
			End:         issue.End,
			Excerpt:     issue.Text,
			MessageArgs: map[string]any{"Value": issue.Text, "Country": countryArg},
			Suggestions: []string{},
		}
		if issue.Suggestion != "" {
			f.Suggestions = append(f.Suggestions, issue.Suggestion)
			f.MessageArgs["Suggestion"] = issue.Suggestion
		}
		switch {
		case issue.Problem == "currency":
			f.MessageID = msgFormatCurrency
		case issue.Rule == RuleFormatDate:
			f.MessageID = msgFormatDate
		case issue.Rule == RuleFormatPrice:
			f.MessageID = msgFormatPrice
		default:
			f.MessageID = msgFormatNumber
		}
		findings = append(findings, f)
	}
	return findings
}

// Adapt rewrites text for opts.To: the lexicon swaps of Matcher.Adapt, then
// the form of address converted to opts.Formality (Spanish only; empty keeps
// it), then numbers, prices and dates rewritten in the target format. Every
// change carries offsets into text; adapting adapted text changes nothing.
func (e *Engine) Adapt(text string, opts AdaptOptions) (string, []Change) {
	lang, ok := languageOf(opts.To)
	if !ok {
		return text, nil
	}
	r := newRewriter(text)
	r.apply(e.lexicon.adaptEdits(text, opts))
	if e.address != nil && lang == langSpanish && opts.Formality != FormalityAny {
		var edits []edit
		for _, c := range e.address.Convert(r.text(), opts.Formality) {
			if vosotrosInSpain(opts.To, FormalityVos, c.From) {
				continue
			}
			edits = append(edits, edit{start: c.Start, end: c.End, to: c.To, rule: RuleAddressMismatch})
		}
		r.apply(edits)
	}
	if e.formats != nil {
		var edits []edit
		for _, issue := range e.formats.Review(r.text(), opts.To) {
			if issue.Suggestion != "" {
				edits = append(edits, edit{start: issue.Start, end: issue.End, to: issue.Suggestion, rule: issue.Rule})
			}
		}
		r.apply(edits)
	}
	return r.text(), r.changes()
}

// vosotrosInSpain reports a voseo reading that, in Spain, is a vosotros verb:
// "elegís" is vos in Buenos Aires and vosotros in Madrid.
func vosotrosInSpain(country string, form Formality, word string) bool {
	return country == "ES" && form == FormalityVos && strings.HasSuffix(strings.ToLower(word), "ís")
}
