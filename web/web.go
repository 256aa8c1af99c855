// Package web embeds Frontier's static assets (CSS, vendored htmx, small scripts) and serves
// them under content-hashed names, so browsers may cache them forever.
package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var static embed.FS

// Prefix is the URL path under which assets are served.
const Prefix = "/static/"

// Assets maps logical asset names ("app.css", "vendor/htmx.min.js") to hashed URLs and serves them.
type Assets struct {
	urls  map[string]string // logical name -> /static/name.<hash>.ext
	files map[string]asset  // hashed name -> content
}

type asset struct {
	body        []byte
	contentType string
}

// NewAssets hashes every embedded file once at start. Stylesheets are hashed last, after their
// url(/static/…) references were rewritten to the hashed names, so a font change busts the CSS too.
func NewAssets() (*Assets, error) {
	a := &Assets{urls: map[string]string{}, files: map[string]asset{}}
	var sheets []string
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if path.Ext(p) == ".css" {
			sheets = append(sheets, p)
			return nil
		}
		body, err := static.ReadFile(p)
		if err != nil {
			return err
		}
		a.add(strings.TrimPrefix(p, "static/"), body)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: assets: %w", err)
	}
	var refs []string
	for name, u := range a.urls {
		refs = append(refs, "url("+Prefix+name+")", "url("+u+")")
	}
	rewrite := strings.NewReplacer(refs...)
	for _, p := range sheets {
		body, err := static.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("web: assets: %w", err)
		}
		a.add(strings.TrimPrefix(p, "static/"), []byte(rewrite.Replace(string(body))))
	}
	return a, nil
}

func (a *Assets) add(name string, body []byte) {
	sum := sha256.Sum256(body)
	ext := path.Ext(name)
	hashed := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:6]) + ext
	a.urls[name] = Prefix + hashed
	a.files[hashed] = asset{body: body, contentType: contentType(ext)}
}

// URL returns the hashed URL of a logical asset name. An unknown name is a programming error
// caught by tests; it returns the unhashed path so the page still renders.
func (a *Assets) URL(name string) string {
	if u, ok := a.urls[name]; ok {
		return u
	}
	return Prefix + name
}

// ServeHTTP serves a hashed asset with a year-long immutable cache lifetime.
func (a *Assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, ok := a.files[strings.TrimPrefix(r.URL.Path, Prefix)]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", f.contentType)
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	w.Write(f.body)
}

func contentType(ext string) string {
	switch ext {
	case ".css":
		return "text/css; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	case ".png":
		return "image/png"
	case ".woff2":
		return "font/woff2"
	default:
		return "application/octet-stream"
	}
}
