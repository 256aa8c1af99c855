package pgserver

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeBinDir creates dir with executable postgres, initdb and pg_ctl scripts (the names in
// programs) whose postgres reports version.
func fakeBinDir(t *testing.T, dir, version string, programs ...string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range programs {
		script := fmt.Sprintf("#!/bin/sh\necho 'postgres (PostgreSQL) %s'\n", version)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFindBinaries(t *testing.T) {
	all := requiredBinaries
	tests := []struct {
		name          string
		setup         func(t *testing.T, root string)
		path          []string // relative to the fake root
		preferVersion string
		want          string // relative to the fake root; empty means ErrNoBinaries
	}{
		{
			name:  "nothing installed",
			setup: func(t *testing.T, root string) {},
		},
		{
			name: "PATH first",
			setup: func(t *testing.T, root string) {
				fakeBinDir(t, filepath.Join(root, "opt/bin"), "16.1", all...)
				fakeBinDir(t, filepath.Join(root, "usr/lib/postgresql/15/bin"), "15.4", all...)
			},
			path: []string{"empty", "opt/bin"},
			want: "opt/bin",
		},
		{
			name: "a PATH entry without initdb does not count",
			setup: func(t *testing.T, root string) {
				fakeBinDir(t, filepath.Join(root, "usr/bin"), "15.4", "postgres", "pg_ctl")
				fakeBinDir(t, filepath.Join(root, "usr/lib/postgresql/13/bin"), "13.2", all...)
			},
			path: []string{"usr/bin"},
			want: "usr/lib/postgresql/13/bin",
		},
		{
			name: "highest version by number, not by text",
			setup: func(t *testing.T, root string) {
				for _, v := range []string{"9.6", "13", "15", "10"} {
					fakeBinDir(t, filepath.Join(root, "usr/lib/postgresql", v, "bin"), v+".0", all...)
				}
			},
			want: "usr/lib/postgresql/15/bin",
		},
		{
			name: "the version of an existing cluster wins when installed",
			setup: func(t *testing.T, root string) {
				fakeBinDir(t, filepath.Join(root, "usr/lib/postgresql/15/bin"), "15.4", all...)
				fakeBinDir(t, filepath.Join(root, "usr/lib/postgresql/16/bin"), "16.1", all...)
			},
			preferVersion: "15",
			want:          "usr/lib/postgresql/15/bin",
		},
		{
			name: "the newest when the cluster's version is not installed",
			setup: func(t *testing.T, root string) {
				fakeBinDir(t, filepath.Join(root, "usr/lib/postgresql/15/bin"), "15.4", all...)
				fakeBinDir(t, filepath.Join(root, "usr/lib/postgresql/16/bin"), "16.1", all...)
			},
			preferVersion: "14",
			want:          "usr/lib/postgresql/16/bin",
		},
		{
			name: "/usr/local/pgsql/bin last",
			setup: func(t *testing.T, root string) {
				fakeBinDir(t, filepath.Join(root, "usr/local/pgsql/bin"), "17.0", all...)
			},
			want: "usr/local/pgsql/bin",
		},
		{
			name: "files that are not executable do not count",
			setup: func(t *testing.T, root string) {
				dir := filepath.Join(root, "usr/lib/postgresql/15/bin")
				fakeBinDir(t, dir, "15.4", all...)
				if err := os.Chmod(filepath.Join(dir, "initdb"), 0o644); err != nil {
					t.Fatal(err)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			tt.setup(t, root)
			var path []string
			for _, p := range tt.path {
				path = append(path, filepath.Join(root, p))
			}
			roots := []string{filepath.Join(root, "usr/lib/postgresql/*/bin"), filepath.Join(root, "usr/local/pgsql/bin")}

			got, err := findBinaries(strings.Join(path, string(filepath.ListSeparator)), roots, tt.preferVersion)
			if tt.want == "" {
				if !errors.Is(err, ErrNoBinaries) {
					t.Fatalf("got %q, %v; want ErrNoBinaries", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := filepath.Join(root, tt.want); got != want {
				t.Errorf("got %s, want %s", got, want)
			}
		})
	}
}

func TestParseMajorVersion(t *testing.T) {
	tests := []struct {
		output, want string
	}{
		{"postgres (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)\n", "15"},
		{"postgres (PostgreSQL) 17.2\n", "17"},
		{"postgres (PostgreSQL) 9.6.24\n", "9.6"},
		{"postgres (PostgreSQL) 18beta1\n", "18"},
	}
	for _, tt := range tests {
		got, err := parseMajorVersion(tt.output)
		if err != nil || got != tt.want {
			t.Errorf("parseMajorVersion(%q) = %q, %v; want %q", tt.output, got, err, tt.want)
		}
	}
	if _, err := parseMajorVersion("sh: postgres: not found"); err == nil {
		t.Error("no error for unrelated output")
	}
}

func TestMajorVersionOfInstalledPostgres(t *testing.T) {
	dir, err := FindBinaries()
	if err != nil {
		t.Fatal(err)
	}
	v, err := MajorVersion(dir)
	if err != nil {
		t.Fatal(err)
	}
	if compareVersions(v, "9.0") < 0 {
		t.Errorf("version %q", v)
	}
}
