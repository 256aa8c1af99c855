package contenttype

import (
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name        string
		contentType string
		text        string
		want        []Part
	}{
		{
			name:        "google ads plain",
			contentType: GoogleAds,
			text:        "HEADLINE: Corre más lejos\nHEADLINE: 30% de descuento\nHEADLINE: Envío gratis\nDESCRIPTION: Zapatillas livianas.\nDESCRIPTION: Compra hoy.",
			want: []Part{{PartHeadline, "Corre más lejos"}, {PartHeadline, "30% de descuento"}, {PartHeadline, "Envío gratis"},
				{PartDescription, "Zapatillas livianas."}, {PartDescription, "Compra hoy."}},
		},
		{
			name:        "markdown, numbering, quotes and chatter",
			contentType: GoogleAds,
			text: "Here is your ad:\n```\n**Headline 1:** \"Corre más lejos\"\n- HEADLINE 2: Ofertas: 30% off\n* headline 3 : Envío gratis\n\n" +
				"**DESCRIPTION**: «Zapatillas livianas.»\nDescription 2: Compra hoy.\n```",
			want: []Part{{PartHeadline, "Corre más lejos"}, {PartHeadline, "Ofertas: 30% off"}, {PartHeadline, "Envío gratis"},
				{PartDescription, "Zapatillas livianas."}, {PartDescription, "Compra hoy."}},
		},
		{
			name:        "email with multi-line body",
			contentType: Email,
			text:        "SUBJECT: Tu descuento te espera\nPREHEADER: Solo hasta el domingo\nBODY:\nHola:\n\nTenemos algo para ti.\nNota: es por tiempo limitado.\n",
			want: []Part{{PartSubject, "Tu descuento te espera"}, {PartPreheader, "Solo hasta el domingo"},
				{PartBody, "Hola:\n\nTenemos algo para ti.\nNota: es por tiempo limitado."}},
		},
		{
			name:        "label alone then text on next line",
			contentType: LandingHero,
			text:        "HEADLINE:\nCorre sin límites\nSUBHEADLINE: Zapatillas pensadas para ti.\nCTA: Compra ahora",
			want:        []Part{{PartHeadline, "Corre sin límites"}, {PartSubheadline, "Zapatillas pensadas para ti."}, {PartCTA, "Compra ahora"}},
		},
		{
			name:        "untagged single body",
			contentType: WhatsApp,
			text:        "¡Hola! Tenemos 30% de descuento.\n\nEscríbenos.",
			want:        []Part{{PartBody, "¡Hola! Tenemos 30% de descuento.\n\nEscríbenos."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(tt.contentType, tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Parts) != len(tt.want) {
				t.Fatalf("got %d parts %q, want %d", len(c.Parts), c.Parts, len(tt.want))
			}
			for i := range tt.want {
				if c.Parts[i] != tt.want[i] {
					t.Errorf("part %d = %q, want %q", i, c.Parts[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, contentType, text, messageID string
	}{
		{"too few headlines", GoogleAds, "HEADLINE: a\nHEADLINE: b\nDESCRIPTION: c\nDESCRIPTION: d", MsgMissingPart},
		{"no subject", Email, "PREHEADER: p\nBODY:\nhola", MsgMissingPart},
		{"empty", SMS, "  \n ", MsgEmptyText},
		{"untagged multi-part", Email, "Hola, esto no tiene etiquetas", MsgEmptyText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.contentType, tt.text)
			var pe *ParseError
			if !errors.As(err, &pe) || pe.MessageID != tt.messageID {
				t.Fatalf("got %v, want ParseError %s", err, tt.messageID)
			}
		})
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	c := Content{Type: Email, Parts: []Part{{PartBody, "Hola.\n\nChau."}, {PartSubject, "Asunto"}, {PartPreheader, "Pre"}}}
	if got, want := c.Format(), "Asunto\nPre\n\nHola.\n\nChau."; got != want {
		t.Fatalf("Format = %q, want %q", got, want)
	}
	ads := Content{Type: GoogleAds, Parts: []Part{{PartHeadline, "A"}, {PartHeadline, "B"}, {PartHeadline, "C"}, {PartDescription, "D1"}, {PartDescription, "D2"}}}
	if got, want := ads.Format(), "A\nB\nC\n\nD1\nD2"; got != want {
		t.Fatalf("Format = %q, want %q", got, want)
	}
	prompt, err := PromptFormat(GoogleAds, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"HEADLINE:", "DESCRIPTION:", "30 characters", "90 characters", "3 to 15"} {
		if !strings.Contains(prompt, want) {
			t.Errorf("prompt lacks %q:\n%s", want, prompt)
		}
	}
}
