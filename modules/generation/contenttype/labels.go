package contenttype

// TypeLabelID returns the message id of a content type's label
// (locales/contenttype.*.toml).
func TypeLabelID(contentType string) string { return "contenttype.type." + contentType }

// ChannelLabelID returns the message id of a channel's label.
func ChannelLabelID(channel string) string { return "contenttype.channel." + channel }

// PartLabelID returns the message id of a part's label.
func PartLabelID(part string) string { return "contenttype.part." + part }

// UnitLabelID returns the message id of a length unit's label.
func UnitLabelID(u Unit) string { return "contenttype.unit." + string(u) }
