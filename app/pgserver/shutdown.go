package pgserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// shutdownStep sends sig and then waits up to wait for the postmaster to exit.
type shutdownStep struct {
	sig  syscall.Signal
	wait time.Duration
}

// shutdownSteps escalate from a fast shutdown (SIGINT: roll back open transactions, checkpoint,
// exit) through an immediate shutdown (SIGQUIT: crash recovery on next start) to SIGKILL.
var shutdownSteps = []shutdownStep{
	{syscall.SIGINT, 30 * time.Second},
	{syscall.SIGQUIT, 5 * time.Second},
	{syscall.SIGKILL, 5 * time.Second},
}

// shutdown walks steps until exited is closed. When ctx ends, the current step stops waiting and
// the next, harsher one begins; a running postmaster is never abandoned.
func shutdown(ctx context.Context, signal func(syscall.Signal) error, exited <-chan struct{}, steps []shutdownStep) error {
	done := ctx.Done()
	for _, step := range steps {
		if err := signal(step.sig); err != nil && !errors.Is(err, os.ErrProcessDone) && !errors.Is(err, syscall.ESRCH) {
			return fmt.Errorf("pgserver: send %v to postgres: %w", step.sig, err)
		}
		timer := time.NewTimer(step.wait)
		select {
		case <-exited:
			timer.Stop()
			return nil
		case <-timer.C:
		case <-done:
			timer.Stop()
			done = nil
		}
	}
	select {
	case <-exited:
		return nil
	default:
		return errors.New("pgserver: postgres did not exit after SIGKILL")
	}
}

// stopForeignPostmaster shuts down a postmaster this process did not start, watching /proc for
// its exit.
func stopForeignPostmaster(ctx context.Context, pid int, steps []shutdownStep) error {
	watchCtx, stopWatching := context.WithCancel(context.Background())
	defer stopWatching()
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		ticker := time.NewTicker(20 * time.Millisecond)
		defer ticker.Stop()
		for processAlive(pid) {
			select {
			case <-ticker.C:
			case <-watchCtx.Done():
				return
			}
		}
	}()
	return shutdown(ctx, func(sig syscall.Signal) error { return syscall.Kill(pid, sig) }, exited, steps)
}

// recoverCluster makes a cluster startable after Frontier or Postgres died without a clean
// shutdown. A postmaster that still serves the cluster (orphaned when Frontier was killed before
// its death signal could act) is shut down; server processes left behind by a postmaster that
// died abruptly are given a moment to notice and then killed, since Postgres will not start while
// they hold its shared memory; and a postmaster.pid naming no live postmaster of this cluster is
// removed, because its pid may by now belong to an unrelated process.
func recoverCluster(ctx context.Context, logger *slog.Logger, clusterDir string, steps []shutdownStep) error {
	if pid, ok := postmasterPID(clusterDir); ok && isPostgresIn(pid, clusterDir) {
		logger.Warn("pgserver: stopping an orphaned Postgres server left by an earlier run", "pid", pid, "cluster", clusterDir)
		if err := stopForeignPostmaster(ctx, pid, steps); err != nil {
			return err
		}
	}
	if err := endLeftovers(ctx, logger, clusterDir, 5*time.Second); err != nil {
		return err
	}
	pidFile := filepath.Join(clusterDir, "postmaster.pid")
	if _, err := os.Stat(pidFile); err == nil {
		logger.Info("pgserver: removing stale postmaster.pid", "file", pidFile)
		if err := os.Remove(pidFile); err != nil {
			return fmt.Errorf("pgserver: remove stale %s: %w", pidFile, err)
		}
	}
	return nil
}

// endLeftovers waits up to grace for postgres processes still working in clusterDir to exit and
// kills those that remain.
func endLeftovers(ctx context.Context, logger *slog.Logger, clusterDir string, grace time.Duration) error {
	deadline := time.Now().Add(grace)
	for {
		pids := postgresProcessesIn(clusterDir)
		if len(pids) == 0 {
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			logger.Warn("pgserver: killing leftover Postgres processes", "pids", pids, "cluster", clusterDir)
			for _, pid := range pids {
				_ = syscall.Kill(pid, syscall.SIGKILL) // it may have exited meanwhile
			}
			return waitGone(clusterDir, 5*time.Second)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func waitGone(clusterDir string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if len(postgresProcessesIn(clusterDir)) == 0 {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("pgserver: postgres processes %v still run in %s", postgresProcessesIn(clusterDir), clusterDir)
}
