package locale

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AmountKind tells what FindAmounts found.
type AmountKind string

// Kinds of amount.
const (
	KindNumber AmountKind = "number" // a number with separators: "1.234,5", "12,5"
	KindPrice  AmountKind = "price"  // a number next to a currency sign: "R$ 1.234,50", "100 USD"
	KindDate   AmountKind = "date"   // a numeric date: "05/03/2027", "2027-03-05"
)

// Amount is a number, price or date found in text. Offsets are Unicode code
// points, 0-based, End exclusive, and cover the currency sign when there is one.
type Amount struct {
	Start, End int
	// NumberStart and NumberEnd delimit the digits alone, without the sign.
	NumberStart, NumberEnd int
	Text                   string
	Kind                   AmountKind
	Symbol                 string // currency sign or ISO code as written; "" if none
	Currency               string // ISO 4217 code the sign stands for; "" if none or shared ("$")
	// Decimal and Group are the separators the number was written with, when
	// the reading is certain. Group " " stands for any space-like separator.
	Decimal, Group string
	// Ambiguous is set when the separators can be read both ways: "1.234" is
	// a thousand in Buenos Aires and one and a bit in Mexico City.
	Ambiguous bool
	// Value is the number under the certain reading (0 when Ambiguous).
	Value float64
	// FractionDigits is the number of digits written after the decimal separator.
	FractionDigits int
	Date           DateParts // set for KindDate
}

// DateParts is the reading of a numeric date. Order is empty when both
// day-month and month-day readings are valid ("05/03/2027").
type DateParts struct {
	Year, Month, Day int
	Order            DateOrder
	Separator        string // "/" or "-"
	TwoDigitYear     bool
}

// FindAmounts finds prices, numbers written with separators and numeric
// dates in text, in one pass and without regular expressions. Plain integers
// without a currency sign ("2027", "15") are not reported, and neither are
// tokens glued to letters ("v2.5", "4.5G"), version numbers ("versión
// 2.5"), digit codes ("4321.5678"), identifiers with mixed
// separators ("12.345.678-5", "123.456.789-09"), IP-like dotted runs and
// times of day ("a las 10.30", "10.30 h").
//
// No amount spans a line break, so the text is read line by line and only
// lines with a digit are decoded, into one buffer reused for every line.
func FindAmounts(text string) []Amount {
	var found []Amount
	var runes []rune
	offset := 0 // code points before the current line
	for rest := text; ; {
		line, after, more := strings.Cut(rest, "\n")
		if hasDigit(line) {
			runes = decodeRunes(runes, line)
			found = findInLine(found, runes, offset)
			offset += len(runes)
		} else {
			offset += utf8.RuneCountInString(line)
		}
		if !more {
			return found
		}
		offset++ // the line break
		rest = after
	}
}

// findInLine appends the amounts of one line to found; offset is the code
// point offset of the line in the text.
func findInLine(found []Amount, runes []rune, offset int) []Amount {
	for i := 0; i < len(runes); {
		if !isDigit(runes[i]) {
			i++
			continue
		}
		amount, end, ok := readAmount(runes, i)
		if ok {
			amount.Start += offset
			amount.End += offset
			amount.NumberStart += offset
			amount.NumberEnd += offset
			found = append(found, amount)
		}
		i = end
	}
	return found
}

// decodeRunes is []rune(line) in the array of runes, grown if needed.
func decodeRunes(runes []rune, line string) []rune {
	runes = slices.Grow(runes[:0], len(line))[:len(line)] // never more runes than bytes
	n := 0
	for i := 0; i < len(line); n++ {
		if c := line[i]; c < utf8.RuneSelf {
			runes[n] = rune(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		runes[n] = r
		i += size
	}
	return runes[:n]
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// readAmount reads the token starting at the digit runes[start] and returns
// where scanning continues.
func readAmount(runes []rune, start int) (Amount, int, bool) {
	prefix, prefixStart, hasPrefix := symbolBefore(runes, start)
	end := scanToken(runes, start, hasPrefix)
	suffix, suffixEnd, hasSuffix := symbolAfter(runes, end)
	if !hasPrefix && !hasSuffix {
		// An ordinary space groups digits only next to a currency sign;
		// elsewhere "52 222 123" is more likely a phone number.
		if wide := scanToken(runes, start, true); wide != end {
			if sym, symEnd, ok := symbolAfter(runes, wide); ok {
				end, suffix, suffixEnd, hasSuffix = wide, sym, symEnd, ok
			}
		}
	}
	next := end
	if hasSuffix {
		next = suffixEnd
	}
	if !hasPrefix && start > 0 && isWordRune(runes[start-1]) {
		return Amount{}, next, false
	}
	if !hasSuffix && end < len(runes) && isWordRune(runes[end]) {
		return Amount{}, next, false
	}
	token := runes[start:end]
	if !hasPrefix && !hasSuffix && allDigitRunes(token) {
		return Amount{}, next, false // a plain integer: nothing to classify
	}
	var groupBuf, sepBuf [8]string // most numbers have a few groups: no arrays on the heap
	groups, seps := splitToken(token, groupBuf[:0], sepBuf[:0])
	if len(seps) > 0 && (seps[0] == "/" || seps[0] == "-") {
		date, ok := readDate(groups, seps)
		if !ok || hasPrefix || hasSuffix {
			return Amount{}, next, false
		}
		return Amount{Start: start, End: end, NumberStart: start, NumberEnd: end,
			Text: string(token), Kind: KindDate, Date: date}, next, true
	}
	if !hasPrefix && !hasSuffix && (isTimeOfDay(runes, start, end, groups, seps) ||
		isVersion(runes, start) || isCode(groups, seps)) {
		return Amount{}, next, false
	}
	a, ok := readNumber(groups, seps)
	if !ok || (len(seps) == 0 && !hasPrefix && !hasSuffix) {
		return Amount{}, next, false
	}
	a.Start, a.End, a.Kind = start, end, KindNumber
	a.NumberStart, a.NumberEnd = start, end
	switch {
	case hasPrefix:
		a.Start, a.Kind, a.Symbol, a.Currency = prefixStart, KindPrice, prefix.text, prefix.currency
	case hasSuffix:
		a.End, a.Kind, a.Symbol, a.Currency = suffixEnd, KindPrice, suffix.text, suffix.currency
	}
	a.Text = string(runes[a.Start:a.End])
	return a, next, true
}

// scanToken returns the end of the run of digits and single separators that
// starts at start. Space-like separators join only groups of three digits.
func scanToken(runes []rune, start int, asciiSpace bool) int {
	j, run := start, 0
	for j < len(runes) {
		r := runes[j]
		if isDigit(r) {
			j++
			run++
			continue
		}
		if j+1 >= len(runes) || !isDigit(runes[j+1]) {
			break
		}
		switch {
		case r == '.' || r == ',' || r == '/' || r == '-':
		case r == '\u00a0' || r == '\u202f' || (r == ' ' && asciiSpace):
			if run > 3 || !threeDigitsThenStop(runes, j+1) {
				return j
			}
		default:
			return j
		}
		j++
		run = 0
	}
	return j
}

func threeDigitsThenStop(runes []rune, at int) bool {
	if at+3 > len(runes) {
		return false
	}
	for _, r := range runes[at : at+3] {
		if !isDigit(r) {
			return false
		}
	}
	return at+3 == len(runes) || !isDigit(runes[at+3])
}

// splitToken cuts a token into digit groups and the separators between
// them, appended to groups and seps; every space-like separator becomes " ".
func splitToken(token []rune, groups, seps []string) ([]string, []string) {
	begin := 0
	for k, r := range token {
		if isDigit(r) {
			continue
		}
		groups = append(groups, string(token[begin:k]))
		seps = append(seps, separatorText(r))
		begin = k + 1
	}
	return append(groups, string(token[begin:])), seps
}

// separatorText spells a separator, the frequent ones without allocating.
func separatorText(r rune) string {
	switch {
	case isSpaceSeparator(r):
		return " "
	case r == '.':
		return "."
	case r == ',':
		return ","
	case r == '/':
		return "/"
	case r == '-':
		return "-"
	}
	return string(r)
}

// readNumber classifies the separators of a number and computes its value.
func readNumber(groups, seps []string) (Amount, bool) {
	var a Amount
	for _, s := range seps {
		if s != "." && s != "," && s != " " {
			return a, false
		}
	}
	switch {
	case len(seps) == 0:
	case len(seps) == 1 && seps[0] == " ":
		a.Group = " "
	case len(seps) == 1:
		lead, tail := groups[0], groups[1]
		if len(tail) == 3 && len(lead) <= 3 && lead != "0" {
			a.Ambiguous = true
			return a, true
		}
		a.Decimal = seps[0]
	default:
		last := seps[len(seps)-1]
		group := seps[0]
		for _, s := range seps[:len(seps)-1] {
			if s != group {
				return a, false
			}
		}
		if last == group {
			a.Group = group
		} else {
			if last == " " {
				return a, false
			}
			a.Group, a.Decimal = group, last
		}
	}
	intGroups := groups
	if a.Decimal != "" {
		intGroups = groups[:len(groups)-1]
		a.FractionDigits = len(groups[len(groups)-1])
	}
	if a.Group != "" {
		if len(intGroups[0]) > 3 {
			return a, false
		}
		for _, g := range intGroups[1:] {
			if len(g) != 3 {
				return a, false
			}
		}
	}
	normalized := strings.Join(intGroups, "")
	if a.Decimal != "" {
		normalized += "." + groups[len(groups)-1]
	}
	v, err := strconv.ParseFloat(normalized, 64)
	if err != nil {
		return a, false
	}
	a.Value = v
	return a, true
}

// readDate reads d/m/y, m/d/y and y-m-d dates with one kind of separator.
func readDate(groups, seps []string) (DateParts, bool) {
	if len(groups) != 3 || seps[0] != seps[1] {
		return DateParts{}, false
	}
	d := DateParts{Separator: seps[0]}
	n := make([]int, 3)
	for k, g := range groups {
		v, err := strconv.Atoi(g)
		if err != nil {
			return DateParts{}, false
		}
		n[k] = v
	}
	if len(groups[0]) == 4 && len(groups[1]) <= 2 && len(groups[2]) <= 2 {
		d.Year, d.Month, d.Day, d.Order = n[0], n[1], n[2], YMD
		return d, validDay(d.Year, d.Month, d.Day)
	}
	if len(groups[0]) > 2 || len(groups[1]) > 2 || (len(groups[2]) != 2 && len(groups[2]) != 4) {
		return DateParts{}, false
	}
	d.Year = n[2]
	if len(groups[2]) == 2 {
		d.Year, d.TwoDigitYear = 2000+n[2], true
	}
	dmy := validDay(d.Year, n[1], n[0])
	mdy := validDay(d.Year, n[0], n[1])
	switch {
	case dmy && mdy:
		d.Day, d.Month = n[0], n[1] // provisional: Order stays empty
	case dmy:
		d.Day, d.Month, d.Order = n[0], n[1], DMY
	case mdy:
		d.Day, d.Month, d.Order = n[1], n[0], MDY
	default:
		return DateParts{}, false
	}
	return d, true
}

func validDay(year, month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month-1]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	return day <= days
}

// isTimeOfDay recognises "10.30" written as a time: "a las 10.30", "10.30 h".
func isTimeOfDay(runes []rune, start, end int, groups, seps []string) bool {
	if len(seps) != 1 || seps[0] != "." || len(groups[0]) > 2 || len(groups[1]) != 2 {
		return false
	}
	hour, _ := strconv.Atoi(groups[0])
	minute, _ := strconv.Atoi(groups[1])
	if hour > 23 || minute > 59 {
		return false
	}
	after := strings.ToLower(strings.TrimLeft(string(runes[end:min(end+7, len(runes))]), " \u00a0"))
	for _, unit := range []string{"horas", "hrs", "hs", "h"} {
		if rest, ok := strings.CutPrefix(after, unit); ok && (rest == "" || !unicode.IsLetter([]rune(rest)[0])) {
			return true
		}
	}
	word := strings.ToLower(wordBefore(runes, start))
	return word == "las" || word == "la" || word == "às" || word == "as"
}

// isVersion recognises version numbers: "versión 2.5", "v 10.1".
func isVersion(runes []rune, start int) bool {
	switch strings.ToLower(wordBefore(runes, start)) {
	case "versión", "version", "versão", "v":
		return true
	}
	return false
}

// isCode recognises digit runs that read as codes or phone numbers rather
// than as a decimal number: "4321.5678" has four digits on both sides.
func isCode(groups, seps []string) bool {
	return len(seps) == 1 && len(groups[0]) >= 4 && len(groups[1]) >= 4
}

func allDigitRunes(token []rune) bool {
	for _, r := range token {
		if !isDigit(r) {
			return false
		}
	}
	return true
}

// wordBefore returns the word that ends just before position at, skipping spaces.
func wordBefore(runes []rune, at int) string {
	end := at
	for end > 0 && isSpaceSeparator(runes[end-1]) {
		end--
	}
	begin := end
	for begin > 0 && unicode.IsLetter(runes[begin-1]) {
		begin--
	}
	return string(runes[begin:end])
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || isDigit(r) || r == '_' }
