package pages

// HomeView is the view model of the signed-in home page: where to start, what was written
// lately in the workspace and the commercial dates coming up.
type HomeView struct {
	Name      string // the person's first name
	Workspace string
	CanWrite  bool
	CanCheck  bool
	CanRead   bool
	Recent    []RecentItem
	Country   Market // the market the dates are for
	Dates     []DateItem
	Markets   []Market
}

// Market is one country Frontier writes for.
type Market struct {
	Code, Name, Flag string
}

// RecentItem is one piece of copy from the library.
type RecentItem struct {
	Href, Excerpt, Flag, Country, TypeLabel, When string
	Score                                         int
}

// DateItem is one upcoming commercial date or holiday.
type DateItem struct {
	Date, Name, Kind string
	Estimated        bool
}

// ErrorView is the view model of an error page; texts are already translated.
type ErrorView struct {
	Status        string
	Title, Detail string
	RequestID     string
}
