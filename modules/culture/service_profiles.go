package culture

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/culture/seed"
)

// Profiles lists the profiles that match the filter, by country code.
func (s *Service) Profiles(ctx context.Context, f ProfileFilter) ([]StoredProfile, error) {
	rows, err := s.store.all(ctx, profilesTable)
	if err != nil {
		return nil, err
	}
	search := fold(strings.TrimSpace(f.Search))
	out := make([]StoredProfile, 0, len(rows))
	for _, r := range rows {
		p, err := decodeProfile(r)
		if err != nil {
			return nil, err
		}
		if f.Language != "" && !strings.HasPrefix(p.LanguageVariant, f.Language+"-") {
			continue
		}
		if f.Formality != "" && Formality(p.Address.Default) != f.Formality {
			continue
		}
		if search != "" && !strings.Contains(fold(p.Country+" "+p.Name+" "+p.LanguageVariant), search) {
			continue
		}
		out = append(out, p)
	}
	return out, nil
}

// Profile returns the profile of a country (ISO 3166-1 alpha-2, any case), or ErrNotFound.
func (s *Service) Profile(ctx context.Context, country string) (StoredProfile, error) {
	r, err := s.store.one(ctx, profilesTable, normalizeCountry(country), false)
	if err != nil {
		return StoredProfile{}, err
	}
	return decodeProfile(r)
}

// ProfileHistory lists the versions of a profile, newest first.
func (s *Service) ProfileHistory(ctx context.Context, country string) ([]Version, error) {
	code := normalizeCountry(country)
	if _, err := s.store.one(ctx, profilesTable, code, false); err != nil {
		return nil, err
	}
	return s.store.history(ctx, profilesTable, code)
}

// ProfileEdit is an admin's edit of a profile's editable fields. List fields hold one item per
// entry; formats, commercial dates and the language variant come from code and are not edited.
type ProfileEdit struct {
	// Version is the version the edit was made on; if another edit came in between, the
	// update is refused with ErrConflict rather than silently overwriting it. 0 skips the check.
	Version                 int
	Name                    string
	BusinessStyle           string
	CommunicationPreference string
	CulturalTraits          []string
	CulturalReferences      []string
	ColorsFavored           []string
	ColorsAvoid             []string
	TopicsToAvoid           []string
	Notes                   []string
	Sources                 []string
	AddressDefault          string
	// AddressChannels maps a channel to its form of address; "" means the default.
	AddressChannels  map[string]string
	AddressPlural    string
	CallingCode      string
	LawName          string
	LawNumber        string
	LawYear          string
	LawAuthority     string
	LawURL           string
	LawComprehensive bool
}

// EditOf returns the edit that leaves a profile as it is: the starting point of the form.
func EditOf(p StoredProfile) ProfileEdit {
	e := ProfileEdit{
		Version: p.Version, Name: p.Name, BusinessStyle: p.BusinessStyle, CommunicationPreference: p.CommunicationPreference,
		CulturalTraits: p.CulturalTraits, CulturalReferences: p.CulturalReferences, ColorsFavored: p.Colors.Favored,
		ColorsAvoid: p.Colors.Avoid, TopicsToAvoid: p.TopicsToAvoid, Notes: p.Notes, Sources: p.Sources,
		AddressDefault: string(p.Address.Default), AddressChannels: map[string]string{}, AddressPlural: p.Address.Plural,
		CallingCode: p.CallingCode, LawName: p.DataProtection.Name, LawNumber: p.DataProtection.Number,
		LawYear: fmt.Sprint(p.DataProtection.Year), LawAuthority: p.DataProtection.Authority, LawURL: p.DataProtection.URL,
		LawComprehensive: p.DataProtection.Comprehensive,
	}
	for ch, r := range p.Address.Channels {
		e.AddressChannels[ch] = string(r)
	}
	return e
}

// UpdateProfile validates an admin's edit and writes it as a new version, in one transaction.
// Bad input is a *apperr.Validation with a message per field and changes nothing; an edit that
// changes nothing writes nothing.
func (s *Service) UpdateProfile(ctx context.Context, country string, edit ProfileEdit) (StoredProfile, error) {
	code := normalizeCountry(country)
	by, err := actorID(ctx)
	if err != nil {
		return StoredProfile{}, err
	}
	err = s.store.inTx(ctx, func(tx store) error {
		r, err := tx.one(ctx, profilesTable, code, true)
		if err != nil {
			return err
		}
		current, err := decodeProfile(r)
		if err != nil {
			return err
		}
		if edit.Version != 0 && edit.Version != r.Version {
			return profileConflict(code, edit.Version)
		}
		next, err := applyEdit(current.Profile, edit)
		if err != nil {
			return err
		}
		return writeVersion(ctx, tx, profilesTable, r, next, by, nil)
	})
	if err != nil {
		return StoredProfile{}, err
	}
	return s.Profile(ctx, code)
}

// RevertProfile restores an older version of a profile as a new version.
func (s *Service) RevertProfile(ctx context.Context, country string, version int) (StoredProfile, error) {
	code := normalizeCountry(country)
	by, err := actorID(ctx)
	if err != nil {
		return StoredProfile{}, err
	}
	err = s.store.inTx(ctx, func(tx store) error {
		r, err := tx.one(ctx, profilesTable, code, true)
		if err != nil {
			return err
		}
		old, err := tx.versionData(ctx, profilesTable, code, version)
		if err != nil {
			return err
		}
		var p Profile
		if err := json.Unmarshal([]byte(old), &p); err != nil {
			return fmt.Errorf("culture: version %d of %s: %w", version, code, err)
		}
		return writeVersion(ctx, tx, profilesTable, r, p, by, &version)
	})
	if err != nil {
		return StoredProfile{}, err
	}
	return s.Profile(ctx, code)
}

// writeVersion stores doc as the next version of r when it differs from the current one.
func writeVersion(ctx context.Context, tx store, t table, r row, doc any, by string, revertedFrom *int) error {
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	fields := changedFields(r.Data, string(b))
	if len(fields) == 0 {
		return nil
	}
	_, err = tx.update(ctx, t, r.Key, r.Version, string(b), &by, fields, revertedFrom)
	return err
}

func profileConflict(code string, version int) error {
	return apperr.Describe(fmt.Errorf("culture: profile %s is no longer at version %d: %w", code, version, apperr.ErrConflict), "culture.edit.conflict")
}

// Limits of the editable fields.
const (
	maxNameLen  = 80
	maxProseLen = 1000
	maxItemLen  = 300
	maxItems    = 20
)

// applyEdit validates edit and returns the profile it makes of p.
func applyEdit(p Profile, edit ProfileEdit) (Profile, error) {
	var v apperr.Validation
	text := func(field, value string, limit int) string {
		value = strings.TrimSpace(value)
		switch {
		case value == "":
			v.Add(field, "validation.required")
		case len([]rune(value)) > limit:
			v.Add(field, "validation.too_long", "Max", limit)
		}
		return value
	}
	list := func(field string, items []string) []string {
		out := make([]string, 0, len(items))
		for _, item := range items {
			if item = strings.TrimSpace(item); item != "" {
				out = append(out, item)
			}
		}
		switch {
		case len(out) == 0:
			v.Add(field, "culture.validation.list_required")
		case len(out) > maxItems:
			v.Add(field, "culture.validation.too_many", "Max", maxItems)
		}
		for _, item := range out {
			if len([]rune(item)) > maxItemLen {
				v.Add(field, "culture.validation.item_too_long", "Max", maxItemLen)
			}
		}
		return out
	}
	register := func(field, value string, optional bool) seed.Register {
		r := seed.Register(strings.TrimSpace(value))
		if (r == "" && optional) || r == seed.Tu || r == seed.Vos || r == seed.Usted {
			return r
		}
		v.Add(field, "validation.one_of", "Options", "tu, vos, usted")
		return r
	}

	p.Name = text("name", edit.Name, maxNameLen)
	p.BusinessStyle = text("business_style", edit.BusinessStyle, maxProseLen)
	p.CommunicationPreference = text("communication_preference", edit.CommunicationPreference, maxProseLen)
	p.CulturalTraits = list("cultural_traits", edit.CulturalTraits)
	p.CulturalReferences = list("cultural_references", edit.CulturalReferences)
	p.Colors.Favored = list("colors.favored", edit.ColorsFavored)
	p.Colors.Avoid = list("colors.avoid", edit.ColorsAvoid)
	p.TopicsToAvoid = list("topics_to_avoid", edit.TopicsToAvoid)
	p.Notes = list("notes", edit.Notes)
	p.Sources = list("sources", edit.Sources)

	p.Address.Default = register("address.default", edit.AddressDefault, false)
	channels := map[string]seed.Register{}
	for ch, value := range edit.AddressChannels {
		if !slices.Contains(seed.Channels(), ch) {
			v.Add("address.channels", "culture.validation.unknown_channel", "Channel", ch)
			continue
		}
		if r := register("address.channels."+ch, value, true); r != "" && r != p.Address.Default {
			channels[ch] = r
		}
	}
	p.Address.Channels = nil
	if len(channels) > 0 {
		p.Address.Channels = channels
	}
	p.Address.Plural = strings.TrimSpace(edit.AddressPlural)
	if !slices.Contains([]string{"ustedes", "vosotros", "vocês"}, p.Address.Plural) {
		v.Add("address.plural", "validation.one_of", "Options", "ustedes, vosotros, vocês")
	}

	p.CallingCode = strings.TrimSpace(edit.CallingCode)
	if !callingCode.MatchString(p.CallingCode) {
		v.Add("calling_code", "culture.validation.calling_code")
	}
	law := &p.DataProtection
	law.Name = text("data_protection.name", edit.LawName, maxItemLen)
	law.Number = text("data_protection.number", edit.LawNumber, maxItemLen)
	law.Authority = text("data_protection.authority", edit.LawAuthority, maxItemLen)
	law.URL = text("data_protection.url", edit.LawURL, maxItemLen)
	if law.URL != "" && !validURL(law.URL) {
		v.Add("data_protection.url", "culture.validation.url")
	}
	year, ok := parseYear(edit.LawYear)
	if !ok {
		v.Add("data_protection.year", "validation.range", "Min", 1900, "Max", 2100)
	}
	law.Year = year
	law.Comprehensive = edit.LawComprehensive

	if err := v.Err(); err != nil {
		return Profile{}, err
	}
	if err := p.Validate(); err != nil {
		// The checks above are stricter than the seed's; reaching this is a bug, not bad input.
		return Profile{}, fmt.Errorf("culture: edited profile: %w", err)
	}
	return p, nil
}

func decodeProfile(r row) (StoredProfile, error) {
	var p Profile
	if err := json.Unmarshal([]byte(r.Data), &p); err != nil {
		return StoredProfile{}, fmt.Errorf("culture: profile %s: %w", r.Key, err)
	}
	return StoredProfile{Profile: p, Record: r.record()}, nil
}

// actorID is the signed-in user making a change.
func actorID(ctx context.Context) (string, error) {
	a, ok := actor.From(ctx)
	if !ok || a.UserID == "" {
		return "", fmt.Errorf("culture: a change needs a signed-in user: %w", apperr.ErrUnauthorized)
	}
	return a.UserID, nil
}
