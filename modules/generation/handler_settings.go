package generation

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/modules/generation/llm"
	"github.com/frontierhq/frontier/templates/components"
	views "github.com/frontierhq/frontier/templates/generation"
)

// showVoices is GET /brand-voices.
func (h *Handler) showVoices(c echo.Context) error {
	return h.renderVoices(c, http.StatusOK, nil)
}

// renderVoices draws the page; failed holds a form that did not validate, shown with its errors.
func (h *Handler) renderVoices(c echo.Context, status int, failed *views.VoiceForm) error {
	ctx := c.Request().Context()
	ws := current(c).WorkspaceID
	voices, err := h.svc.BrandVoices(ctx, ws)
	if err != nil {
		return err
	}
	routing, err := h.svc.WorkspaceProvider(ctx, ws)
	if err != nil {
		return err
	}
	t := tr(c)
	v := views.VoicesView{CSRF: h.render.CSRF(c)}
	for _, bv := range voices {
		f := voiceForm(bv)
		if failed != nil && failed.ID == bv.ID {
			f = *failed
		}
		v.Voices = append(v.Voices, f)
	}
	if failed != nil && failed.ID == "" {
		v.New = *failed
	}
	v.Routing = components.SelectInput{Name: "provider", Label: t.T("generation.routing.label"),
		Options: []components.Option{{Value: "", Label: t.T("generation.field.provider_auto"), Selected: routing == ""}}}
	for _, name := range append(ProviderNames(), llm.ProviderBuiltin) {
		v.Routing.Options = append(v.Routing.Options, components.Option{Value: name, Label: providerLabel(t, name), Selected: routing == name})
	}
	return h.render.Page(c, status, t.T("generation.page.voices"), "generate", views.Voices(v))
}

func voiceForm(v BrandVoice) views.VoiceForm {
	return views.VoiceForm{ID: v.ID, Name: v.Name, Description: v.Description, ToneWords: strings.Join(v.ToneWords, ", "),
		WordsToUse: strings.Join(v.WordsToUse, ", "), WordsToAvoid: strings.Join(v.WordsToAvoid, ", "), SampleCopy: v.SampleCopy}
}

// saveVoice is POST /brand-voices (new) and POST /brand-voices/:id (update).
func (h *Handler) saveVoice(c echo.Context) error {
	v := BrandVoice{ID: c.Param("id"), WorkspaceID: current(c).WorkspaceID, Name: c.FormValue("name"), Description: c.FormValue("description"),
		ToneWords: SplitWords(c.FormValue("tone_words")), WordsToUse: SplitWords(c.FormValue("words_to_use")),
		WordsToAvoid: SplitWords(c.FormValue("words_to_avoid")), SampleCopy: c.FormValue("sample_copy")}
	if v.ID != "" {
		if _, err := h.svc.BrandVoice(c.Request().Context(), v.WorkspaceID, v.ID); err != nil {
			return err
		}
	}
	if err := h.svc.SaveBrandVoice(c.Request().Context(), &v); err != nil {
		errs, ferr := fieldErrors(c, err)
		if ferr != nil {
			return ferr
		}
		f := voiceForm(v)
		f.Errors = errs
		return h.renderVoices(c, http.StatusUnprocessableEntity, &f)
	}
	h.render.Flash(c, "success", "generation.voices.saved")
	return seeOther(c, "/brand-voices")
}

// deleteVoice is POST /brand-voices/:id/delete.
func (h *Handler) deleteVoice(c echo.Context) error {
	if err := h.svc.DeleteBrandVoice(c.Request().Context(), current(c).WorkspaceID, c.Param("id")); err != nil {
		return err
	}
	h.render.Flash(c, "success", "generation.voices.deleted")
	return seeOther(c, "/brand-voices")
}

// saveRouting is POST /brand-voices/routing: the workspace's preferred provider.
func (h *Handler) saveRouting(c echo.Context) error {
	if err := h.svc.SetWorkspaceProvider(c.Request().Context(), current(c).WorkspaceID, c.FormValue("provider")); err != nil {
		return err
	}
	h.render.Flash(c, "success", "generation.routing.saved")
	return seeOther(c, "/brand-voices")
}

// showProviders is GET /admin/providers.
func (h *Handler) showProviders(c echo.Context) error {
	return h.renderProviders(c, http.StatusOK, "", nil)
}

func (h *Handler) renderProviders(c echo.Context, status int, failedName string, errs map[string]string) error {
	settings, err := h.svc.Providers(c.Request().Context())
	if err != nil {
		return err
	}
	t := tr(c)
	v := views.ProvidersView{CSRF: h.render.CSRF(c)}
	var chain []string
	for _, name := range h.svc.Configured() {
		chain = append(chain, providerLabel(t, name))
	}
	v.Chain = t.T("generation.providers.chain", "Chain", strings.Join(chain, " → "))
	for _, s := range settings {
		f := views.ProviderForm{Name: s.Name, Label: providerLabel(t, s.Name), BaseURL: s.BaseURL, Model: s.Model, Enabled: s.Enabled, KeySet: s.KeySet,
			FromEnv: s.FromEnv, Active: s.Active, Saved: s.Saved, Temperature: floatOrEmpty(s.Temperature), MaxTokens: intOrEmpty(s.MaxTokens),
			Timeout: intOrEmpty(int(s.Timeout / time.Second)), PriceIn: floatOrEmpty(s.PriceInPer1K), PriceOut: floatOrEmpty(s.PriceOutPer1K)}
		if s.Name == failedName {
			f.Errors = errs
		}
		v.Providers = append(v.Providers, f)
	}
	return h.render.Page(c, status, t.T("generation.page.providers"), "admin", views.Providers(v))
}

func floatOrEmpty(f float64) string {
	if f == 0 {
		return ""
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// saveProvider is POST /admin/providers/:name. The key field is write-only.
func (h *Handler) saveProvider(c echo.Context) error {
	name := c.Param("name")
	errs := map[string]string{}
	num := func(field string) float64 {
		s := strings.TrimSpace(strings.ReplaceAll(c.FormValue(field), ",", "."))
		if s == "" {
			return 0
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			errs[field] = tr(c).T("validation.range", "Min", 0, "Max", 1000)
		}
		return f
	}
	u := ProviderUpdate{Name: name, Enabled: c.FormValue("enabled") != "", BaseURL: c.FormValue("base_url"), APIKey: strings.TrimSpace(c.FormValue("api_key")),
		ClearKey: c.FormValue("clear_key") != "", Model: c.FormValue("model"), Temperature: num("temperature"), MaxTokens: int(num("max_tokens")),
		TimeoutSec: int(num("timeout")), PriceInPer1K: num("price_in"), PriceOutPer1K: num("price_out")}
	if len(errs) > 0 {
		return h.renderProviders(c, http.StatusUnprocessableEntity, name, errs)
	}
	if err := h.svc.SaveProvider(c.Request().Context(), current(c).UserID, u); err != nil {
		ferrs, ferr := fieldErrors(c, err)
		if ferr != nil {
			return ferr
		}
		return h.renderProviders(c, http.StatusUnprocessableEntity, name, ferrs)
	}
	h.render.Flash(c, "success", "generation.providers.saved")
	return seeOther(c, "/admin/providers")
}

// resetProvider is POST /admin/providers/:name/reset.
func (h *Handler) resetProvider(c echo.Context) error {
	if err := h.svc.ResetProvider(c.Request().Context(), c.Param("name")); err != nil {
		return err
	}
	h.render.Flash(c, "success", "generation.providers.saved")
	return seeOther(c, "/admin/providers")
}
