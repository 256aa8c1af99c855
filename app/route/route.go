// Package route is the shape of Frontier's one route table: every route states, next to its
// handler, the permission it needs. Modules add their routes in their routes.go; the app mounts
// them and enforces the permissions, and tests walk the table with every role.
package route

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Permission is what a route requires. Object and Action are checked with casbin in the
// current workspace; the two levels below need no policy.
type Permission struct {
	Object, Action string
}

var (
	// Public routes are open to anyone, signed in or not.
	Public = Permission{Object: "public"}
	// SignedIn routes need a signed-in user (or a valid API token) and nothing more.
	SignedIn = Permission{Object: "signed-in"}
)

// Need names an object and an action, e.g. route.Need("profiles", "update").
func Need(object, action string) Permission { return Permission{Object: object, Action: action} }

// IsPublic reports whether the route needs no identity.
func (p Permission) IsPublic() bool { return p == Public }

// IsSignedIn reports whether the route needs only an identity.
func (p Permission) IsSignedIn() bool { return p == SignedIn }

// Route is one entry of the table.
type Route struct {
	Method     string
	Path       string
	Permission Permission
	Handler    echo.HandlerFunc
	// API marks /api routes (bearer tokens, problem+json errors).
	API bool
}

// Table collects the routes of every module.
type Table struct {
	routes []Route
}

// Add appends a route.
func (t *Table) Add(method, path string, h echo.HandlerFunc, p Permission) {
	t.routes = append(t.routes, Route{Method: method, Path: path, Permission: p, Handler: h, API: isAPI(path)})
}

// GET adds a GET route.
func (t *Table) GET(path string, h echo.HandlerFunc, p Permission) { t.Add(http.MethodGet, path, h, p) }

// POST adds a POST route.
func (t *Table) POST(path string, h echo.HandlerFunc, p Permission) {
	t.Add(http.MethodPost, path, h, p)
}

// Routes returns every route in the order they were added.
func (t *Table) Routes() []Route { return append([]Route(nil), t.routes...) }

func isAPI(path string) bool { return len(path) >= 5 && path[:5] == "/api/" }
