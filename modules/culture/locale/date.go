package locale

import (
	"strconv"
	"strings"
	"time"
)

// Date writes t as a short numeric date the local way, always with a
// four-digit year: "05/03/2027" (MX), "5/3/2027" (AR), "05-03-2027" (CL),
// "03/05/2027" (PA, PR).
func (f Format) Date(t time.Time) string {
	pattern := strings.ReplaceAll(f.ShortDatePattern, "yy", "y")
	return formatDate(pattern, t)
}

// LongDate writes t in words: "5 de marzo de 2027", "5 de março de 2027",
// "March 5, 2027". lang is "es", "pt" or "en" (a region suffix such as
// "pt-BR" is ignored); empty means the market's own language.
func (f Format) LongDate(t time.Time, lang string) string {
	if lang == "" {
		lang = f.Language
	}
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	day := strconv.Itoa(t.Day())
	if f.LongDayPadded && base == f.Language {
		day = twoDigits(t.Day())
	}
	year := strconv.Itoa(t.Year())
	switch base {
	case "pt":
		return day + " de " + monthsPT[t.Month()-1] + " de " + year
	case "en":
		return t.Month().String() + " " + strconv.Itoa(t.Day()) + ", " + year
	default:
		return day + " de " + monthsES[t.Month()-1] + " de " + year
	}
}

var (
	monthsES = [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio",
		"julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"}
	monthsPT = [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho",
		"julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}
)

// formatDate renders the numeric subset of a CLDR date pattern: d, dd, M,
// MM, yy and y; every other character is copied.
func formatDate(pattern string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(pattern); {
		c := pattern[i]
		n := 1
		for i+n < len(pattern) && pattern[i+n] == c {
			n++
		}
		switch {
		case c == 'd' && n == 1:
			b.WriteString(strconv.Itoa(t.Day()))
		case c == 'd':
			b.WriteString(twoDigits(t.Day()))
		case c == 'M' && n == 1:
			b.WriteString(strconv.Itoa(int(t.Month())))
		case c == 'M':
			b.WriteString(twoDigits(int(t.Month())))
		case c == 'y' && n == 2:
			b.WriteString(twoDigits(t.Year() % 100))
		case c == 'y':
			b.WriteString(strconv.Itoa(t.Year()))
		default:
			b.WriteString(pattern[i : i+n])
		}
		i += n
	}
	return b.String()
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
