package pgserver

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRestart measures a start of an existing cluster (every start after the first) plus
// its stop.
func BenchmarkRestart(b *testing.B) {
	dataDir := b.TempDir()
	if err := os.Chmod(filepath.Dir(dataDir), 0o755); err != nil {
		b.Fatal(err)
	}
	opts := Options{DataDir: dataDir, Logger: slog.New(slog.DiscardHandler)}
	startStop := func() {
		s, err := Start(b.Context(), opts)
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Stop(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	startStop() // initdb
	for b.Loop() {
		startStop()
	}
}
