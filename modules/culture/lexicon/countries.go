package lexicon

// Languages of the supported countries.
const (
	langSpanish    = "es"
	langPortuguese = "pt"
)

// languageOf returns the language of copy for a country (ISO 3166-1 alpha-2).
func languageOf(country string) (string, bool) {
	switch country {
	case "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GT", "HN",
		"MX", "NI", "PA", "PE", "PR", "PY", "SV", "US", "UY", "VE":
		return langSpanish, true
	case "BR", "PT":
		return langPortuguese, true
	}
	return "", false
}

// supportedCountries lists every country Check and Adapt know.
func supportedCountries() []string {
	return []string{"AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GT", "HN",
		"MX", "NI", "PA", "PE", "PR", "PY", "SV", "US", "UY", "VE", "BR", "PT"}
}

// isEuropean reports whether the country's copy is European Spanish or Portuguese.
func isEuropean(country string) bool { return country == "ES" || country == "PT" }

// localeLanguage returns "es" for "es-MX", "pt" for "pt-BR".
func localeLanguage(locale string) string {
	if len(locale) >= 2 {
		return locale[:2]
	}
	return locale
}
