package app_test

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestBinaryLifecycle runs the real binary on its own Postgres (no DATABASE_URL), the way
// `make run` does: first start, restart with the data kept, recovery after kill -9, and a
// SIGTERM that leaves no Postgres process behind.
func TestBinaryLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "frontier")
	build := exec.Command("go", "build", "-o", bin, "..")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatalf("go build: %v", err)
	}
	dataDir := t.TempDir()
	addr := freeLoopback(t)
	env := append(os.Environ(), "DATABASE_URL=", "FRONTIER_DATA_DIR="+dataDir, "FRONTIER_ADDR="+addr,
		"FRONTIER_ADMIN_EMAIL=ops@example.com", "FRONTIER_ADMIN_PASSWORD=")

	// First start: generates and prints the admin's password once.
	p := startBinary(t, bin, env, addr)
	password := p.generatedPassword(t)
	cluster := p.clusterDir(t)
	if len(postgresUnder(cluster)) == 0 {
		t.Fatalf("no postgres process found for %s while Frontier runs: the check below would prove nothing", cluster)
	}
	if token := apiToken(t, addr, "ops@example.com", password); token == "" {
		t.Fatal("no token with the printed password")
	}
	p.stop(t, syscall.SIGTERM)
	assertNoPostgres(t, cluster)

	// Restart: same data, no new password printed.
	p = startBinary(t, bin, env, addr)
	if strings.Contains(p.output(), "First start") {
		t.Error("second start printed a new admin password")
	}
	if apiToken(t, addr, "ops@example.com", password) == "" {
		t.Fatal("data lost across a restart")
	}

	// kill -9: Frontier dies without cleaning up; the next start recovers.
	p.stop(t, syscall.SIGKILL)
	assertNoPostgres(t, cluster) // Postgres follows Frontier down by itself (parent-death signal)
	p = startBinary(t, bin, env, addr)
	if apiToken(t, addr, "ops@example.com", password) == "" {
		t.Fatal("data lost after kill -9")
	}
	p.stop(t, syscall.SIGTERM)
	assertNoPostgres(t, cluster)
}

type process struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	out  bytes.Buffer
	done chan struct{}
}

func (p *process) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.Write(b)
}

func (p *process) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

func startBinary(t *testing.T, bin string, env []string, addr string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(bin, "serve"), done: make(chan struct{})}
	p.cmd.Env, p.cmd.Stdout, p.cmd.Stderr = env, p, p
	start := time.Now()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() { p.cmd.Process.Kill(); <-p.done })
	for {
		select {
		case <-p.done:
			t.Fatalf("frontier exited:\n%s", p.output())
		default:
		}
		var h struct{ Status string }
		if res, err := http.Get("http://" + addr + "/api/v1/health"); err == nil {
			json.NewDecoder(res.Body).Decode(&h)
			res.Body.Close()
			if h.Status == "healthy" {
				t.Logf("healthy after %s", time.Since(start).Round(time.Millisecond))
				return p
			}
		}
		if time.Since(start) > 90*time.Second {
			t.Fatalf("not healthy after 90s:\n%s", p.output())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (p *process) stop(t *testing.T, sig syscall.Signal) {
	t.Helper()
	p.cmd.Process.Signal(sig)
	select {
	case <-p.done:
	case <-time.After(60 * time.Second):
		t.Fatalf("frontier did not stop on %v:\n%s", sig, p.output())
	}
	if sig == syscall.SIGTERM {
		if code := p.cmd.ProcessState.ExitCode(); code != 0 {
			t.Errorf("exit code %d after SIGTERM:\n%s", code, p.output())
		}
	}
}

// clusterDir is where the Postgres cluster lives, as the log says (the data dir, or a fallback
// when the data dir is not reachable by the unprivileged user Postgres runs as).
func (p *process) clusterDir(t *testing.T) string {
	t.Helper()
	_, rest, ok := strings.Cut(p.output(), "Postgres is ready")
	if !ok {
		t.Fatalf("no readiness line:\n%s", p.output())
	}
	_, rest, ok = strings.Cut(rest, "cluster=")
	if !ok {
		t.Fatalf("readiness line names no cluster:\n%s", p.output())
	}
	return strings.Fields(rest)[0]
}

func (p *process) generatedPassword(t *testing.T) string {
	t.Helper()
	out := p.output()
	_, rest, ok := strings.Cut(out, "with password ")
	if !ok {
		t.Fatalf("no generated password printed:\n%s", out)
	}
	return strings.Fields(rest)[0]
}

func apiToken(t *testing.T, addr, email, password string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"email": email, "password": password})
	res, err := http.Post("http://"+addr+"/api/v1/auth/token", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct{ Token string }
	json.NewDecoder(res.Body).Decode(&out)
	return out.Token
}

// assertNoPostgres fails if a postgres process still serves the cluster.
func assertNoPostgres(t *testing.T, cluster string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		left := postgresUnder(cluster)
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("postgres processes left behind: %v", left)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func postgresUnder(dataDir string) []string {
	var left []string
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, f := range procs {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		cmd := strings.ReplaceAll(string(b), "\x00", " ")
		if strings.Contains(cmd, "postgres") && strings.Contains(cmd, dataDir) {
			left = append(left, f+": "+cmd)
		}
	}
	return left
}

func freeLoopback(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
