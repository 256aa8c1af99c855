// Package apperr defines the errors that services return and the app maps to HTTP in one place.
// Modules wrap these sentinels (fmt.Errorf("culture: profile %s: %w", code, apperr.ErrNotFound))
// and return *Validation for bad input; no module deals with HTTP status codes.
package apperr

import (
	"errors"
	"sort"
	"strings"
)

// Sentinel errors shared by every module.
var (
	ErrNotFound     = errors.New("not found")
	ErrUnauthorized = errors.New("unauthorized")
	ErrForbidden    = errors.New("forbidden")
	ErrConflict     = errors.New("conflict")
	ErrTooMany      = errors.New("too many requests")
	ErrUnavailable  = errors.New("unavailable")
)

// Message is a localizable text: a message id from locales/ and its template data.
type Message struct {
	ID   string
	Args map[string]any
}

// Msg builds a Message from an id and key/value pairs.
func Msg(id string, kv ...any) Message {
	m := Message{ID: id}
	for i := 0; i+1 < len(kv); i += 2 {
		if k, ok := kv[i].(string); ok {
			if m.Args == nil {
				m.Args = map[string]any{}
			}
			m.Args[k] = kv[i+1]
		}
	}
	return m
}

// Validation collects per-field problems with the input. The zero value is ready to use.
type Validation struct {
	Fields map[string]Message
	// Detail optionally explains the whole problem (for errors that belong to no field).
	Detail *Message
}

// Add records the first problem of a field; later ones for the same field are ignored so the
// user sees one clear message per field.
func (v *Validation) Add(field, id string, kv ...any) {
	if v.Fields == nil {
		v.Fields = map[string]Message{}
	}
	if _, seen := v.Fields[field]; !seen {
		v.Fields[field] = Msg(id, kv...)
	}
}

// Has reports whether a field already has a problem.
func (v *Validation) Has(field string) bool {
	_, ok := v.Fields[field]
	return ok
}

// Err returns v as an error, or nil when there is nothing to report.
func (v *Validation) Err() error {
	if v == nil || (len(v.Fields) == 0 && v.Detail == nil) {
		return nil
	}
	return v
}

func (v *Validation) Error() string {
	fields := make([]string, 0, len(v.Fields))
	for f, m := range v.Fields {
		fields = append(fields, f+": "+m.ID)
	}
	sort.Strings(fields)
	if v.Detail != nil {
		fields = append([]string{v.Detail.ID}, fields...)
	}
	return "invalid input: " + strings.Join(fields, ", ")
}

// Invalid is a shortcut for a validation error on one field.
func Invalid(field, id string, kv ...any) error {
	var v Validation
	v.Add(field, id, kv...)
	return &v
}

// AsValidation unwraps a *Validation from err.
func AsValidation(err error) (*Validation, bool) {
	var v *Validation
	ok := errors.As(err, &v)
	return v, ok
}

// Described is an error that carries the message a person should read.
type Described struct {
	Err error
	Msg Message
}

func (d *Described) Error() string { return d.Err.Error() + " (" + d.Msg.ID + ")" }

// Unwrap lets errors.Is see the sentinel underneath.
func (d *Described) Unwrap() error { return d.Err }

// Describe attaches a localizable message to an error.
func Describe(err error, id string, kv ...any) error {
	return &Described{Err: err, Msg: Msg(id, kv...)}
}
