package app

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/locales"
	"github.com/frontierhq/frontier/templates/pages"
)

// Problem is an RFC 9457 problem document, the error shape of every /api route.
type Problem struct {
	Type      string            `json:"type"`
	Title     string            `json:"title"`
	Status    int               `json:"status"`
	Detail    string            `json:"detail,omitempty"`
	Errors    map[string]string `json:"errors,omitempty"`
	RequestID string            `json:"request_id,omitempty"`
}

// handleError is the one place where errors become HTTP responses: problem+json under /api,
// a localized page everywhere else. Unexpected errors are logged once, here.
func (a *App) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status, v := classify(err)
	if status >= 500 && !errors.Is(err, context.Canceled) {
		a.log.Error("request failed", "err", err, "path", c.Request().URL.Path, "request_id", requestID(c))
	}
	tr := a.translator(c)
	title := tr.T("error." + strconv.Itoa(status) + ".title")
	detail := tr.T("error." + strconv.Itoa(status) + ".detail")
	if !tr.Has("error." + strconv.Itoa(status) + ".title") {
		title, detail = http.StatusText(status), ""
	}
	var described *apperr.Described
	switch {
	case errors.As(err, &described):
		detail = tr.TMap(described.Msg.ID, described.Msg.Args)
	case v != nil && v.Detail != nil:
		detail = tr.TMap(v.Detail.ID, v.Detail.Args)
	case errors.Is(err, errCSRF):
		detail = tr.T("error.csrf.detail")
	case status == http.StatusUnauthorized && isAPIRequest(c):
		detail = tr.T("error.401.api")
	}
	if status == http.StatusTooManyRequests {
		if he := new(echo.HTTPError); errors.As(err, &he) && he.Message != nil {
			if s, ok := he.Message.(string); ok && s != "" {
				c.Response().Header().Set("Retry-After", s)
			}
		}
	}

	var werr error
	switch {
	case c.Request().Method == http.MethodHead:
		werr = c.NoContent(status)
	case isAPIRequest(c):
		p := Problem{Type: problemType(v), Title: title, Status: status, Detail: detail, RequestID: requestID(c)}
		if v != nil {
			p.Errors = translateFields(tr, v)
		}
		werr = writeProblem(c, p)
	default:
		werr = a.render(c, status, pageMeta{Title: title}, pages.Error(pages.ErrorView{
			Status: strconv.Itoa(status), Title: title, Detail: detail, RequestID: requestID(c),
		}))
	}
	if werr != nil {
		a.log.Error("writing error response", "err", werr, "request_id", requestID(c))
	}
}

func writeProblem(c echo.Context, p Problem) error {
	c.Response().Header().Set(echo.HeaderContentType, "application/problem+json")
	c.Response().WriteHeader(p.Status)
	return jsonEncode(c.Response(), p)
}

// classify maps an error to its status code, and to the validation details when it has some.
func classify(err error) (int, *apperr.Validation) {
	if v, ok := apperr.AsValidation(err); ok {
		return http.StatusUnprocessableEntity, v
	}
	var he *echo.HTTPError
	if errors.As(err, &he) {
		return he.Code, nil
	}
	switch {
	case errors.Is(err, apperr.ErrNotFound):
		return http.StatusNotFound, nil
	case errors.Is(err, apperr.ErrUnauthorized):
		return http.StatusUnauthorized, nil
	case errors.Is(err, apperr.ErrForbidden):
		return http.StatusForbidden, nil
	case errors.Is(err, apperr.ErrConflict):
		return http.StatusConflict, nil
	case errors.Is(err, apperr.ErrTooMany):
		return http.StatusTooManyRequests, nil
	case errors.Is(err, apperr.ErrUnavailable):
		return http.StatusServiceUnavailable, nil
	}
	return http.StatusInternalServerError, nil
}

func problemType(v *apperr.Validation) string {
	if v != nil {
		return "/problems/validation"
	}
	return "about:blank"
}

func translateFields(tr *locales.Translator, v *apperr.Validation) map[string]string {
	out := make(map[string]string, len(v.Fields))
	for field, m := range v.Fields {
		out[field] = tr.TMap(m.ID, m.Args)
	}
	return out
}

func isAPIRequest(c echo.Context) bool {
	return strings.HasPrefix(c.Request().URL.Path, "/api/")
}
