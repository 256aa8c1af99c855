package pgserver

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// newDataDir returns an empty data directory for one test. t.TempDir's parent is private (0700),
// which would send a root test's cluster to the fallback location; the tests own it, so open it.
func newDataDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Chmod(filepath.Dir(dir), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func testOptions(t *testing.T, dataDir string) Options {
	return Options{
		DataDir:   dataDir,
		Logger:    slog.New(slog.NewTextHandler(testWriter{t}, nil)),
		Ephemeral: true,
	}
}

// testWriter sends log output to the test log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// startServer starts a server and stops it when the test ends, failing the test if Stop fails.
func startServer(t *testing.T, opts Options) *Server {
	t.Helper()
	s, err := Start(t.Context(), opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Stop(context.Background()); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})
	return s
}

func connect(t *testing.T, s *Server) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), s.URL(DatabaseName))
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// assertNoServerLeft fails the test when any postgres process still works in clusterDir.
func assertNoServerLeft(t *testing.T, clusterDir string) {
	t.Helper()
	if pids := postgresProcessesIn(clusterDir); len(pids) > 0 {
		t.Errorf("postgres processes %v still run in %s", pids, clusterDir)
	}
}

// waitExit waits for pid to exit, failing the test after limit.
func waitExit(t *testing.T, pid int, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for processAlive(pid) {
		if time.Now().After(deadline) {
			t.Fatalf("process %d still alive after %s", pid, limit)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestStartServesQueriesAndStopLeavesNothing(t *testing.T) {
	dataDir := newDataDir(t)
	s, err := Start(t.Context(), testOptions(t, dataDir))
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	conn, err := pgx.Connect(t.Context(), s.URL(DatabaseName))
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	var user, db, encoding, listen string
	if err := conn.QueryRow(t.Context(), "SELECT current_user, current_database(), pg_encoding_to_char(encoding), current_setting('listen_addresses') FROM pg_database WHERE datname = current_database()").Scan(&user, &db, &encoding, &listen); err != nil {
		t.Fatalf("query: %v", err)
	}
	conn.Close(t.Context())
	if user != Superuser || db != DatabaseName || encoding != "UTF8" || listen != "" {
		t.Errorf("got user %q db %q encoding %q listen_addresses %q", user, db, encoding, listen)
	}
	if s.cluster.dir != filepath.Join(dataDir, "postgres") {
		t.Errorf("cluster in %s, want it in the data dir", s.cluster.dir)
	}
	if _, err := os.Stat(filepath.Join(dataDir, "postgres.log")); err != nil {
		t.Errorf("no server log in the data dir: %v", err)
	}
	if os.Geteuid() == 0 {
		if uid := processUID(t, s.postmaster.pid()); uid == 0 {
			t.Error("postgres runs as root")
		}
	}

	pid := s.postmaster.pid()
	if err := s.Stop(t.Context()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	select {
	case <-s.Done():
	default:
		t.Error("Done not closed after Stop")
	}
	if processAlive(pid) {
		t.Errorf("postmaster %d alive after Stop", pid)
	}
	assertNoServerLeft(t, s.cluster.dir)
	if err := s.Stop(t.Context()); err != nil {
		t.Errorf("second Stop: %v", err)
	}
}

func processUID(t *testing.T, pid int) int {
	t.Helper()
	status, err := os.ReadFile(procPath(pid, "status"))
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(status)) {
		if rest, ok := strings.CutPrefix(line, "Uid:"); ok {
			uid, err := strconv.Atoi(strings.Fields(rest)[0])
			if err != nil {
				t.Fatal(err)
			}
			return uid
		}
	}
	t.Fatalf("no Uid line for process %d", pid)
	return -1
}

func TestRestartKeepsData(t *testing.T) {
	dataDir := newDataDir(t)
	opts := testOptions(t, dataDir)
	// Not Ephemeral: the data must survive like production data does.
	opts.Ephemeral = false

	first, err := Start(t.Context(), opts)
	if err != nil {
		t.Fatalf("first Start: %v", err)
	}
	conn := connect(t, first)
	if _, err := conn.Exec(t.Context(), "CREATE TABLE note (body text); INSERT INTO note VALUES ('¡Hola, São Paulo!')"); err != nil {
		t.Fatal(err)
	}
	conn.Close(t.Context())
	if err := first.Stop(t.Context()); err != nil {
		t.Fatalf("Stop: %v", err)
	}

	began := time.Now()
	second := startServer(t, opts)
	t.Logf("second start took %s", time.Since(began))
	var body string
	if err := connect(t, second).QueryRow(t.Context(), "SELECT body FROM note").Scan(&body); err != nil {
		t.Fatalf("read back: %v", err)
	}
	if body != "¡Hola, São Paulo!" {
		t.Errorf("read back %q", body)
	}
}

func TestRecoversAfterPostgresCrash(t *testing.T) {
	dataDir := newDataDir(t)
	opts := testOptions(t, dataDir)
	opts.Ephemeral = false
	crashed, err := Start(t.Context(), opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	conn := connect(t, crashed)
	if _, err := conn.Exec(t.Context(), "CREATE TABLE survivor (n int); INSERT INTO survivor VALUES (42)"); err != nil {
		t.Fatal(err)
	}
	// Kill the postmaster outright while a backend (conn) is still attached.
	if err := crashed.postmaster.signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-crashed.Done()
	// Stop on a server that is already gone only lets go of the data directory.
	if err := crashed.Stop(t.Context()); err != nil {
		t.Fatalf("Stop after the crash: %v", err)
	}

	s := startServer(t, opts)
	var n int
	if err := connect(t, s).QueryRow(t.Context(), "SELECT n FROM survivor").Scan(&n); err != nil {
		t.Fatalf("read back: %v", err)
	}
	if n != 42 {
		t.Errorf("read back %d", n)
	}
	log, err := os.ReadFile(filepath.Join(dataDir, "postgres.log"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(log), "automatic recovery in progress") {
		t.Error("the log shows no crash recovery")
	}
}

// helperDataDirEnv makes the test binary act as a Frontier that starts a server and waits.
const helperDataDirEnv = "PGSERVER_TEST_HELPER_DATA_DIR"

// TestHelperFrontier is not a test: TestKilledFrontierStopsPostgres runs the test binary with
// helperDataDirEnv set, and then this starts a server, reports its pid and waits to be killed.
func TestHelperFrontier(t *testing.T) {
	dataDir := os.Getenv(helperDataDirEnv)
	if dataDir == "" {
		t.Skip("helper process only")
	}
	s, err := Start(context.Background(), Options{DataDir: dataDir, Ephemeral: true})
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("ready %d\n", s.postmaster.pid())
	select {}
}

func TestKilledFrontierStopsPostgres(t *testing.T) {
	dataDir := newDataDir(t)
	helper := exec.Command(os.Args[0], "-test.run=^TestHelperFrontier$")
	helper.Env = append(os.Environ(), helperDataDirEnv+"="+dataDir)
	helper.Stderr = os.Stderr
	stdout, err := helper.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := helper.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		helper.Process.Kill()
		t.Fatalf("helper: %v", err)
	}
	pidText, ok := strings.CutPrefix(strings.TrimSpace(line), "ready ")
	if !ok {
		helper.Process.Kill()
		t.Fatalf("helper said %q", line)
	}
	pid, err := strconv.Atoi(pidText)
	if err != nil {
		t.Fatal(err)
	}
	clusterDir := filepath.Join(dataDir, "postgres")
	if os.Geteuid() == 0 && processUID(t, pid) == 0 {
		t.Fatal("postgres runs as root")
	}

	if err := helper.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = helper.Wait() // killed: the error says so
	waitExit(t, pid, 30*time.Second)
	if err := waitGone(clusterDir, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	// A clean (fast) shutdown removes postmaster.pid; a crash would leave it.
	if _, err := os.Stat(filepath.Join(clusterDir, "postmaster.pid")); err == nil {
		t.Error("postmaster.pid remains: postgres did not shut down cleanly")
	}

	s := startServer(t, testOptions(t, dataDir))
	connect(t, s)
}

func TestStartReplacesStalePIDFile(t *testing.T) {
	deadPID := func(t *testing.T) int {
		cmd := exec.Command("true")
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
		return cmd.Process.Pid
	}
	liveOtherPID := func(t *testing.T) int {
		cmd := exec.Command("sleep", "60")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			cmd.Process.Kill()
			cmd.Wait()
		})
		return cmd.Process.Pid
	}
	tests := []struct {
		name string
		pid  func(t *testing.T) int
	}{
		{"pid of an exited process", deadPID},
		{"pid of a live process that is not postgres", liveOtherPID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dataDir := newDataDir(t)
			opts := testOptions(t, dataDir)
			first, err := Start(t.Context(), opts)
			if err != nil {
				t.Fatalf("Start: %v", err)
			}
			if err := first.Stop(t.Context()); err != nil {
				t.Fatal(err)
			}
			clusterDir := first.cluster.dir
			stalePID := tt.pid(t)
			content := fmt.Sprintf("%d\n%s\n1700000000\n5432\n%s\n\n  5432001  0\nready   \n", stalePID, clusterDir, clusterDir)
			if err := os.WriteFile(filepath.Join(clusterDir, "postmaster.pid"), []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}

			s := startServer(t, opts)
			connect(t, s)
			if pid, _ := postmasterPID(clusterDir); pid != s.postmaster.pid() {
				t.Errorf("postmaster.pid holds %d, want the new server's %d", pid, s.postmaster.pid())
			}
		})
	}
}

func TestStartStopsOrphanedPostmaster(t *testing.T) {
	dataDir := newDataDir(t)
	opts := testOptions(t, dataDir)
	first, err := Start(t.Context(), opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	if err := first.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}

	// Run the cluster's server the way a killed Frontier could leave it: without a death signal.
	c := first.cluster
	log, err := openLog(c.log.Name())
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	c.log = log
	orphan := c.command("postgres", c.serverArgs(first.socketDir)...)
	if err := orphan.Start(); err != nil {
		t.Fatal(err)
	}
	orphanExited := make(chan struct{})
	go func() {
		_ = orphan.Wait() // it is meant to be stopped by a signal
		close(orphanExited)
	}()
	t.Cleanup(func() {
		orphan.Process.Kill()
		<-orphanExited
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		if pid, ok := postmasterPID(c.dir); ok && pid == orphan.Process.Pid && isPostgresIn(pid, c.dir) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("orphan postmaster did not start")
		}
		time.Sleep(20 * time.Millisecond)
	}

	s := startServer(t, opts)
	select {
	case <-orphanExited:
	case <-time.After(10 * time.Second):
		t.Fatal("orphaned postmaster still running")
	}
	if s.postmaster.pid() == orphan.Process.Pid {
		t.Fatal("Start reused the orphan")
	}
	connect(t, s)
}

func TestStartFailsWithoutBinaries(t *testing.T) {
	t.Setenv("PATH", "")
	opts := testOptions(t, newDataDir(t))
	opts.searchRoots = []string{filepath.Join(t.TempDir(), "usr/lib/postgresql/*/bin")}
	_, err := Start(t.Context(), opts)
	if !errors.Is(err, ErrNoBinaries) {
		t.Fatalf("got %v, want ErrNoBinaries", err)
	}
	if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, "apt-get install postgresql") {
		t.Errorf("message %q is not one line naming the package to install", msg)
	}
}

func TestStartReportsPostgresLogWhenServerFails(t *testing.T) {
	dataDir := newDataDir(t)
	opts := testOptions(t, dataDir)
	first, err := Start(t.Context(), opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	if err := first.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	// A broken configuration file makes postgres refuse to start.
	conf := filepath.Join(first.cluster.dir, "postgresql.conf")
	if err := os.WriteFile(conf, []byte("shared_buffers = 'plenty'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = Start(t.Context(), opts)
	if err == nil {
		t.Fatal("Start succeeded with a broken postgresql.conf")
	}
	if !strings.Contains(err.Error(), "shared_buffers") {
		t.Errorf("error does not quote the Postgres log: %v", err)
	}
	assertNoServerLeft(t, first.cluster.dir)
}

func TestLongDataDirGetsShortSocketDirectory(t *testing.T) {
	dataDir := filepath.Join(newDataDir(t), strings.Repeat("d", 40), strings.Repeat("e", 40))
	s := startServer(t, testOptions(t, dataDir))
	if s.socketDir == s.cluster.dir || !strings.HasPrefix(s.socketDir, os.TempDir()) {
		t.Errorf("socket in %s for cluster %s", s.socketDir, s.cluster.dir)
	}
	connect(t, s)
}

func TestUnreachableDataDirUsesFallbackLocation(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root runs Postgres as another user")
	}
	private := filepath.Join(newDataDir(t), "private")
	if err := os.Mkdir(private, 0o700); err != nil {
		t.Fatal(err)
	}
	dataDir := filepath.Join(private, "data")
	opts := testOptions(t, dataDir)
	opts.fallbackRoot = newDataDir(t)

	s := startServer(t, opts)
	if !strings.HasPrefix(s.cluster.dir, opts.fallbackRoot+"/data-") {
		t.Errorf("cluster in %s, want it under %s", s.cluster.dir, opts.fallbackRoot)
	}
	if info, err := os.Stat(private); err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("the private directory's mode changed: %v %v", info.Mode(), err)
	}
	connect(t, s)
}

func TestSecondStartOnSameDataDirIsRefused(t *testing.T) {
	dataDir := newDataDir(t)
	running := startServer(t, testOptions(t, dataDir))

	_, err := Start(t.Context(), testOptions(t, dataDir))
	if !errors.Is(err, ErrDataDirInUse) {
		t.Fatalf("second Start: got %v, want ErrDataDirInUse", err)
	}
	connect(t, running) // the first server must be untouched
}

func TestServerBehindSymlinkedDataDirIsRecognised(t *testing.T) {
	base := newDataDir(t)
	realDir := filepath.Join(base, "real")
	link := filepath.Join(base, "link")
	if err := os.Mkdir(realDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(realDir, link); err != nil {
		t.Fatal(err)
	}
	s, err := Start(t.Context(), testOptions(t, link))
	if err != nil {
		t.Fatal(err)
	}
	if !isPostgresIn(s.postmaster.pid(), s.cluster.dir) {
		t.Errorf("the server is not recognised as working in %s", s.cluster.dir)
	}
	if err := s.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
}
