package app

import (
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labstack/echo/v4"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/frontierhq/frontier/app/actor"
	"github.com/frontierhq/frontier/modules/generation"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
	"github.com/frontierhq/frontier/templates/pages"
)

// markets are the countries Frontier writes for, in the order the home page shows them.
var markets = []string{"MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC", "PE", "BO", "CL", "AR", "UY", "PY", "BR", "US", "ES"}

// homeCountry is the market whose dates the home page shows when the workspace has no copy yet.
const homeCountry = "MX"

func (a *App) showHome(c echo.Context) error {
	ctx := c.Request().Context()
	tr := a.translator(c)
	who, _ := actor.From(ctx)
	names := display.Regions(language.Make(tr.Lang()))
	market := func(code string) pages.Market {
		return pages.Market{Code: code, Name: names.Name(language.MustParseRegion(code)), Flag: flagEmoji(code)}
	}
	v := pages.HomeView{
		Name:     firstName(who.Name),
		CanWrite: a.auth.Allowed(who.UserID, who.WorkspaceID, "content", "write"),
		CanCheck: a.auth.Allowed(who.UserID, who.WorkspaceID, "culture", "use"),
		CanRead:  who.WorkspaceID != "" && a.auth.Allowed(who.UserID, who.WorkspaceID, "content", "read"),
	}
	if ws, err := a.auth.Workspace(ctx, who.WorkspaceID); err == nil {
		v.Workspace = ws.Name
	}
	for _, code := range markets {
		v.Markets = append(v.Markets, market(code))
	}
	country := homeCountry
	if v.CanRead {
		recent, _, err := a.generation.Contents(ctx, who.WorkspaceID, generation.ContentFilter{Limit: 5})
		if err != nil {
			return err
		}
		for i, item := range recent {
			if i == 0 {
				country = item.Brief.Country
			}
			v.Recent = append(v.Recent, pages.RecentItem{
				Href: "/library/" + item.ID, Excerpt: excerpt(item.Text, 90), Flag: flagEmoji(item.Brief.Country),
				Country: market(item.Brief.Country).Name, TypeLabel: tr.T(contenttype.TypeLabelID(item.Brief.ContentType)),
				When: tr.Date(item.CreatedAt), Score: item.Score,
			})
		}
	}
	v.Country = market(country)
	dates, err := a.culture.NextDates(ctx, country, time.Now().UTC(), 6)
	if err != nil {
		return err
	}
	for _, d := range dates {
		v.Dates = append(v.Dates, pages.DateItem{Date: tr.Date(d.Date), Name: d.Name, Kind: string(d.Kind), Estimated: d.Estimated})
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

func firstName(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return name
}

// excerpt is the first line of text, cut at a word boundary to at most n characters.
func excerpt(text string, n int) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	if utf8.RuneCountInString(line) <= n {
		return line
	}
	cut := string([]rune(line)[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:") + "…"
}
