package locale

import (
	"math"
	"strconv"
	"strings"
)

// Number writes v with the given number of decimals, rounding half away from
// zero as people do (1234.5 -> "1.235"), and groups thousands the local way.
// A negative decimals keeps every significant decimal (1234.5 -> "1,234.5").
func (f Format) Number(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	negative, intPart, fracPart := roundDecimal(v, decimals)
	var b strings.Builder
	if negative {
		b.WriteByte('-')
	}
	f.writeDigits(&b, intPart, fracPart)
	return b.String()
}

// Price writes an amount of the local currency: "$1,234.50" in Mexico,
// "$ 1.234,50" in Argentina, "$1.235" in Chile, "1234,50 €" in Spain.
func (f Format) Price(amount float64) string {
	return f.priceWith(f.CurrencySymbol, amount, f.FractionDigits)
}

// priceWith writes amount with the given symbol and decimals in this
// market's placement and spacing.
func (f Format) priceWith(symbol string, amount float64, decimals int) string {
	negative, intPart, fracPart := roundDecimal(amount, decimals)
	var b strings.Builder
	if negative {
		b.WriteByte('-')
	}
	if !f.SymbolAfter {
		b.WriteString(symbol)
		if f.SymbolSpace {
			b.WriteByte(' ')
		}
	}
	f.writeDigits(&b, intPart, fracPart)
	if f.SymbolAfter {
		b.WriteByte(' ')
		b.WriteString(symbol)
	}
	return b.String()
}

// writeDigits writes an unsigned decimal given as digit strings.
func (f Format) writeDigits(b *strings.Builder, intPart, fracPart string) {
	minGroup := max(f.MinGroupingDigits, 1)
	if len(intPart) >= 3+minGroup {
		lead := len(intPart) % 3
		if lead == 0 {
			lead = 3
		}
		b.WriteString(intPart[:lead])
		for i := lead; i < len(intPart); i += 3 {
			b.WriteString(f.Group)
			b.WriteString(intPart[i : i+3])
		}
	} else {
		b.WriteString(intPart)
	}
	if fracPart != "" {
		b.WriteString(f.Decimal)
		b.WriteString(fracPart)
	}
}

// roundDecimal rounds v to decimals places, half away from zero, on its
// shortest decimal representation, so 1.005 rounds to 1.01 as a person
// expects rather than to 1.00 as its binary value would.
func roundDecimal(v float64, decimals int) (negative bool, intPart, fracPart string) {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	intPart, fracPart, _ = strings.Cut(s, ".")
	if decimals < 0 {
		return v < 0 && s != "0", intPart, fracPart
	}
	if len(fracPart) <= decimals {
		fracPart += strings.Repeat("0", decimals-len(fracPart))
		return v < 0 && strings.Trim(intPart+fracPart, "0") != "", intPart, fracPart
	}
	roundUp := fracPart[decimals] >= '5'
	digits := []byte(intPart + fracPart[:decimals])
	if roundUp {
		i := len(digits) - 1
		for ; i >= 0; i-- {
			if digits[i] == '9' {
				digits[i] = '0'
				continue
			}
			digits[i]++
			break
		}
		if i < 0 {
			digits = append([]byte{'1'}, digits...)
		}
	}
	cut := len(digits) - decimals
	intPart, fracPart = string(digits[:cut]), string(digits[cut:])
	return v < 0 && strings.Trim(string(digits), "0") != "", intPart, fracPart
}
