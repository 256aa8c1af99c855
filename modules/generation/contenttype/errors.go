package contenttype

import "fmt"

// Fields named by a FieldError, as in the API's errors object.
const (
	FieldContentType = "content_type"
	FieldChannel     = "channel"
	FieldLength      = "length"
)

// Message ids (locales/contenttype.*.toml).
const (
	MsgUnknownType          = "contenttype.error.unknown_type"
	MsgUnknownChannel       = "contenttype.error.unknown_channel"
	MsgChannelRequired      = "contenttype.error.channel_required"
	MsgChannelNotApplicable = "contenttype.error.channel_not_applicable"
	MsgLengthOutOfRange     = "contenttype.error.length_out_of_range"
	MsgMissingPart          = "contenttype.error.missing_part"
	MsgEmptyText            = "contenttype.error.empty_text"
)

// FieldError is a localizable validation error about one request field.
type FieldError struct {
	Field     string
	MessageID string
	Args      map[string]any
}

func fieldError(field, messageID string, args map[string]any) *FieldError {
	return &FieldError{Field: field, MessageID: messageID, Args: args}
}

// Error renders the error for logs; users see MessageID translated.
func (e *FieldError) Error() string {
	if len(e.Args) == 0 {
		return fmt.Sprintf("%s: %s", e.Field, e.MessageID)
	}
	return fmt.Sprintf("%s: %s %v", e.Field, e.MessageID, e.Args)
}

// Validate checks a content type, its channel and a brief's length.
// A length of 0 means the type's default. Errors are *FieldError.
func Validate(contentType, channel string, length int) error {
	spec, err := Lookup(contentType, channel)
	if err != nil {
		return err
	}
	if length == 0 {
		return nil
	}
	if length < spec.MinLength || length > spec.MaxLength {
		return fieldError(FieldLength, MsgLengthOutOfRange, map[string]any{
			"Min": spec.MinLength, "Max": spec.MaxLength, "Unit": string(spec.Unit),
		})
	}
	return nil
}

// ParseError reports why an LLM answer could not be read as content.
type ParseError struct {
	MessageID string
	Args      map[string]any
}

// Error renders the error for logs.
func (e *ParseError) Error() string {
	return fmt.Sprintf("contenttype parse: %s %v", e.MessageID, e.Args)
}
