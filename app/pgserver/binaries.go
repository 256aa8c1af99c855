package pgserver

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// ErrNoBinaries means no Postgres server binaries were found on this machine.
var ErrNoBinaries = errors.New("no PostgreSQL server binaries (postgres, initdb) found: install them (Debian/Ubuntu: apt-get install postgresql) or set DATABASE_URL")

// requiredBinaries are the programs a bin directory must hold to be usable.
var requiredBinaries = []string{"postgres", "initdb", "pg_ctl"}

// defaultSearchRoots are the globs searched after PATH, in this order. Each glob matches bin
// directories; among the matches of one glob the highest Postgres version wins.
var defaultSearchRoots = []string{"/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin"}

// FindBinaries returns the directory holding the postgres, initdb and pg_ctl programs: the
// directory of postgres on PATH if initdb and pg_ctl sit next to it, else the newest
// /usr/lib/postgresql/<version>/bin, else /usr/local/pgsql/bin. It returns ErrNoBinaries when
// none qualifies.
func FindBinaries() (string, error) {
	return findBinaries(os.Getenv("PATH"), defaultSearchRoots, "")
}

// findBinaries returns the first candidate bin directory, preferring one whose major version is
// preferVersion (the version of an existing cluster) when that is set and installed, so that a
// newer Postgres installed next to the old one does not lock Frontier out of its data.
func findBinaries(pathEnv string, roots []string, preferVersion string) (string, error) {
	dirs := candidateBinDirs(pathEnv, roots)
	if len(dirs) == 0 {
		return "", ErrNoBinaries
	}
	if preferVersion != "" {
		for _, dir := range dirs {
			if v, err := MajorVersion(dir); err == nil && v == preferVersion {
				return dir, nil
			}
		}
	}
	return dirs[0], nil
}

// candidateBinDirs lists every usable bin directory, best first: the PATH match, then the matches
// of each search root glob, highest version first within a glob. Symlinks are resolved so that
// /usr/local/bin/postgres -> /usr/lib/postgresql/15/bin/postgres counts once.
func candidateBinDirs(pathEnv string, roots []string) []string {
	var dirs []string
	add := func(dir string) {
		if !hasBinaries(dir) {
			return
		}
		if real, err := filepath.EvalSymlinks(filepath.Join(dir, "postgres")); err == nil {
			dir = filepath.Dir(real)
		}
		if !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
	}
	for _, dir := range filepath.SplitList(pathEnv) {
		if dir != "" && hasBinaries(dir) {
			add(dir)
			break
		}
	}
	for _, root := range roots {
		matches, _ := filepath.Glob(root) // the only error is a malformed pattern
		slices.SortFunc(matches, func(a, b string) int { return compareVersions(versionInPath(b), versionInPath(a)) })
		for _, dir := range matches {
			add(dir)
		}
	}
	return dirs
}

// hasBinaries reports whether dir holds every required program as an executable file.
func hasBinaries(dir string) bool {
	for _, name := range requiredBinaries {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil || !info.Mode().IsRegular() || info.Mode().Perm()&0o111 == 0 {
			return false
		}
	}
	return true
}

// versionInPath extracts the version directory from a path like /usr/lib/postgresql/15/bin.
func versionInPath(binDir string) string {
	return filepath.Base(filepath.Dir(binDir))
}

// compareVersions orders dotted numeric versions ("9.6" < "13" < "15.2"); parts that are not
// numbers compare as zero.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(as), len(bs)) {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if x != y {
			return x - y
		}
	}
	return 0
}

// MajorVersion returns the major version of the postgres program in binDir, in the form Postgres
// writes to a cluster's PG_VERSION file: "15", or "9.6" for releases before 10.
func MajorVersion(binDir string) (string, error) {
	out, err := exec.Command(filepath.Join(binDir, "postgres"), "--version").Output()
	if err != nil {
		return "", fmt.Errorf("pgserver: %s --version: %w", filepath.Join(binDir, "postgres"), err)
	}
	return parseMajorVersion(string(out))
}

// parseMajorVersion reads the output of `postgres --version`, for example
// "postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)".
func parseMajorVersion(versionOutput string) (string, error) {
	_, after, ok := strings.Cut(versionOutput, "(PostgreSQL) ")
	if !ok {
		return "", fmt.Errorf("pgserver: unrecognised postgres version %q", strings.TrimSpace(versionOutput))
	}
	full, _, _ := strings.Cut(strings.TrimSpace(after), " ")
	parts := strings.FieldsFunc(full, func(r rune) bool { return r < '0' || r > '9' })
	if len(parts) == 0 {
		return "", fmt.Errorf("pgserver: unrecognised postgres version %q", strings.TrimSpace(versionOutput))
	}
	if major, _ := strconv.Atoi(parts[0]); major < 10 && len(parts) > 1 {
		return parts[0] + "." + parts[1], nil
	}
	return parts[0], nil
}
