package contenttype

import "unicode/utf16"

// SMS encodings.
const (
	GSM7 = "GSM-7"
	UCS2 = "UCS-2"
)

// gsm7Basic is the GSM 03.38 default alphabet (each character is one septet).
const gsm7Basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
	"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"

// gsm7Extension holds the characters of the extension table, sent as an
// escape plus a septet, so each one counts two.
const gsm7Extension = "\f^{}\\[~]|€"

// Segment sizes: a single message, and each part of a concatenated one (the
// user data header takes the rest).
const (
	gsm7Single = 160
	gsm7Multi  = 153
	ucs2Single = 70
	ucs2Multi  = 67
)

// Segments returns the encoding an SMS needs and how many segments it takes.
// Text that fits the GSM 03.38 alphabet (with its extension table, whose
// characters count two septets) is GSM-7: 160 per message, 153 per part when
// concatenated. Anything else, such as Spanish á, í, ó, ú, is UCS-2, counted
// in UTF-16 code units: 70 per message, 67 per part. A character is never
// split across two parts. Empty text takes 0 segments.
func Segments(text string) (encoding string, segments int) {
	units, ok := gsm7Units(text)
	encoding, single, multi := GSM7, gsm7Single, gsm7Multi
	if !ok {
		encoding, single, multi = UCS2, ucs2Single, ucs2Multi
		units = units[:0]
		for _, r := range text {
			units = append(units, utf16.RuneLen(r))
		}
	}
	total := 0
	for _, u := range units {
		total += u
	}
	switch {
	case total == 0:
		return encoding, 0
	case total <= single:
		return encoding, 1
	}
	segments, used := 1, 0
	for _, u := range units {
		if used+u > multi {
			segments++
			used = 0
		}
		used += u
	}
	return encoding, segments
}

// gsm7Units returns the septets each character takes, or false when a
// character is outside the GSM 03.38 alphabet.
func gsm7Units(text string) ([]int, bool) {
	units := make([]int, 0, len(text))
	for _, r := range text {
		switch {
		case containsRune(gsm7Basic, r):
			units = append(units, 1)
		case containsRune(gsm7Extension, r):
			units = append(units, 2)
		default:
			return units, false
		}
	}
	return units, true
}

func containsRune(set string, r rune) bool {
	for _, s := range set {
		if s == r {
			return true
		}
	}
	return false
}
