package pgserver

import (
	"context"
	"slices"
	"syscall"
	"testing"
	"time"
)

func TestShutdownEscalates(t *testing.T) {
	steps := []shutdownStep{
		{syscall.SIGINT, 50 * time.Millisecond},
		{syscall.SIGQUIT, 50 * time.Millisecond},
		{syscall.SIGKILL, 50 * time.Millisecond},
	}
	tests := []struct {
		name      string
		exitsOn   syscall.Signal // 0: never exits
		cancelled bool
		wantSent  []syscall.Signal
		wantErr   bool
	}{
		{name: "fast shutdown suffices", exitsOn: syscall.SIGINT, wantSent: []syscall.Signal{syscall.SIGINT}},
		{name: "immediate shutdown after a slow fast one", exitsOn: syscall.SIGQUIT, wantSent: []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT}},
		{name: "killed at last", exitsOn: syscall.SIGKILL, wantSent: []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT, syscall.SIGKILL}},
		{name: "never exits", wantSent: []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT, syscall.SIGKILL}, wantErr: true},
		{
			// The fast shutdown step waits an hour here: only the ended context lets the test finish.
			name: "an ended context skips the wait for a fast shutdown", exitsOn: syscall.SIGQUIT, cancelled: true,
			wantSent: []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps := slices.Clone(steps)
			ctx, cancel := context.WithCancel(t.Context())
			if tt.cancelled {
				steps[0].wait = time.Hour
				cancel()
			}
			defer cancel()
			exited := make(chan struct{})
			var sent []syscall.Signal
			signal := func(sig syscall.Signal) error {
				sent = append(sent, sig)
				if sig == tt.exitsOn {
					close(exited)
				}
				return nil
			}
			err := shutdown(ctx, signal, exited, steps)
			if (err != nil) != tt.wantErr {
				t.Errorf("err = %v, want error %v", err, tt.wantErr)
			}
			if !slices.Equal(sent, tt.wantSent) {
				t.Errorf("sent %v, want %v", sent, tt.wantSent)
			}
		})
	}
}
