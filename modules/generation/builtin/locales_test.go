package builtin

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var localeKey = regexp.MustCompile(`(?m)^"([^"]+)"\s*=`)

func TestEveryMessageIsTranslated(t *testing.T) {
	ids := []string{MsgUnknownLanguage, MsgUnknownTone, MsgVariantsOutOfRange, MsgEngineName}
	for _, tone := range Tones() {
		ids = append(ids, ToneLabelID(tone))
	}
	for _, ind := range Industries() {
		ids = append(ids, IndustryLabelID(ind))
	}
	for _, fw := range Frameworks() {
		ids = append(ids, FrameworkLabelID(fw))
	}
	for _, lang := range []string{"es", "pt-BR", "en"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "locales", "builtin."+lang+".toml"))
		if err != nil {
			t.Fatal(err)
		}
		keys := map[string]bool{}
		for _, m := range localeKey.FindAllStringSubmatch(string(data), -1) {
			keys[m[1]] = true
		}
		for _, id := range ids {
			if !keys[id] {
				t.Errorf("%s: missing %s", lang, id)
			}
		}
	}
}

func TestEveryToneAndIndustryHasVocabulary(t *testing.T) {
	for _, lang := range []string{Spanish, Portuguese} {
		var b *bank
		if lang == Spanish {
			b = spanishBank()
		} else {
			b = portugueseBank()
		}
		for _, tone := range Tones() {
			if len(b.hooks[tone]) < MaxVariants || len(b.closer[tone]) < 2 {
				t.Errorf("%s %s: %d hooks, %d closers", lang, tone, len(b.hooks[tone]), len(b.closer[tone]))
			}
		}
		for _, ind := range Industries() {
			v, ok := b.industries[ind]
			if !ok {
				t.Errorf("%s: no vocabulary for %s", lang, ind)
				continue
			}
			if len(v.pains) < 3 || len(v.gains) < 3 || len(v.benefits) < 5 || len(v.features) < 4 ||
				len(v.headlines) < 3 || len(v.ctas) < 2 || v.topic == "" || v.product.text == "" {
				t.Errorf("%s %s: vocabulary too thin: %+v", lang, ind, v)
			}
			for _, h := range v.headlines {
				if len([]rune(h)) > 30 {
					t.Errorf("%s %s: headline %q over 30 characters", lang, ind, h)
				}
			}
		}
		for _, fw := range Frameworks() {
			for i, stage := range b.stages[fw] {
				usableAlways := false
				for _, tpl := range stage {
					if !strings.Contains(tpl, "{audience}") && !strings.Contains(tpl, "{offer") && !strings.Contains(tpl, "{price}") &&
						!strings.Contains(tpl, "{name}") && !strings.Contains(tpl, "{until}") && !strings.Contains(tpl, "{deadline}") {
						usableAlways = true
					}
				}
				if !usableAlways {
					t.Errorf("%s %s stage %d: every template needs an optional fact", lang, fw, i)
				}
			}
		}
	}
}
