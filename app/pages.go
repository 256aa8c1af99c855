package app

import (
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/frontierhq/frontier/templates/pages"
)

// markets are the countries Frontier writes for, in the order the home page shows them.
var markets = []string{"MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC", "PE", "BO", "CL", "AR", "UY", "PY", "BR", "US", "ES"}

func (a *App) showHome(c echo.Context) error {
	tr := a.translator(c)
	names := display.Regions(language.Make(tr.Lang()))
	v := pages.HomeView{
		Features: []pages.Feature{
			{TitleID: "home.feature_generate_title", BodyID: "home.feature_generate_body", LinkID: "home.feature_generate_link", Href: "/generate"},
			{TitleID: "home.feature_culture_title", BodyID: "home.feature_culture_body", LinkID: "home.feature_culture_link", Href: "/culture"},
			{TitleID: "home.feature_library_title", BodyID: "home.feature_library_body", LinkID: "home.feature_library_link", Href: "/library"},
		},
	}
	for _, code := range markets {
		v.Markets = append(v.Markets, pages.Market{Code: code, Name: names.Name(language.MustParseRegion(code)), Flag: flagEmoji(code)})
	}
	return a.render(c, http.StatusOK, pageMeta{Title: tr.T("home.title_page"), Active: "home"}, pages.Home(v))
}

// showUpcoming stands in for a section whose module has not landed yet.
func (a *App) showUpcoming(section string) echo.HandlerFunc {
	return func(c echo.Context) error {
		tr := a.translator(c)
		return a.render(c, http.StatusOK, pageMeta{Title: tr.T("section." + section + ".title"), Active: section}, pages.Upcoming(section))
	}
}

// flagEmoji turns an ISO 3166 alpha-2 code into its emoji flag (two regional indicator symbols).
func flagEmoji(code string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(code) {
		b.WriteRune(0x1F1E6 + (r - 'A'))
	}
	return b.String()
}
