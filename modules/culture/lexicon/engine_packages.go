package lexicon

import (
	"slices"

	"github.com/frontierhq/frontier/modules/culture/address"
	"github.com/frontierhq/frontier/modules/culture/locale"
)

// PackageAddress is the AddressEngine of the address package.
type PackageAddress struct{}

func toFormality(f address.Form) Formality {
	switch f {
	case address.Vos:
		return FormalityVos
	case address.Usted:
		return FormalityUsted
	}
	return FormalityTu
}

func toForm(f Formality) (address.Form, bool) {
	switch f {
	case FormalityTu:
		return address.Tu, true
	case FormalityVos:
		return address.Vos, true
	case FormalityUsted:
		return address.Usted, true
	}
	return address.Tu, false
}

// Uses implements AddressEngine with address.Detect.
func (PackageAddress) Uses(text string) []AddressUse {
	found := address.Detect(text)
	uses := make([]AddressUse, 0, len(found))
	for _, u := range found {
		use := AddressUse{Start: u.Start, End: u.End, Word: u.Word, Form: toFormality(u.Form),
			Alternatives: make(map[Formality]string, 3)}
		for _, f := range []address.Form{address.Tu, address.Vos, address.Usted} {
			if u.Fits(f) {
				use.Fits = append(use.Fits, toFormality(f))
			}
			if alt := u.Alternatives[f]; alt != "" {
				use.Alternatives[toFormality(f)] = alt
			}
		}
		uses = append(uses, use)
	}
	return uses
}

// appendFindings appends to findings what Engine.addressFindings builds from
// Uses, straight from the address package: most markers fit the expected
// form, and building their AddressUse (a map and a slice each) only to drop
// them dominated the cost of the findings. The markers are read into
// mismatches, whose array is returned for reuse, cleared.
func (PackageAddress) appendFindings(findings []Finding, mismatches []address.Mismatch, text string, opts CheckOptions) ([]Finding, []address.Mismatch) {
	expected, known := toForm(opts.Formality)
	if known {
		mismatches = address.AppendMismatches(mismatches, text, expected) // the markers that fit are never findings
	} else {
		for _, u := range address.Detect(text) { // no form expected: every marker is reported, without a rewrite
			mismatches = append(mismatches, address.Mismatch{Start: u.Start, End: u.End, Word: u.Word, Form: u.Form})
		}
	}
	defer clear(mismatches) // they hold the text
	reported := func(m *address.Mismatch) bool {
		return !vosotrosInSpain(opts.Country, toFormality(m.Form), m.Word)
	}
	n := 0
	for k := range mismatches {
		if reported(&mismatches[k]) {
			n++
		}
	}
	if n == 0 {
		return findings, mismatches[:0]
	}
	args := newAddressArgs(opts)
	findings = slices.Grow(findings, n)
	slots := make([]string, n) // one array for every finding's suggestion
	k := 0
	for i := range mismatches {
		m := &mismatches[i]
		if !reported(m) {
			continue
		}
		slot := slots[k : k : k+1] // capped: appending past it copies, never touches the next slot
		k++
		findings = appendAddressFinding(findings, m.Start, m.End, m.Word, string(toFormality(m.Form)), m.Alternative, args, slot)
	}
	return findings, mismatches[:0]
}

// Convert implements AddressEngine with address.Convert.
func (PackageAddress) Convert(text string, to Formality) []Change {
	form, ok := toForm(to)
	if !ok {
		return nil
	}
	_, changes := address.Convert(text, form)
	out := make([]Change, 0, len(changes))
	for _, c := range changes {
		out = append(out, Change{Start: c.Start, End: c.End, From: c.From, To: c.To, Rule: RuleAddressMismatch})
	}
	return out
}

// PackageFormats is the FormatEngine of the locale package.
type PackageFormats struct{}

// Review implements FormatEngine with locale.Format.Review.
func (PackageFormats) Review(text, country string) []FormatIssue {
	format, ok := locale.For(country)
	if !ok {
		return nil
	}
	found := format.Review(text)
	issues := make([]FormatIssue, 0, len(found))
	for _, f := range found {
		rule := RuleFormatNumber
		switch f.Amount.Kind {
		case locale.KindPrice:
			rule = RuleFormatPrice
		case locale.KindDate:
			rule = RuleFormatDate
		}
		issues = append(issues, FormatIssue{
			Start: f.Amount.Start, End: f.Amount.End, Text: f.Amount.Text,
			Rule: rule, Problem: string(f.Issue), Suggestion: f.Suggestion,
		})
	}
	return issues
}
