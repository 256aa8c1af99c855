// Package bind reads JSON request bodies for the API and turns decoding errors into field errors
// a person can act on ("prompt must be text"), never Go's own wording.
package bind

import (
	"encoding/json"
	"errors"
	"io"
	"reflect"

	"github.com/labstack/echo/v4"

	"github.com/frontierhq/frontier/app/apperr"
)

// JSON decodes the request body into dst. An empty body leaves dst as it is, so the handler's
// validation reports the missing fields; a body over the size limit keeps its 413.
func JSON(c echo.Context, dst any) error {
	err := json.NewDecoder(c.Request().Body).Decode(dst)
	if err == nil || errors.Is(err, io.EOF) {
		return nil
	}
	return Explain(err)
}

// Explain maps a json decoding error to a validation error.
func Explain(err error) error {
	var (
		he        *echo.HTTPError
		syntax    *json.SyntaxError
		wrongType *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &he):
		return err
	case errors.As(err, &syntax):
		return apperr.Invalid("body", "validation.json_syntax", "Offset", syntax.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return apperr.Invalid("body", "validation.json_truncated")
	case errors.As(err, &wrongType):
		field := wrongType.Field
		if field == "" {
			field = "body"
		}
		return apperr.Invalid(field, wantMessage(wrongType.Type))
	default:
		return apperr.Invalid("body", "validation.invalid_json", "Reason", err.Error())
	}
}

func wantMessage(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "validation.want_text"
	case reflect.Bool:
		return "validation.want_boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "validation.want_integer"
	case reflect.Float32, reflect.Float64:
		return "validation.want_number"
	case reflect.Slice, reflect.Array:
		return "validation.want_list"
	default:
		return "validation.want_object"
	}
}
