// Package layout holds the page shell every Frontier page is drawn in: head, navigation,
// language and workspace switchers, and the main content area.
package layout

// Shell is the view model of the page frame. Handlers fill it through the app's renderer;
// templates only read it.
type Shell struct {
	Lang       string // <html lang>
	Title      string // already translated
	Active     string // id of the current navigation section
	Assets     Assets
	Nav        []NavItem
	Languages  []LangLink
	User       *User // nil when anonymous
	Workspace  *Workspace
	Workspaces []Workspace
	CSRFToken  string
	Flash      *Flash
}

// Assets are the hashed URLs of the static files the shell links.
type Assets struct {
	CSS, HTMX, SSE, App string
}

// NavItem is one entry of the main navigation.
type NavItem struct {
	ID    string // generate, library, culture, compliance, analytics, admin
	Label string // translated
	Href  string
}

// LangLink switches the UI language.
type LangLink struct {
	Code, Name, Href string
	Current          bool
}

// User is the signed-in person as the shell shows them.
type User struct {
	Name, Email string
	IsAdmin     bool
}

// Initials are shown in the avatar.
func (u User) Initials() string {
	var out []rune
	word := true
	for _, r := range u.Name {
		if r == ' ' {
			word = true
			continue
		}
		if word && len(out) < 2 {
			out = append(out, r)
		}
		word = false
	}
	if len(out) == 0 && u.Email != "" {
		out = []rune(u.Email)[:1]
	}
	return string(out)
}

// Workspace is one workspace the user can switch to.
type Workspace struct {
	ID, Name, Role, SwitchURL string
	Current                   bool
}

// Flash is a one-time message shown at the top of the page.
type Flash struct {
	Kind    string // success, error, info
	Message string // translated
}

// IsActive reports whether the navigation item is the current section.
func (s Shell) IsActive(id string) bool { return s.Active == id }
