package lexicon

import (
	"reflect"
	"testing"
)

// usesOnly hides the concrete type of an AddressEngine, so the engine takes
// the generic path through Uses.
type usesOnly struct{ AddressEngine }

// TestPackageAddressFindingsMatchUses checks that the direct address findings
// of PackageAddress equal those the engine builds from Uses, for every
// country and form of address.
func TestPackageAddressFindingsMatchUses(t *testing.T) {
	fast := seedEngine(t)
	generic := NewEngineWith(fast.Lexicon(), usesOnly{PackageAddress{}}, PackageFormats{})
	texts := append([]string{mixedCopy(8 << 10)}, fuzzSeeds...)
	for _, c := range cleanCopy {
		texts = append(texts, c.text)
	}
	mismatches := 0
	for _, country := range supportedCountries() {
		for _, formality := range []Formality{FormalityTu, FormalityVos, FormalityUsted, "other"} {
			for _, text := range texts {
				opts := CheckOptions{Country: country, Formality: formality}
				got, want := fast.Check(text, opts), generic.Check(text, opts)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s %s %.60q: direct findings differ from the Uses path:\n%+v\n%+v", country, formality, text, got, want)
				}
				for _, f := range got {
					if f.Rule == RuleAddressMismatch {
						mismatches++
					}
				}
			}
		}
	}
	if mismatches < 100 {
		t.Errorf("only %d address findings: the texts do not exercise the comparison", mismatches)
	}
}
