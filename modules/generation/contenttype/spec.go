// Package contenttype is the single source of truth for Frontier's content
// types and social channels: their parts, hard limits and the meaning of the
// brief's length. It also renders, parses and enforces structured content.
//
// Limits, as documented by the platforms (checked November 2026):
//
//	google_ads          responsive search ad: 3–15 headlines of ≤ 30 characters, 2–4 descriptions of ≤ 90
//	meta_ad             primary text (Meta recommends ≤ 125, we cap at 2,200), headline ≤ 40, description ≤ 30
//	email               subject ≤ 60 (what inboxes show), preheader ≤ 100, body
//	sms                 body ≤ 160 characters; Segments reports the encoding and segment count
//	whatsapp            body ≤ 1,024 (the Business API template body limit)
//	social_post / x          280 (URLs weigh 23 characters)
//	social_post / instagram  2,200
//	social_post / facebook   63,206
//	social_post / linkedin   3,000
//	social_post / tiktok     2,200: the Content Posting API limit; the app allows ~4,000 for some accounts
//	landing_hero        headline ≤ 80, subheadline ≤ 300, call to action ≤ 30 (our own readability caps)
//	blog_intro          title ≤ 100, body
//	product_description title ≤ 100, body
//
// Characters are Unicode code points.
//
// The brief's length targets one part and is counted in words for long
// forms and characters for short ones (default, min–max):
//
//	social_post  body, characters: x 220 (60–280), instagram 450 (80–2,200), facebook 400 (80–3,000),
//	             linkedin 700 (150–3,000), tiktok 250 (60–2,200); hashtags count
//	google_ads   each description, characters: 90 (40–90); headlines always fit 30
//	meta_ad      primary text, characters: 125 (40–2,200)
//	email        body, words: 120 (40–600)
//	whatsapp     body, characters: 300 (60–1,024)
//	sms          body, characters: 150 (40–160)
//	landing_hero subheadline, characters: 140 (50–300)
//	blog_intro   body, words: 120 (50–400)
//	product_description body, words: 100 (30–400)
package contenttype

// Content type ids (stable: the API and the database use them).
const (
	SocialPost         = "social_post"
	GoogleAds          = "google_ads"
	MetaAd             = "meta_ad"
	Email              = "email"
	WhatsApp           = "whatsapp"
	SMS                = "sms"
	LandingHero        = "landing_hero"
	BlogIntro          = "blog_intro"
	ProductDescription = "product_description"
)

// Channel ids for social_post (stable).
const (
	Instagram = "instagram"
	Facebook  = "facebook"
	LinkedIn  = "linkedin"
	X         = "x"
	TikTok    = "tiktok"
)

// Part names (stable: the tagged LLM format upper-cases them).
const (
	PartHeadline    = "headline"
	PartDescription = "description"
	PartPrimaryText = "primary_text"
	PartSubject     = "subject"
	PartPreheader   = "preheader"
	PartBody        = "body"
	PartTitle       = "title"
	PartSubheadline = "subheadline"
	PartCTA         = "cta"
)

// Unit says what the brief's length counts.
type Unit string

// Units of length.
const (
	Words      Unit = "words"
	Characters Unit = "characters"
)

// PartSpec describes one part of a content type.
type PartSpec struct {
	Name      string
	MinCount  int  // how many the content must have (0 = optional)
	MaxCount  int  // how many it may have
	MaxChars  int  // hard limit per occurrence, in code points
	Multiline bool // may span several lines and paragraphs
}

// Spec describes a content type, resolved for a channel when it has one.
type Spec struct {
	Type    string
	Channel string
	// Unit, DefaultLength, MinLength and MaxLength describe the brief's
	// length, which targets the part named LengthPart.
	Unit          Unit
	DefaultLength int
	MinLength     int
	MaxLength     int
	LengthPart    string
	Parts         []PartSpec
	// Groups orders the parts for Format: parts of a group go on
	// consecutive lines, groups are separated by a blank line.
	Groups [][]string
}

// Part returns the spec of the named part.
func (s Spec) Part(name string) (PartSpec, bool) {
	for _, p := range s.Parts {
		if p.Name == name {
			return p, true
		}
	}
	return PartSpec{}, false
}

// Types lists the content type ids in a stable order.
func Types() []string {
	return []string{SocialPost, GoogleAds, MetaAd, Email, WhatsApp, SMS, LandingHero, BlogIntro, ProductDescription}
}

// Channels lists the social_post channel ids in a stable order.
func Channels() []string {
	return []string{Instagram, Facebook, LinkedIn, X, TikTok}
}

// HasChannel reports whether the content type needs a channel.
func HasChannel(contentType string) bool { return contentType == SocialPost }

// socialLimits holds, per channel, the hard limit, default and minimum length.
func socialLimits(channel string) (limit, def, minLen int, ok bool) {
	switch channel {
	case X:
		return 280, 220, 60, true
	case Instagram:
		return 2200, 450, 80, true
	case Facebook:
		return 63206, 400, 80, true
	case LinkedIn:
		return 3000, 700, 150, true
	case TikTok:
		return 2200, 250, 60, true
	}
	return 0, 0, 0, false
}

// maxSocialLength caps the length a brief may ask for on channels whose own
// limit is far beyond anything the generators write well.
const maxSocialLength = 3000

// Lookup returns the spec of a content type, resolved for channel when the
// type has channels. Errors are *FieldError.
func Lookup(contentType, channel string) (Spec, error) {
	one := func(name string, maxChars int) PartSpec {
		return PartSpec{Name: name, MinCount: 1, MaxCount: 1, MaxChars: maxChars}
	}
	body := func(maxChars int) PartSpec {
		return PartSpec{Name: PartBody, MinCount: 1, MaxCount: 1, MaxChars: maxChars, Multiline: true}
	}
	if contentType != SocialPost && channel != "" && isKnownType(contentType) {
		return Spec{}, fieldError(FieldChannel, MsgChannelNotApplicable, map[string]any{"Type": contentType})
	}
	switch contentType {
	case SocialPost:
		if channel == "" {
			return Spec{}, fieldError(FieldChannel, MsgChannelRequired, nil)
		}
		limit, def, minLen, ok := socialLimits(channel)
		if !ok {
			return Spec{}, fieldError(FieldChannel, MsgUnknownChannel, map[string]any{"Channel": channel})
		}
		return Spec{Type: SocialPost, Channel: channel, Unit: Characters, DefaultLength: def, MinLength: minLen,
			MaxLength: min(limit, maxSocialLength), LengthPart: PartBody,
			Parts: []PartSpec{body(limit)}, Groups: [][]string{{PartBody}}}, nil
	case GoogleAds:
		return Spec{Type: GoogleAds, Unit: Characters, DefaultLength: 90, MinLength: 40, MaxLength: 90, LengthPart: PartDescription,
			Parts: []PartSpec{
				{Name: PartHeadline, MinCount: 3, MaxCount: 15, MaxChars: 30},
				{Name: PartDescription, MinCount: 2, MaxCount: 4, MaxChars: 90},
			},
			Groups: [][]string{{PartHeadline}, {PartDescription}}}, nil
	case MetaAd:
		return Spec{Type: MetaAd, Unit: Characters, DefaultLength: 125, MinLength: 40, MaxLength: 2200, LengthPart: PartPrimaryText,
			Parts: []PartSpec{
				{Name: PartPrimaryText, MinCount: 1, MaxCount: 1, MaxChars: 2200, Multiline: true},
				one(PartHeadline, 40),
				{Name: PartDescription, MinCount: 0, MaxCount: 1, MaxChars: 30},
			},
			Groups: [][]string{{PartPrimaryText}, {PartHeadline, PartDescription}}}, nil
	case Email:
		return Spec{Type: Email, Unit: Words, DefaultLength: 120, MinLength: 40, MaxLength: 600, LengthPart: PartBody,
			Parts:  []PartSpec{one(PartSubject, 60), one(PartPreheader, 100), body(10000)},
			Groups: [][]string{{PartSubject, PartPreheader}, {PartBody}}}, nil
	case WhatsApp:
		return Spec{Type: WhatsApp, Unit: Characters, DefaultLength: 300, MinLength: 60, MaxLength: 1024, LengthPart: PartBody,
			Parts: []PartSpec{body(1024)}, Groups: [][]string{{PartBody}}}, nil
	case SMS:
		return Spec{Type: SMS, Unit: Characters, DefaultLength: 150, MinLength: 40, MaxLength: 160, LengthPart: PartBody,
			Parts: []PartSpec{{Name: PartBody, MinCount: 1, MaxCount: 1, MaxChars: 160}}, Groups: [][]string{{PartBody}}}, nil
	case LandingHero:
		return Spec{Type: LandingHero, Unit: Characters, DefaultLength: 140, MinLength: 50, MaxLength: 300, LengthPart: PartSubheadline,
			Parts:  []PartSpec{one(PartHeadline, 80), one(PartSubheadline, 300), one(PartCTA, 30)},
			Groups: [][]string{{PartHeadline, PartSubheadline}, {PartCTA}}}, nil
	case BlogIntro:
		return Spec{Type: BlogIntro, Unit: Words, DefaultLength: 120, MinLength: 50, MaxLength: 400, LengthPart: PartBody,
			Parts:  []PartSpec{one(PartTitle, 100), body(5000)},
			Groups: [][]string{{PartTitle}, {PartBody}}}, nil
	case ProductDescription:
		return Spec{Type: ProductDescription, Unit: Words, DefaultLength: 100, MinLength: 30, MaxLength: 400, LengthPart: PartBody,
			Parts:  []PartSpec{one(PartTitle, 100), body(5000)},
			Groups: [][]string{{PartTitle}, {PartBody}}}, nil
	}
	return Spec{}, fieldError(FieldContentType, MsgUnknownType, map[string]any{"Type": contentType})
}

func isKnownType(contentType string) bool {
	for _, t := range Types() {
		if t == contentType {
			return true
		}
	}
	return false
}
