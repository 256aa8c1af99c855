package pgserver

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// This file inspects processes through /proc (Linux): enough to tell a live postmaster of a
// given cluster from a stale pid that the kernel has since handed to something else.

// processAlive reports whether pid names a process that has not exited. A zombie (exited, not yet
// reaped by its parent) counts as gone.
func processAlive(pid int) bool {
	stat, err := os.ReadFile(procPath(pid, "stat"))
	if err != nil {
		return false
	}
	// The state follows the command name, which is wrapped in parentheses and may contain any
	// character, so look after the last ')'.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 || i+2 >= len(stat) {
		return false
	}
	state := stat[i+2]
	return state != 'Z' && state != 'X'
}

// isPostgresIn reports whether pid is a live postgres process (postmaster or one of its children)
// working in clusterDir. A postmaster changes its working directory to its data directory, and so
// do its children, which makes the working directory a reliable mark of the cluster.
func isPostgresIn(pid int, clusterDir string) bool {
	if !processAlive(pid) {
		return false
	}
	exe, err := os.Readlink(procPath(pid, "exe"))
	if err != nil {
		return false
	}
	name := filepath.Base(strings.TrimSuffix(exe, " (deleted)"))
	if name != "postgres" && name != "postmaster" {
		return false
	}
	cwd, err := os.Readlink(procPath(pid, "cwd"))
	return err == nil && cwd == clusterDir
}

// postgresProcessesIn lists the live postgres processes working in clusterDir.
func postgresProcessesIn(clusterDir string) []int {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var pids []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		if isPostgresIn(pid, clusterDir) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// postmasterPID reads the pid recorded in the cluster's postmaster.pid; ok is false when there is
// no such file or it holds no pid.
func postmasterPID(clusterDir string) (pid int, ok bool) {
	data, err := os.ReadFile(filepath.Join(clusterDir, "postmaster.pid"))
	if err != nil {
		return 0, false
	}
	first, _, _ := strings.Cut(string(data), "\n")
	pid, err = strconv.Atoi(strings.TrimSpace(first))
	if err != nil || pid <= 0 {
		return 0, false
	}
	return pid, true
}

func procPath(pid int, name string) string {
	return filepath.Join("/proc", strconv.Itoa(pid), name)
}
