// Package app wires Frontier together: configuration, database (its own Postgres or an external
// one), migrations, i18n, the echo server with its middleware and the one route table.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"sync"

	"github.com/frontierhq/frontier/config"
)

// Version is set at build time with -ldflags "-X github.com/frontierhq/frontier/app.Version=…".
var Version = "dev"

// Run is the whole program: main calls it with the process's arguments, environment and
// stdout; tests call it the same way.
func Run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	cmd, rest := "serve", args
	if len(args) > 0 {
		cmd, rest = args[0], args[1:]
	}
	switch cmd {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, config.Help())
		return nil
	case "version", "--version":
		fmt.Fprintf(stdout, "frontier %s\n", version())
		return nil
	}

	cfg, err := config.Load(getenv)
	if err != nil {
		return fmt.Errorf("configuration:\n%w", err)
	}
	log := newLogger(cfg, stdout)

	switch cmd {
	case "serve":
		return serve(ctx, cfg, log, stdout)
	case "migrate":
		a, err := New(ctx, cfg, log, stdout)
		if err != nil {
			return err
		}
		a.Close()
		fmt.Fprintln(stdout, "migrations applied")
		return nil
	case "user":
		return userCommand(ctx, cfg, log, rest, stdout)
	default:
		return fmt.Errorf("unknown command %q; run 'frontier help'", cmd)
	}
}

func serve(ctx context.Context, cfg config.Config, log *slog.Logger, stdout io.Writer) error {
	// The server's live heap is small (tens of megabytes) and every collection takes CPU from
	// the requests: collect when the heap has grown fivefold rather than doubled. The runtime's
	// own GOGC, when the environment sets it, wins.
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	a, err := New(ctx, cfg, log, stdout)
	if err != nil {
		return err
	}
	defer a.Close()
	srv, err := a.Server()
	if err != nil {
		return err
	}
	// Background work stops with the server, before the database closes.
	bg, stop := context.WithCancel(ctx)
	var workers sync.WaitGroup
	workers.Go(func() { a.generation.RunIndexer(bg) })
	defer workers.Wait()
	defer stop()
	if err := srv.ListenAndServe(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// gcPercent is the server's garbage collection target (GOGC), unless the environment sets one.
const gcPercent = 400

func version() string {
	if Version != "dev" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return Version
}

func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
