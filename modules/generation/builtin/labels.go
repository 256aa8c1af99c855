package builtin

// Message ids of the labels the UI shows for the engine and its choices
// (locales/builtin.*.toml). The engine is never presented as AI.
const MsgEngineName = "builtin.engine.name"

// ToneLabelID returns the message id of a tone's label.
func ToneLabelID(tone string) string { return "builtin.tone." + tone }

// IndustryLabelID returns the message id of an industry's label.
func IndustryLabelID(industry string) string { return "builtin.industry." + industry }

// FrameworkLabelID returns the message id of a framework's label.
func FrameworkLabelID(framework string) string { return "builtin.framework." + framework }
