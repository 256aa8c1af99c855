package pages

// HomeView is the view model of the home page.
type HomeView struct {
	Markets  []Market
	Features []Feature
}

// Market is one country Frontier writes for.
type Market struct {
	Code, Name, Flag string
}

// Feature is one card of the home page; the texts are message ids.
type Feature struct {
	TitleID, BodyID, LinkID, Href string
}

// ErrorView is the view model of an error page; texts are already translated.
type ErrorView struct {
	Status        string
	Title, Detail string
	RequestID     string
}
