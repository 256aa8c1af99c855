package culture

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/app/testdb"
	"github.com/frontierhq/frontier/modules/culture/lexicon"
	"github.com/frontierhq/frontier/modules/culture/seed"
)

func TestMain(m *testing.M) { testdb.Main(m) }

func newService(t *testing.T) (*Service, *gorm.DB) {
	t.Helper()
	db := testdb.Gorm(t)
	s, err := NewService(context.Background(), db, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return s, db
}

// asAdmin returns a context with a real user (the versions reference users).
func asAdmin(t *testing.T, db *gorm.DB, email string) context.Context {
	t.Helper()
	var id string
	err := db.Raw("INSERT INTO users (email, name, password_hash, is_admin) VALUES (?, 'Admin', 'x', true) RETURNING id", email).Scan(&id).Error
	if err != nil {
		t.Fatal(err)
	}
	return actor.With(context.Background(), actor.Actor{UserID: id, Email: email, IsAdmin: true})
}

func count(t *testing.T, db *gorm.DB, table string) int {
	t.Helper()
	var n int
	if err := db.Raw("SELECT count(*) FROM " + table).Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSeedingIsIdempotentAndRespectsAdminEdits(t *testing.T) {
	s, db := newService(t)
	ctx := asAdmin(t, db, "ana@example.com")
	if n := count(t, db, "culture_profiles"); n != 22 {
		t.Fatalf("%d profiles seeded, want 22", n)
	}
	base, _ := lexicon.Seed()
	if n := count(t, db, "lexicon_concepts"); n != len(base.Concepts) {
		t.Fatalf("%d concepts seeded, want %d", n, len(base.Concepts))
	}
	profiles, _ := seed.Profiles()
	// A second start with the same seed writes nothing.
	if err := s.seed(ctx, profiles, base.Concepts); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, "culture_profile_versions"); n != 22 {
		t.Errorf("%d profile versions after re-seeding, want 22", n)
	}

	// An admin edits MX; then the seed changes MX and AR.
	mx, _ := s.Profile(ctx, "MX")
	edit := EditOf(mx)
	edit.Name = "México (editado)"
	if _, err := s.UpdateProfile(ctx, "MX", edit); err != nil {
		t.Fatal(err)
	}
	for i := range profiles {
		if profiles[i].Country == "MX" || profiles[i].Country == "AR" {
			profiles[i].Notes = append(profiles[i].Notes, "Nota nueva del seed.")
		}
	}
	for range 2 {
		if err := s.seed(ctx, profiles, base.Concepts); err != nil {
			t.Fatal(err)
		}
	}
	mx, _ = s.Profile(ctx, "MX")
	if mx.Name != "México (editado)" || slices.Contains(mx.Notes, "Nota nueva del seed.") || mx.Version != 2 {
		t.Errorf("the seed touched the admin's MX: name %q, version %d, notes %v", mx.Name, mx.Version, mx.Notes)
	}
	ar, _ := s.Profile(ctx, "AR")
	if !slices.Contains(ar.Notes, "Nota nueva del seed.") || ar.Version != 2 || ar.EditedByAdmin {
		t.Errorf("AR did not follow the seed: version %d, edited %v, notes %v", ar.Version, ar.EditedByAdmin, ar.Notes)
	}
	history, err := s.ProfileHistory(ctx, "AR")
	if err != nil || len(history) != 2 || !history[0].FromSeed() || !slices.Equal(history[0].ChangedFields, []string{"notes"}) {
		t.Errorf("AR history = %+v, %v", history, err)
	}
}

func TestUpdateProfileValidatesEveryFieldAndWritesNothing(t *testing.T) {
	s, db := newService(t)
	ctx := asAdmin(t, db, "ana@example.com")
	co, _ := s.Profile(ctx, "CO")
	edit := EditOf(co)
	edit.Name = "  "
	edit.AddressDefault = "vosotros"
	edit.AddressChannels = map[string]string{"b2b": "usted", "fax": "tu"}
	edit.CallingCode = "57"
	edit.LawURL = "ftp://example.com"
	edit.LawYear = "dos mil"
	edit.Notes = []string{"", "  "}
	edit.CulturalTraits = []string{strings.Repeat("x", 301)}
	_, err := s.UpdateProfile(ctx, "CO", edit)
	v, ok := apperr.AsValidation(err)
	if !ok {
		t.Fatalf("err = %v, want a validation error", err)
	}
	want := map[string]string{
		"name":                 "validation.required",
		"address.default":      "validation.one_of",
		"address.channels":     "culture.validation.unknown_channel",
		"calling_code":         "culture.validation.calling_code",
		"data_protection.url":  "culture.validation.url",
		"data_protection.year": "validation.range",
		"notes":                "culture.validation.list_required",
		"cultural_traits":      "culture.validation.item_too_long",
	}
	for field, id := range want {
		if v.Fields[field].ID != id {
			t.Errorf("%s: %q, want %q", field, v.Fields[field].ID, id)
		}
	}
	if len(v.Fields) != len(want) {
		t.Errorf("fields = %v", v.Fields)
	}
	after, _ := s.Profile(ctx, "CO")
	if after.Version != co.Version || after.Name != co.Name || count(t, db, "culture_profile_versions") != 22 {
		t.Errorf("a refused edit wrote something: version %d, name %q", after.Version, after.Name)
	}
}

func TestProfileHistoryAndRevert(t *testing.T) {
	s, db := newService(t)
	ctx := asAdmin(t, db, "ana@example.com")
	ar, _ := s.Profile(ctx, "AR")
	original := ar.BusinessStyle

	edit := EditOf(ar)
	edit.BusinessStyle = "Directo y cordial."
	edit.AddressChannels["sms"] = "usted"
	if _, err := s.UpdateProfile(ctx, "AR", edit); err != nil {
		t.Fatal(err)
	}
	// The same edit again changes nothing and writes no version.
	edit.Version = 2
	same, err := s.UpdateProfile(ctx, "AR", edit)
	if err != nil || same.Version != 2 {
		t.Fatalf("repeated edit: version %d, %v", same.Version, err)
	}
	// An edit made on an old version is a conflict.
	edit.Version = 1
	edit.BusinessStyle = "Otro"
	if _, err := s.UpdateProfile(ctx, "AR", edit); !errors.Is(err, apperr.ErrConflict) {
		t.Errorf("stale edit: %v, want a conflict", err)
	}

	history, err := s.ProfileHistory(ctx, "AR")
	if err != nil || len(history) != 2 {
		t.Fatalf("history = %+v, %v", history, err)
	}
	latest := history[0]
	if latest.ChangedByName != "ana@example.com" || !slices.Equal(latest.ChangedFields, []string{"address.channels", "business_style"}) || time.Since(latest.ChangedAt) > time.Minute {
		t.Errorf("latest version = %+v", latest)
	}

	reverted, err := s.RevertProfile(ctx, "AR", 1)
	if err != nil {
		t.Fatal(err)
	}
	if reverted.Version != 3 || reverted.BusinessStyle != original || reverted.Address.For("sms") != ar.Address.For("sms") || !reverted.EditedByAdmin {
		t.Errorf("after revert: version %d, style %q, b2b %q", reverted.Version, reverted.BusinessStyle, reverted.Address.For("sms"))
	}
	history, _ = s.ProfileHistory(ctx, "AR")
	if history[0].RevertedFrom == nil || *history[0].RevertedFrom != 1 {
		t.Errorf("revert not recorded: %+v", history[0])
	}
	if _, err := s.RevertProfile(ctx, "AR", 9); !errors.Is(err, apperr.ErrNotFound) {
		t.Errorf("revert to a missing version: %v", err)
	}
	if _, err := s.Profile(ctx, "FR"); !errors.Is(err, apperr.ErrNotFound) {
		t.Errorf("unknown country: %v", err)
	}
	if _, err := s.UpdateProfile(context.Background(), "AR", edit); !errors.Is(err, apperr.ErrUnauthorized) {
		t.Errorf("anonymous edit: %v", err)
	}
}

func TestProfilesFilter(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	tests := []struct {
		filter ProfileFilter
		want   []string
	}{
		{ProfileFilter{Language: "pt"}, []string{"BR"}},
		{ProfileFilter{Search: "mexico"}, []string{"MX"}},
		{ProfileFilter{Search: "es-uy"}, []string{"UY"}},
		{ProfileFilter{Formality: "vos", Search: "argentina"}, []string{"AR"}},
		{ProfileFilter{Formality: "vos"}, []string{"AR", "NI", "PY", "UY"}},
		{ProfileFilter{Language: "pt", Formality: "vos"}, []string{}},
	}
	for _, tt := range tests {
		got, err := s.Profiles(ctx, tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		codes := []string{}
		for _, p := range got {
			codes = append(codes, p.Country)
		}
		if !slices.Equal(codes, tt.want) {
			t.Errorf("%+v: %v, want %v", tt.filter, codes, tt.want)
		}
	}
	all, _ := s.Profiles(ctx, ProfileFilter{})
	if len(all) != 22 {
		t.Errorf("%d profiles without a filter", len(all))
	}
}

func findingWords(findings []Finding, rule string) []string {
	var out []string
	for _, f := range findings {
		if f.Rule == rule {
			out = append(out, f.Excerpt)
		}
	}
	return out
}

func TestLexiconEditChangesTheCheckerAtOnce(t *testing.T) {
	s, db := newService(t)
	ctx := asAdmin(t, db, "ana@example.com")
	const text = "Compra tu celular nuevo hoy."
	before, err := s.Check(ctx, text, "ES", "")
	if err != nil {
		t.Fatal(err)
	}
	if got := findingWords(before, lexicon.RuleVocabularyVariant); !slices.Contains(got, "celular") {
		t.Fatalf("before the edit, ES findings = %+v", before)
	}

	c, _ := s.Concept(ctx, "cell_phone")
	edit := ConceptEdit{Version: c.Version, Words: map[string][]string{}}
	for locale, terms := range c.Words {
		for _, term := range terms {
			edit.Words[locale] = append(edit.Words[locale], WordLine(term))
		}
	}
	edit.Words["es-ES"] = append(edit.Words["es-ES"], "celular (m)")
	updated, err := s.UpdateConcept(ctx, "cell_phone", edit)
	if err != nil {
		t.Fatal(err)
	}
	if updated.Version != 2 || len(updated.Words["es-ES"]) != 2 || updated.Words["es-ES"][0].OnlyWhenPrecededBy == nil {
		t.Errorf("updated concept = %+v", updated.Words["es-ES"])
	}
	after, _ := s.Check(ctx, text, "ES", "")
	if got := findingWords(after, lexicon.RuleVocabularyVariant); slices.Contains(got, "celular") {
		t.Errorf("after allowing celular in Spain it is still flagged: %+v", after)
	}

	if _, err := s.RevertConcept(ctx, "cell_phone", 1); err != nil {
		t.Fatal(err)
	}
	reverted, _ := s.Check(ctx, text, "ES", "")
	if got := findingWords(reverted, lexicon.RuleVocabularyVariant); !slices.Contains(got, "celular") {
		t.Errorf("after the revert celular is no longer flagged: %+v", reverted)
	}
	history, _ := s.ConceptHistory(ctx, "cell_phone")
	if len(history) != 3 || !slices.Equal(history[1].ChangedFields, []string{"words.es-ES"}) {
		t.Errorf("history = %+v", history)
	}
}

func TestConceptEditValidation(t *testing.T) {
	s, db := newService(t)
	ctx := asAdmin(t, db, "ana@example.com")
	tests := []struct {
		name  string
		words map[string][]string
		field string
		id    string
	}{
		{"no words", map[string][]string{"es-MX": {" ", ""}}, "words", "culture.validation.words_required"},
		{"unknown locale", map[string][]string{"fr-FR": {"voiture"}}, "words", "culture.validation.unknown_locale"},
		{"duplicate", map[string][]string{"es-MX": {"carro", "Carro"}}, "words.es-MX", "culture.validation.duplicate"},
		{"punctuation", map[string][]string{"es-MX": {"carro, auto"}}, "words.es-MX", "culture.validation.word"},
		{"too long", map[string][]string{"es-MX": {strings.Repeat("a", 81)}}, "words.es-MX", "culture.validation.item_too_long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.UpdateConcept(ctx, "car", ConceptEdit{Words: tt.words})
			v, ok := apperr.AsValidation(err)
			if !ok || v.Fields[tt.field].ID != tt.id {
				t.Errorf("err = %v, want %s on %s", err, tt.id, tt.field)
			}
		})
	}
	if n := count(t, db, "lexicon_concept_versions"); n != count(t, db, "lexicon_concepts") {
		t.Errorf("refused edits wrote %d versions", n)
	}
}

func TestCheckAndAdaptValidateAndUseTheProfileDefault(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	// Argentina's default is vos: a tú verb is flagged without an explicit formality.
	findings, err := s.Check(ctx, "Descubrí la promo y comprá hoy. ¿Tú quieres más?", "ar", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(findingWords(findings, lexicon.RuleAddressMismatch)) == 0 {
		t.Errorf("AR check without formality found no address mismatch: %+v", findings)
	}
	tests := []struct {
		text, country string
		formality     Formality
		field, id     string
	}{
		{"", "AR", "", "text", "validation.required"},
		{strings.Repeat("a", MaxTextLen+1), "AR", "", "text", "validation.too_long"},
		{"hola", "FR", "", "country", "culture.validation.country"},
		{"hola", "", "", "country", "validation.required"},
		{"hola", "AR", "vosotros", "formality", "validation.one_of"},
	}
	for _, tt := range tests {
		_, err := s.Check(ctx, tt.text, tt.country, tt.formality)
		if v, ok := apperr.AsValidation(err); !ok || v.Fields[tt.field].ID != tt.id {
			t.Errorf("Check(%.20q, %q, %q) = %v, want %s on %s", tt.text, tt.country, tt.formality, err, tt.id, tt.field)
		}
	}

	out, changes, err := s.Adapt(ctx, "Aparca el coche y coge el móvil.", "MX", "ES", "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "celular") || len(changes) == 0 {
		t.Errorf("adapt ES→MX = %q, %+v", out, changes)
	}
	runes := []rune("Aparca el coche y coge el móvil.")
	for _, c := range changes {
		if string(runes[c.Start:c.End]) != c.From {
			t.Errorf("change %+v does not point at %q in the input", c, c.From)
		}
	}
	if _, _, err := s.Adapt(ctx, "hola", "MX", "ZZ", ""); err == nil {
		t.Error("an unknown from_country was accepted")
	}
}

func TestCalendarAndNextDates(t *testing.T) {
	s, _ := newService(t)
	ctx := context.Background()
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	events, err := s.Calendar(ctx, "AR", day("2027-01-01"), day("2027-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	dates := map[string]string{}
	for _, e := range events {
		dates[e.Key] = e.Date.Format(time.DateOnly)
	}
	// Argentina 2027: Carnival is Monday February 8, Good Friday March 26.
	if dates["good_friday"] != "2027-03-26" {
		t.Errorf("AR Good Friday 2027 = %q (events %v)", dates["good_friday"], dates)
	}
	if _, err := s.Calendar(ctx, "AR", day("2027-12-31"), day("2027-01-01")); err == nil {
		t.Error("from after to accepted")
	}
	if _, err := s.Calendar(ctx, "ZZ", day("2027-01-01"), day("2027-01-02")); err == nil {
		t.Error("unknown country accepted")
	}
	next, err := s.NextDates(ctx, "MX", day("2027-10-01"), 3)
	if err != nil || len(next) != 3 {
		t.Fatalf("next dates = %+v, %v", next, err)
	}
	for i, e := range next {
		if e.Until.Before(day("2027-10-01")) || (i > 0 && e.Date.Before(next[i-1].Date)) {
			t.Errorf("next dates out of order or past: %+v", next)
		}
	}
}

func TestConcurrentChecksDuringLexiconEdits(t *testing.T) {
	s, db := newService(t)
	ctx := asAdmin(t, db, "ana@example.com")
	c, _ := s.Concept(ctx, "car")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.Check(ctx, "Aparca el coche aquí.", "MX", ""); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for i := range 3 {
		edit := ConceptEdit{Words: map[string][]string{}}
		for locale, terms := range c.Words {
			for _, term := range terms {
				edit.Words[locale] = append(edit.Words[locale], WordLine(term))
			}
		}
		edit.Note = strings.Repeat("n", i+1)
		if _, err := s.UpdateConcept(ctx, "car", edit); err != nil {
			t.Error(err)
		}
	}
	close(stop)
	wg.Wait()
}
