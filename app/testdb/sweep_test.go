package testdb

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestSweepRemovesOnlyAbandonedClusterDirs(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())

	inUse, unlock, err := makeClusterDir()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	abandonedDir, unlockAbandoned, err := makeClusterDir()
	if err != nil {
		t.Fatal(err)
	}
	unlockAbandoned() // as when its test binary died
	beingMade := filepath.Join(os.TempDir(), "frontier-testdb-new")
	oldWithoutLock := filepath.Join(os.TempDir(), "frontier-testdb-old")
	unrelated := filepath.Join(os.TempDir(), "someone-else")
	for _, dir := range []string{beingMade, oldWithoutLock, unrelated} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	longAgo := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(oldWithoutLock, longAgo, longAgo); err != nil {
		t.Fatal(err)
	}

	sweepAbandoned()

	for dir, wantKept := range map[string]bool{
		inUse: true, abandonedDir: false, beingMade: true, oldWithoutLock: false, unrelated: true,
	} {
		_, err := os.Stat(dir)
		if kept := err == nil; kept != wantKept {
			t.Errorf("%s: kept %v, want %v", filepath.Base(dir), kept, wantKept)
		}
	}
}
