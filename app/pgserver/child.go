package pgserver

import (
	"fmt"
	"os/exec"
	"runtime"
	"syscall"
)

// child is a process started by this process and reaped by it.
type child struct {
	cmd    *exec.Cmd
	exited chan struct{} // closed once the process has exited and been reaped
	err    error         // the result of Wait; read it only after exited is closed
}

// startChild starts cmd so that the kernel sends it deathSignal when Frontier dies, even by
// SIGKILL. The kernel sends that signal when the thread that forked the child ends, not the
// process, and the Go runtime ends or reuses threads freely; so the child is started from a
// goroutine locked to its thread, which then stays blocked in Wait for the child's whole life.
// The lock is never released: when the goroutine returns the runtime retires the thread, which is
// harmless because the child is gone by then.
//
// The death signal survives a cmd.SysProcAttr.Credential switch: the forked child drops
// privileges first and sets the death signal afterwards (the kernel clears it on a uid change).
func startChild(cmd *exec.Cmd, deathSignal syscall.Signal) (*child, error) {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = deathSignal
	c := &child{cmd: cmd, exited: make(chan struct{})}
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		c.err = cmd.Wait()
		close(c.exited)
	}()
	if err := <-started; err != nil {
		return nil, fmt.Errorf("pgserver: start %s: %w", cmd.Path, err)
	}
	return c, nil
}

// pid returns the child's process id.
func (c *child) pid() int {
	return c.cmd.Process.Pid
}

// signal sends sig to the child.
func (c *child) signal(sig syscall.Signal) error {
	return c.cmd.Process.Signal(sig)
}

// wait blocks until the child has exited and returns Wait's result.
func (c *child) wait() error {
	<-c.exited
	return c.err
}
