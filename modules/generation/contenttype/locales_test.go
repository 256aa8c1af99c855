package contenttype

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var localeKey = regexp.MustCompile(`(?m)^"([^"]+)"\s*=`)

// localeKeys reads the message ids of locales/<area>.<lang>.toml.
func localeKeys(t *testing.T, area, lang string) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "locales", area+"."+lang+".toml"))
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, m := range localeKey.FindAllStringSubmatch(string(data), -1) {
		keys[m[1]] = true
	}
	return keys
}

func TestEveryMessageIsTranslated(t *testing.T) {
	ids := []string{MsgUnknownType, MsgUnknownChannel, MsgChannelRequired, MsgChannelNotApplicable, MsgLengthOutOfRange,
		MsgMissingPart, MsgEmptyText, MsgViolationUnknownType, MsgViolationUnknownPart, MsgViolationTooMany,
		MsgViolationTooFew, MsgViolationTooLong, UnitLabelID(Words), UnitLabelID(Characters)}
	for _, typ := range Types() {
		ids = append(ids, TypeLabelID(typ))
	}
	for _, ch := range Channels() {
		ids = append(ids, ChannelLabelID(ch))
	}
	for _, p := range []string{PartHeadline, PartDescription, PartPrimaryText, PartSubject, PartPreheader, PartBody, PartTitle, PartSubheadline, PartCTA} {
		ids = append(ids, PartLabelID(p))
	}
	for _, lang := range []string{"es", "pt-BR", "en"} {
		keys := localeKeys(t, "contenttype", lang)
		for _, id := range ids {
			if !keys[id] {
				t.Errorf("%s: missing %s", lang, id)
			}
		}
	}
}
