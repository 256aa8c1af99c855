package culture

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/app/bind"
)

type checkRequest struct {
	Text      string    `json:"text"`
	Country   string    `json:"country"`
	Formality Formality `json:"formality"`
}

type findingJSON struct {
	Rule        string   `json:"rule"`
	Severity    string   `json:"severity"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Excerpt     string   `json:"excerpt"`
	Message     string   `json:"message"`
	Suggestions []string `json:"suggestions"`
}

// apiCheck is POST /api/v1/culture/check.
func (h *Handler) apiCheck(c echo.Context) error {
	var req checkRequest
	if err := bind.JSON(c, &req); err != nil {
		return err
	}
	findings, err := h.svc.Check(c.Request().Context(), req.Text, req.Country, req.Formality)
	if err != nil {
		return err
	}
	t := h.apiTranslator(c)
	out := make([]findingJSON, 0, len(findings))
	for _, f := range findings {
		out = append(out, findingJSON{Rule: f.Rule, Severity: string(f.Severity), Start: f.Start, End: f.End,
			Excerpt: f.Excerpt, Message: message(t, f), Suggestions: f.Suggestions})
	}
	return c.JSON(http.StatusOK, map[string]any{"findings": out})
}

type adaptRequest struct {
	Text        string    `json:"text"`
	ToCountry   string    `json:"to_country"`
	FromCountry string    `json:"from_country"`
	Formality   Formality `json:"formality"`
}

type adaptResponse struct {
	Text    string   `json:"text"`
	Changes []Change `json:"changes"`
}

// apiAdapt is POST /api/v1/culture/adapt.
func (h *Handler) apiAdapt(c echo.Context) error {
	var req adaptRequest
	if err := bind.JSON(c, &req); err != nil {
		return err
	}
	text, changes, err := h.svc.Adapt(c.Request().Context(), req.Text, req.ToCountry, req.FromCountry, req.Formality)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, adaptResponse{Text: text, Changes: changes})
}

// profileJSON is a profile with its version, as the API shows it.
type profileJSON struct {
	Profile
	Version       int       `json:"version"`
	EditedByAdmin bool      `json:"edited_by_admin"`
	UpdatedAt     time.Time `json:"updated_at"`
}

func toProfileJSON(p StoredProfile) profileJSON {
	return profileJSON{Profile: p.Profile, Version: p.Version, EditedByAdmin: p.EditedByAdmin, UpdatedAt: p.UpdatedAt}
}

// apiProfiles is GET /api/v1/culture/profiles (filters: q, language, formality).
func (h *Handler) apiProfiles(c echo.Context) error {
	profiles, err := h.svc.Profiles(c.Request().Context(), ProfileFilter{
		Search: c.QueryParam("q"), Language: c.QueryParam("language"), Formality: Formality(c.QueryParam("formality")),
	})
	if err != nil {
		return err
	}
	out := make([]profileJSON, 0, len(profiles))
	for _, p := range profiles {
		out = append(out, toProfileJSON(p))
	}
	return c.JSON(http.StatusOK, map[string]any{"profiles": out})
}

// apiProfile is GET /api/v1/culture/profiles/{country}.
func (h *Handler) apiProfile(c echo.Context) error {
	p, err := h.svc.Profile(c.Request().Context(), c.Param("country"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, toProfileJSON(p))
}

type eventJSON struct {
	Date      string `json:"date"`
	Until     string `json:"until"`
	Name      string `json:"name"`
	Kind      string `json:"kind"`
	Key       string `json:"key"`
	Estimated bool   `json:"estimated"`
}

// apiCalendar is GET /api/v1/culture/calendar?country=AR&from=2027-01-01&to=2027-12-31. Without
// from, the range starts today; without to, it lasts a year.
func (h *Handler) apiCalendar(c echo.Context) error {
	from, to, err := dateRange(c.QueryParam("from"), c.QueryParam("to"), h.svc.now())
	if err != nil {
		return err
	}
	events, err := h.svc.Calendar(c.Request().Context(), c.QueryParam("country"), from, to)
	if err != nil {
		return err
	}
	out := make([]eventJSON, 0, len(events))
	for _, e := range events {
		out = append(out, eventJSON{Date: e.Date.Format(time.DateOnly), Until: e.Until.Format(time.DateOnly),
			Name: e.Name, Kind: e.Kind, Key: e.Key, Estimated: e.Estimated})
	}
	return c.JSON(http.StatusOK, map[string]any{"events": out})
}

// dateRange reads two YYYY-MM-DD dates, either of them optional.
func dateRange(fromParam, toParam string, now time.Time) (time.Time, time.Time, error) {
	var v apperr.Validation
	y, m, d := now.Date()
	from := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if fromParam != "" {
		t, err := time.Parse(time.DateOnly, fromParam)
		if err != nil {
			v.Add("from", "validation.date")
		}
		from = t
	}
	to := from.AddDate(1, 0, -1)
	if toParam != "" {
		t, err := time.Parse(time.DateOnly, toParam)
		if err != nil {
			v.Add("to", "validation.date")
		}
		to = t
	}
	return from, to, v.Err()
}
