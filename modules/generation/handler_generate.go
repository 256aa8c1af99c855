package generation

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/generation/contenttype"
	views "github.com/frontierhq/frontier/templates/generation"
)

// showGenerate is GET /generate; ?from=<content id> fills the form with that content's brief.
func (h *Handler) showGenerate(c echo.Context) error {
	ctx := c.Request().Context()
	b := Brief{Country: "MX", ContentType: contenttype.SocialPost, Channel: contenttype.Instagram, Tone: "friendly", Variants: 1}
	if from := c.QueryParam("from"); from != "" {
		content, err := h.svc.Content(ctx, current(c).WorkspaceID, from)
		if err != nil {
			return err
		}
		b = content.Brief
		b.Variants = max(len(content.Variants), 1)
	}
	if cc := strings.ToUpper(c.QueryParam("country")); cc != "" {
		b.Country = cc
	}
	return h.renderGenerate(c, http.StatusOK, b, nil, nil)
}

func (h *Handler) renderGenerate(c echo.Context, status int, b Brief, errs map[string]string, result *views.StreamView) error {
	ctx := c.Request().Context()
	voices, err := h.svc.BrandVoices(ctx, current(c).WorkspaceID)
	if err != nil {
		return err
	}
	t := tr(c)
	if b.Channel == "" {
		b.Channel = contenttype.Instagram // the select shows it; it only applies to social posts
	}
	v := views.GenerateView{CSRF: h.render.CSRF(c), Form: h.briefForm(ctx, t, b, voices, errs), Dates: h.datesView(ctx, t, b.Country), Result: result}
	if h.can(c, "brands", "manage") {
		v.Links = append(v.Links, views.Link{Label: t.T("generation.page.voices"), Href: "/brand-voices"})
	}
	if current(c).IsAdmin {
		v.Links = append(v.Links, views.Link{Label: t.T("generation.page.providers"), Href: "/admin/providers"})
	}
	return h.render.Page(c, status, t.T("generation.page.generate"), "generate", views.Generate(v))
}

// briefFromForm reads the brief form; a malformed number or date is a field error.
func briefFromForm(c echo.Context) (Brief, error) {
	var v apperr.Validation
	num := func(name string) int {
		s := strings.TrimSpace(c.FormValue(name))
		if s == "" {
			return 0
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			v.Add(name, "validation.range", "Min", 0, "Max", 100000)
		}
		return n
	}
	b := Brief{Prompt: c.FormValue("prompt"), ContentType: c.FormValue(FieldType), Channel: c.FormValue(FieldChannel),
		Country: c.FormValue(FieldCountry), Industry: c.FormValue(FieldIndustry), Tone: c.FormValue(FieldTone),
		Length: num(FieldLength), Variants: num(FieldVariants), BrandID: c.FormValue(FieldBrand), Provider: c.FormValue(FieldProvider),
		Product: c.FormValue("product"), Audience: c.FormValue("audience"), Benefit: c.FormValue("benefit"), Offer: c.FormValue("offer"),
		CTA: c.FormValue("cta")}
	if !contenttype.HasChannel(strings.TrimSpace(b.ContentType)) {
		b.Channel = ""
	}
	if d := strings.TrimSpace(c.FormValue("campaign_date")); d != "" {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			v.Add("campaign_date", "validation.date")
		} else {
			b.CampaignDate = &t
		}
	}
	return b, v.Err()
}

// startGeneration is POST /generate: it validates the brief, starts the job and answers the
// panel that follows its stream (or the form with its errors).
func (h *Handler) startGeneration(c echo.Context) error {
	htmx := c.Request().Header.Get("HX-Request") != ""
	b, err := briefFromForm(c)
	var job *Job
	if err == nil {
		job, err = h.svc.Start(c.Request().Context(), caller(c), b)
	}
	if err != nil {
		errs, ferr := fieldErrors(c, err)
		if ferr != nil {
			return ferr
		}
		if !htmx {
			return h.renderGenerate(c, http.StatusUnprocessableEntity, b, errs, nil)
		}
		voices, verr := h.svc.BrandVoices(c.Request().Context(), current(c).WorkspaceID)
		if verr != nil {
			return verr
		}
		if b.Channel == "" {
			b.Channel = contenttype.Instagram
		}
		c.Response().Header().Set("HX-Retarget", "#brief-form")
		c.Response().Header().Set("HX-Reswap", "outerHTML")
		v := views.GenerateView{CSRF: h.render.CSRF(c), Form: h.briefForm(c.Request().Context(), tr(c), b, voices, errs)}
		return views.BriefFormFields(v).Render(c.Request().Context(), c.Response())
	}
	stream := h.streamView(c, job, normalize(b))
	if !htmx {
		return h.renderGenerate(c, http.StatusAccepted, b, nil, &stream)
	}
	return views.Stream(stream).Render(c.Request().Context(), c.Response())
}

func (h *Handler) streamView(c echo.Context, job *Job, b Brief) views.StreamView {
	t := tr(c)
	v := views.StreamView{JobID: job.ID}
	for i := range b.Variants {
		v.Variants = append(v.Variants, t.T("generation.result.variant", "N", i+1))
	}
	return v
}

// showDates is GET /generate/dates: the next commercial dates of the country in the form.
func (h *Handler) showDates(c echo.Context) error {
	country := strings.ToUpper(strings.TrimSpace(c.QueryParam(FieldCountry)))
	return views.Dates(h.datesView(c.Request().Context(), tr(c), country)).Render(c.Request().Context(), c.Response())
}

// streamDeadline is how long one stream may take; the server's WriteTimeout is shorter.
const streamDeadline = 5 * time.Minute

// streamGeneration is GET /generate/stream/:id: server-sent events with each variant's text
// so far ("v0", "v1"...), then the finished result ("result") and "done".
func (h *Handler) streamGeneration(c echo.Context) error {
	job, err := h.svc.Job(current(c).WorkspaceID, c.Param("id"))
	if err != nil {
		return err
	}
	w := c.Response()
	if err := http.NewResponseController(w).SetWriteDeadline(time.Now().Add(streamDeadline)); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return err
	}
	w.Header().Set(echo.HeaderContentType, "text/event-stream")
	w.Header().Set(echo.HeaderCacheControl, "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	w.Flush()
	ctx := c.Request().Context()
	texts := map[int]*strings.Builder{}
	from := 0
	for {
		chunks, done, res, err := job.Next(ctx, from)
		if ctx.Err() != nil {
			return nil // the browser left; the generation goes on and is saved
		}
		from += len(chunks)
		changed := map[int]bool{}
		for _, ch := range chunks {
			b, ok := texts[ch.Variant]
			if !ok || ch.Reset {
				b = &strings.Builder{}
				texts[ch.Variant] = b
			}
			b.WriteString(ch.Text)
			changed[ch.Variant] = true
		}
		for i := range changed {
			writeEvent(w, "v"+strconv.Itoa(i), html.EscapeString(texts[i].String()))
		}
		if done {
			var buf bytes.Buffer
			t := tr(c)
			rv := views.ResultView{Error: errorMessage(c, err)}
			if err == nil {
				rv = h.resultView(t, h.render.CSRF(c), res.Content)
			}
			if rerr := views.Result(rv).Render(ctx, &buf); rerr != nil {
				return rerr
			}
			writeEvent(w, "result", buf.String())
			writeEvent(w, "done", "")
			return nil
		}
		w.Flush()
	}
}

func errorMessage(c echo.Context, err error) string {
	if err == nil {
		return ""
	}
	var d *apperr.Described
	if errors.As(err, &d) {
		return tr(c).TMap(d.Msg.ID, d.Msg.Args)
	}
	return tr(c).T("generation.error.no_copy")
}

// writeEvent writes one server-sent event; every line of data gets its own data field.
func writeEvent(w *echo.Response, event, data string) {
	var b strings.Builder
	fmt.Fprintf(&b, "event: %s\n", event)
	for _, line := range strings.Split(data, "\n") {
		fmt.Fprintf(&b, "data: %s\n", line)
	}
	b.WriteString("\n")
	w.Write([]byte(b.String()))
	w.Flush()
}
