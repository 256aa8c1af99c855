package app_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/frontierhq/frontier/app"
	"github.com/frontierhq/frontier/app/apptest"
)

// The roles every route is walked with.
const (
	anon     = "anonymous"
	viewer   = "viewer"
	editor   = "editor"
	owner    = "owner"
	admin    = "admin"
	outsider = "outsider" // owner of another workspace
)

var (
	everyone = []string{anon, viewer, editor, owner, admin, outsider}
	signedIn = []string{viewer, editor, owner, admin, outsider}
)

// expectation says who may use a route and what to send.
type expectation struct {
	allowed []string
	form    url.Values // browser POST body
	json    any        // API body
	// reached overrides how the test tells "the handler ran" from "access was refused".
	reached func(status int, location, body string) bool
}

// expectations is written by hand, independently of the policy, so a wrong policy fails here.
// Order matters for the few routes that change the fixture: they come last (see walkOrder).
func expectations(f *fixture) map[string]expectation {
	return map[string]expectation{
		"GET /api/v1/health": {allowed: everyone},
		"GET /healthz":       {allowed: everyone},
		"GET /readyz":        {allowed: everyone},
		"GET /lang/:code":    {allowed: everyone},
		"GET /":              {allowed: signedIn},
		"GET /login":         {allowed: everyone},
		"POST /login": {allowed: everyone, form: url.Values{"email": {"nobody@example.com"}, "password": {"wrong-password-1"}},
			reached: func(status int, _, body string) bool {
				// Wrong credentials, or the throttle once this walk has failed often enough.
				return (status == http.StatusUnauthorized || status == http.StatusTooManyRequests) && strings.Contains(body, `data-testid="login"`)
			}},
		"POST /logout": {allowed: signedIn, reached: func(status int, location, _ string) bool {
			return status == http.StatusSeeOther && location == "/login"
		}},
		"GET /account":                                    {allowed: signedIn},
		"POST /account/language":                          {allowed: signedIn, form: url.Values{"language": {"es"}}},
		"POST /account/password":                          {allowed: signedIn, form: url.Values{"current_password": {"not-it-at-all"}, "password": {"new-password-123"}}},
		"GET /account/tokens":                             {allowed: signedIn},
		"POST /account/tokens":                            {allowed: signedIn, form: url.Values{"name": {""}}},
		"POST /account/tokens/:id/revoke":                 {allowed: signedIn},
		"GET /workspaces":                                 {allowed: signedIn},
		"POST /workspaces":                                {allowed: signedIn, form: url.Values{"name": {""}}},
		"POST /workspaces/:wid/switch":                    {allowed: []string{viewer, editor, owner}},
		"GET /workspaces/:wid/members":                    {allowed: []string{owner}},
		"POST /workspaces/:wid/members":                   {allowed: []string{owner}, form: url.Values{"email": {"not-an-email"}, "role": {"viewer"}}},
		"POST /workspaces/:wid/members/:uid/role":         {allowed: []string{owner}, form: url.Values{"role": {"editor"}}},
		"POST /workspaces/:wid/members/:uid/remove":       {allowed: []string{owner}},
		"POST /workspaces/:wid/rename":                    {allowed: []string{owner}, form: url.Values{"name": {"Café Andino"}}},
		"POST /workspaces/:wid/archive":                   {allowed: []string{owner}, form: url.Values{"confirm": {"yes"}}},
		"GET /admin":                                      {allowed: []string{admin}},
		"GET /admin/users":                                {allowed: []string{admin}},
		"POST /admin/users":                               {allowed: []string{admin}, form: url.Values{"email": {"bad"}, "name": {""}}},
		"POST /admin/users/:uid/:action":                  {allowed: []string{admin}},
		"GET /admin/audit":                                {allowed: []string{admin}},
		"POST /api/v1/auth/token":                         {allowed: everyone, json: map[string]string{"email": f.email[viewer], "password": f.password[viewer]}},
		"GET /api/v1/me":                                  {allowed: signedIn},
		"GET /generate":                                   {allowed: []string{editor, owner, admin, outsider}},
		"GET /library":                                    {allowed: signedIn},
		"GET /culture":                                    {allowed: signedIn},
		"GET /culture/profiles/:country":                  {allowed: signedIn},
		"GET /culture/profiles/:country/edit":             {allowed: []string{admin}},
		"POST /culture/profiles/:country":                 {allowed: []string{admin}, form: url.Values{"name": {""}}},
		"GET /culture/profiles/:country/history":          {allowed: signedIn},
		"POST /culture/profiles/:country/revert/:version": {allowed: []string{admin}},
		"GET /culture/lexicon":                            {allowed: signedIn},
		"GET /culture/lexicon/:key":                       {allowed: signedIn},
		"GET /culture/lexicon/:key/edit":                  {allowed: []string{admin}},
		"POST /culture/lexicon/:key":                      {allowed: []string{admin}, form: url.Values{"words.es-MX": {""}}},
		"GET /culture/lexicon/:key/history":               {allowed: signedIn},
		"POST /culture/lexicon/:key/revert/:version":      {allowed: []string{admin}},
		"GET /culture/check":                              {allowed: []string{editor, owner, admin, outsider}},
		"POST /culture/check":                             {allowed: []string{editor, owner, admin, outsider}, form: url.Values{"text": {"Compra tu móvil"}, "country": {"MX"}}},
		"POST /culture/adapt":                             {allowed: []string{editor, owner, admin, outsider}, form: url.Values{"text": {"Compra tu móvil"}, "country": {"MX"}}},
		"GET /culture/calendar":                           {allowed: signedIn},
		"POST /api/v1/culture/check":                      {allowed: []string{editor, owner, admin, outsider}, json: map[string]string{"text": "Compra tu móvil", "country": "MX"}},
		"POST /api/v1/culture/adapt":                      {allowed: []string{editor, owner, admin, outsider}, json: map[string]string{"text": "Compra tu móvil", "to_country": "MX"}},
		"GET /api/v1/culture/profiles":                    {allowed: signedIn},
		"GET /api/v1/culture/profiles/:country":           {allowed: signedIn},
		"GET /api/v1/culture/calendar":                    {allowed: signedIn},
		"GET /compliance":                                 {allowed: []string{admin}},
		"GET /analytics":                                  {allowed: signedIn},

		// generation: :id names nothing that exists (see fill), so those routes answer 404 once the handler runs.
		"GET /generate/dates":                {allowed: []string{editor, owner, admin, outsider}},
		"POST /generate":                     {allowed: []string{editor, owner, admin, outsider}, form: url.Values{"prompt": {""}, "content_type": {"sms"}, "target_country": {"MX"}}},
		"GET /generate/stream/:id":           {allowed: []string{editor, owner, admin, outsider}, reached: notRefused},
		"GET /library/:id":                   {allowed: []string{viewer, editor, owner, admin, outsider}, reached: notRefused},
		"POST /library/:id/edit":             {allowed: []string{editor, owner, admin, outsider}, form: url.Values{"text": {"Hola"}}, reached: notRefused},
		"POST /library/:id/rate":             {allowed: []string{editor, owner, admin, outsider}, form: url.Values{"rating": {"5"}}, reached: notRefused},
		"POST /library/:id/delete":           {allowed: []string{editor, owner, admin, outsider}, reached: notRefused},
		"GET /brand-voices":                  {allowed: []string{owner, admin, outsider}},
		"POST /brand-voices":                 {allowed: []string{owner, admin, outsider}, form: url.Values{"name": {""}}},
		"POST /brand-voices/routing":         {allowed: []string{owner, admin, outsider}, form: url.Values{"provider": {"nope"}}},
		"POST /brand-voices/:id":             {allowed: []string{owner, admin, outsider}, form: url.Values{"name": {"Andina"}}, reached: notRefused},
		"POST /brand-voices/:id/delete":      {allowed: []string{owner, admin, outsider}, reached: notRefused},
		"GET /admin/providers":               {allowed: []string{admin}},
		"POST /admin/providers/:name":        {allowed: []string{admin}, form: url.Values{"temperature": {"9"}}},
		"POST /admin/providers/:name/reset":  {allowed: []string{admin}},
		"POST /api/v1/generate-content":      {allowed: []string{editor, owner, admin, outsider}, json: map[string]any{"prompt": "", "content_type": "sms", "target_country": "MX"}},
		"GET /api/v1/contents":               {allowed: []string{viewer, editor, owner, admin, outsider}},
		"GET /api/v1/contents/:id":           {allowed: []string{viewer, editor, owner, admin, outsider}, reached: notRefused},
		"POST /api/v1/contents/:id/feedback": {allowed: []string{editor, owner, admin, outsider}, json: map[string]any{"rating": 5}, reached: notRefused},
	}
}

// notRefused is handlerRan for routes whose handler answers 404 for the fixture's ids: outside
// a :wid path, authorization refuses with 401, 403 or the redirect to sign in only.
func notRefused(status int, location, _ string) bool {
	switch {
	case status == http.StatusUnauthorized, status == http.StatusForbidden:
		return false
	case status == http.StatusSeeOther && strings.HasPrefix(location, "/login"):
		return false
	}
	return true
}

// walkOrder puts the routes that change the fixture for good at the end.
func walkOrder(keys []string) []string {
	last := map[string]int{
		"POST /workspaces/:wid/members/:uid/remove": 1,
		"POST /workspaces/:wid/archive":             2,
		"POST /logout":                              3,
	}
	sort.SliceStable(keys, func(i, j int) bool {
		if last[keys[i]] != last[keys[j]] {
			return last[keys[i]] < last[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func TestEveryRouteWithEveryRole(t *testing.T) {
	s := apptest.Start(t, nil)
	f := newFixture(t, s)
	exp := expectations(f)

	var keys []string
	for _, r := range app.RouteList() {
		key := r.Method + " " + r.Path
		if _, ok := exp[key]; !ok {
			t.Errorf("route %s has no expectation in this test: add one", key)
			continue
		}
		keys = append(keys, key)
	}
	if len(keys) != len(exp) {
		t.Errorf("the test expects %d routes, the table has %d", len(exp), len(keys))
	}

	for _, key := range walkOrder(keys) {
		e := exp[key]
		method, path, _ := strings.Cut(key, " ")
		for _, role := range everyone {
			status, location, body := f.call(t, role, method, f.fill(path, role), e)
			reached := e.reached
			if reached == nil {
				reached = handlerRan
			}
			got := reached(status, location, body)
			want := contains(e.allowed, role)
			if got != want {
				t.Errorf("%s as %s: status %d (location %q): allowed=%v, want %v", key, role, status, location, got, want)
			}
			if !got && role != anon && role == outsider && strings.Contains(path, ":wid") && status != http.StatusNotFound {
				t.Errorf("%s as %s: another workspace must answer 404, got %d", key, role, status)
			}
		}
	}
}

// handlerRan tells a refusal (401, 403, 404, or the redirect to sign in) from a handled request.
func handlerRan(status int, location, _ string) bool {
	switch {
	case status == http.StatusUnauthorized, status == http.StatusForbidden, status == http.StatusNotFound:
		return false
	case status == http.StatusSeeOther && strings.HasPrefix(location, "/login"):
		return false
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// fixture: workspace W with an owner, an editor, a viewer and a spare member; a platform admin
// who is not in W; an outsider who owns workspace W2.
type fixture struct {
	s         *apptest.Server
	browsers  map[string]*apptest.Browser
	tokens    map[string]string // API token per role
	tokenIDs  map[string]string // a token id each role may revoke
	email     map[string]string
	password  map[string]string
	workspace string // W
	editorID  string
	spareID   string
}

func newFixture(t *testing.T, s *apptest.Server) *fixture {
	f := &fixture{s: s, browsers: map[string]*apptest.Browser{}, tokens: map[string]string{}, tokenIDs: map[string]string{},
		email: map[string]string{admin: apptest.AdminEmail}, password: map[string]string{admin: apptest.AdminPassword}}
	f.browsers[anon] = s.Browser()
	adm := s.Browser()
	adm.Login(apptest.AdminEmail, apptest.AdminPassword)
	f.browsers[admin] = adm

	for _, role := range []string{owner, outsider} {
		f.email[role] = role + "@example.com"
		f.password[role] = createUserAsAdmin(t, adm, f.email[role], strings.ToUpper(role[:1])+role[1:])
	}
	own := s.Browser()
	own.Login(f.email[owner], f.password[owner])
	f.browsers[owner] = own
	f.workspace = createWorkspace(t, own, "Andes Café")
	for _, role := range []string{editor, viewer, "spare"} {
		f.email[role] = role + "@example.com"
		r := role
		if r == "spare" {
			r = "viewer"
		}
		f.password[role] = addMember(t, own, f.workspace, f.email[role], strings.ToUpper(role[:1])+role[1:], r)
	}
	out := s.Browser()
	out.Login(f.email[outsider], f.password[outsider])
	createWorkspace(t, out, "Pampa Foods")
	f.browsers[outsider] = out
	for _, role := range []string{editor, viewer} {
		b := s.Browser()
		b.Login(f.email[role], f.password[role])
		f.browsers[role] = b
	}
	ids := userIDs(t, adm)
	f.editorID, f.spareID = ids[f.email[editor]], ids["spare@example.com"]
	for _, role := range signedIn {
		f.tokens[role] = s.Token(f.email[role], f.password[role], "")
		f.tokenIDs[role] = createToken(t, f.browsers[role], "walk")
	}
	return f
}

// fill puts the fixture's ids into a route path.
func (f *fixture) fill(path, role string) string {
	uid := f.editorID
	if strings.HasSuffix(path, "/remove") {
		uid = f.spareID
	}
	id := f.tokenIDs[role]
	if !strings.HasPrefix(path, "/account/tokens/") {
		id = "00000000-0000-4000-8000-000000000000" // content, a brand voice or a job that does not exist
	}
	r := strings.NewReplacer(":wid", f.workspace, ":uid", uid, ":code", "en", ":action", "unlock", ":id", id, ":country", "AR", ":key", "cell_phone", ":version", "1", ":name", "openai")
	if strings.HasPrefix(path, "/lang/") {
		return r.Replace(path) + "?next=/"
	}
	return r.Replace(path)
}

func (f *fixture) call(t *testing.T, role, method, path string, e expectation) (int, string, string) {
	if strings.HasPrefix(path, "/api/") {
		var out json.RawMessage
		res := f.s.API(method, path, f.tokens[role], e.json, &out)
		return res.StatusCode, res.Header.Get("Location"), string(out)
	}
	b := f.browsers[role]
	b.Lang = "en"
	if method == http.MethodGet {
		res, body := b.Get(path)
		return res.StatusCode, res.Header.Get("Location"), body
	}
	form := url.Values{}
	for k, v := range e.form {
		form[k] = append([]string(nil), v...)
	}
	res, body := b.Post(path, form)
	return res.StatusCode, res.Header.Get("Location"), body
}

var otpPattern = regexp.MustCompile(`id="otp-value" class="secret">([^<]+)<`)

func createUserAsAdmin(t *testing.T, adm *apptest.Browser, email, name string) string {
	t.Helper()
	res, body := adm.Post("/admin/users", url.Values{"email": {email}, "name": {name}})
	m := otpPattern.FindStringSubmatch(body)
	if res.StatusCode != http.StatusCreated || m == nil {
		t.Fatalf("create user %s: %d", email, res.StatusCode)
	}
	return m[1]
}

func addMember(t *testing.T, own *apptest.Browser, ws, email, name, role string) string {
	t.Helper()
	res, body := own.Post("/workspaces/"+ws+"/members", url.Values{"email": {email}, "name": {name}, "role": {role}})
	m := otpPattern.FindStringSubmatch(body)
	if res.StatusCode != http.StatusCreated || m == nil {
		t.Fatalf("add member %s: %d\n%s", email, res.StatusCode, body)
	}
	return m[1]
}

var workspaceLink = regexp.MustCompile(`/workspaces/([0-9a-f-]{36})/switch`)

// createWorkspace makes a workspace and returns its id; it becomes the creator's current one.
func createWorkspace(t *testing.T, b *apptest.Browser, name string) string {
	t.Helper()
	if res, body := b.Post("/workspaces", url.Values{"name": {name}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("create workspace: %d\n%s", res.StatusCode, body)
	}
	_, body := b.Get("/workspaces")
	doc := apptest.Doc(t, body)
	id := ""
	doc.Find(`[data-testid=workspace-card]`).Each(func(_ int, card *goquery.Selection) {
		if strings.Contains(card.Find("h3").Text(), name) {
			if href, ok := card.Find(`a[href$="/members"]`).Attr("href"); ok {
				id = strings.TrimSuffix(strings.TrimPrefix(href, "/workspaces/"), "/members")
			}
		}
	})
	if id == "" {
		t.Fatalf("workspace %q not listed", name)
	}
	return id
}

var userAction = regexp.MustCompile(`/admin/users/([0-9a-f-]{36})/reset-password`)

// userIDs maps emails to user ids, read from the admin's users page.
func userIDs(t *testing.T, adm *apptest.Browser) map[string]string {
	t.Helper()
	_, body := adm.Get("/admin/users")
	out := map[string]string{}
	apptest.Doc(t, body).Find(`[data-testid=user-row]`).Each(func(_ int, row *goquery.Selection) {
		html, _ := row.Html()
		if m := userAction.FindStringSubmatch(html); m != nil {
			out[strings.TrimSpace(row.Find("td").Eq(1).Text())] = m[1]
		}
	})
	return out
}

var revokeAction = regexp.MustCompile(`/account/tokens/([0-9a-f-]{36})/revoke`)

// createToken makes a personal token in the browser's current workspace and returns its id.
func createToken(t *testing.T, b *apptest.Browser, name string) string {
	t.Helper()
	res, body := b.Post("/account/tokens", url.Values{"name": {name}})
	m := revokeAction.FindStringSubmatch(body)
	if res.StatusCode != http.StatusCreated || m == nil {
		t.Fatalf("create token: %d", res.StatusCode)
	}
	return m[1]
}
