package contenttype

import (
	"errors"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name        string
		contentType string
		channel     string
		length      int
		field       string // "" when valid
		messageID   string
	}{
		{"default length", Email, "", 0, "", ""},
		{"email words in range", Email, "", 200, "", ""},
		{"x in range", SocialPost, X, 280, "", ""},
		{"x over limit", SocialPost, X, 281, FieldLength, MsgLengthOutOfRange},
		{"sms over 160", SMS, "", 161, FieldLength, MsgLengthOutOfRange},
		{"negative", WhatsApp, "", -5, FieldLength, MsgLengthOutOfRange},
		{"too short", BlogIntro, "", 10, FieldLength, MsgLengthOutOfRange},
		{"unknown type", "billboard", "", 0, FieldContentType, MsgUnknownType},
		{"social needs channel", SocialPost, "", 0, FieldChannel, MsgChannelRequired},
		{"unknown channel", SocialPost, "myspace", 0, FieldChannel, MsgUnknownChannel},
		{"channel on email", Email, Instagram, 0, FieldChannel, MsgChannelNotApplicable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(tt.contentType, tt.channel, tt.length)
			if tt.field == "" {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want *FieldError", err)
			}
			if fe.Field != tt.field || fe.MessageID != tt.messageID {
				t.Fatalf("got %s/%s, want %s/%s", fe.Field, fe.MessageID, tt.field, tt.messageID)
			}
		})
	}
}

func TestEverySpecIsConsistent(t *testing.T) {
	for _, typ := range Types() {
		channels := []string{""}
		if HasChannel(typ) {
			channels = Channels()
		}
		for _, ch := range channels {
			spec, err := Lookup(typ, ch)
			if err != nil {
				t.Fatalf("%s/%s: %v", typ, ch, err)
			}
			lp, ok := spec.Part(spec.LengthPart)
			if !ok {
				t.Errorf("%s/%s: length part %q is not a part", typ, ch, spec.LengthPart)
			}
			if !(spec.MinLength <= spec.DefaultLength && spec.DefaultLength <= spec.MaxLength) {
				t.Errorf("%s/%s: default %d outside [%d,%d]", typ, ch, spec.DefaultLength, spec.MinLength, spec.MaxLength)
			}
			if spec.Unit == Characters && spec.MaxLength > lp.MaxChars {
				t.Errorf("%s/%s: max length %d beyond the part limit %d", typ, ch, spec.MaxLength, lp.MaxChars)
			}
			grouped := map[string]bool{}
			for _, g := range spec.Groups {
				for _, n := range g {
					grouped[n] = true
				}
			}
			for _, p := range spec.Parts {
				if !grouped[p.Name] {
					t.Errorf("%s/%s: part %s missing from Groups", typ, ch, p.Name)
				}
				if p.MaxCount < p.MinCount || p.MaxCount == 0 || p.MaxChars == 0 {
					t.Errorf("%s/%s: part %s has bad bounds %+v", typ, ch, p.Name, p)
				}
			}
		}
	}
}

func TestPlatformLimits(t *testing.T) {
	tests := []struct {
		contentType, channel, part string
		maxChars                   int
	}{
		{GoogleAds, "", PartHeadline, 30},
		{GoogleAds, "", PartDescription, 90},
		{MetaAd, "", PartHeadline, 40},
		{Email, "", PartSubject, 60},
		{SMS, "", PartBody, 160},
		{SocialPost, X, PartBody, 280},
		{SocialPost, Instagram, PartBody, 2200},
		{SocialPost, LinkedIn, PartBody, 3000},
		{SocialPost, TikTok, PartBody, 2200},
	}
	for _, tt := range tests {
		spec, err := Lookup(tt.contentType, tt.channel)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := spec.Part(tt.part)
		if p.MaxChars != tt.maxChars {
			t.Errorf("%s/%s %s: limit %d, want %d", tt.contentType, tt.channel, tt.part, p.MaxChars, tt.maxChars)
		}
	}
	spec, _ := Lookup(GoogleAds, "")
	if h, _ := spec.Part(PartHeadline); h.MinCount != 3 || h.MaxCount != 15 {
		t.Errorf("google ads headlines %d..%d, want 3..15", h.MinCount, h.MaxCount)
	}
	if d, _ := spec.Part(PartDescription); d.MinCount != 2 || d.MaxCount != 4 {
		t.Errorf("google ads descriptions %d..%d, want 2..4", d.MinCount, d.MaxCount)
	}
}
