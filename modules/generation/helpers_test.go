package generation

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"gorm.io/gorm"

	"github.com/frontierhq/frontier/app/testdb"
	"github.com/frontierhq/frontier/modules/generation/llm"
)

func TestMain(m *testing.M) { testdb.Main(m) }

var (
	cultureOnce sync.Once
	cultureSeed *SeedCulture
	cultureErr  error
)

// seedCulture compiles the embedded culture data once per test binary.
func seedCulture(t testing.TB) *SeedCulture {
	t.Helper()
	cultureOnce.Do(func() { cultureSeed, cultureErr = NewSeedCulture() })
	if cultureErr != nil {
		t.Fatal(cultureErr)
	}
	return cultureSeed
}

// testService is a service on a fresh database with a workspace and a user in it.
type testService struct {
	*Service
	db          *gorm.DB
	workspaceID string
	userID      string
}

func (ts testService) caller() Caller { return Caller{WorkspaceID: ts.workspaceID, UserID: ts.userID} }

func newTestService(t testing.TB, env map[string]string) testService {
	t.Helper()
	return newTestServiceWith(t, env, nil)
}

// newTestServiceWith adds ready-made providers to the chain.
func newTestServiceWith(t testing.TB, env map[string]string, providers []llm.Provider) testService {
	t.Helper()
	db := testdb.Gorm(t)
	ctx := context.Background()
	getenv := func(k string) string { return env[k] }
	svc, err := NewService(ctx, db, seedCulture(t), slog.New(slog.NewTextHandler(io.Discard, nil)), Options{
		Getenv: getenv, Secret: []byte("test-secret-0123456789-abcdefghijkl"),
		Chain: llm.ChainOptions{BaseBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond, CallTimeout: 5 * time.Second,
			StallTimeout: 2 * time.Second},
		Providers: providers,
	})
	if err != nil {
		t.Fatal(err)
	}
	ts := testService{Service: svc, db: db}
	ts.userID, ts.workspaceID = createWorkspace(t, db, "marketer@example.com", "Café Andino")
	return ts
}

// createWorkspace inserts a user and a workspace they own, as the auth module would.
func createWorkspace(t testing.TB, db *gorm.DB, email, name string) (userID, workspaceID string) {
	t.Helper()
	if err := db.Raw(`INSERT INTO users (email, name, password_hash) VALUES (?, 'Test', 'x') RETURNING id`, email).Scan(&userID).Error; err != nil {
		t.Fatal(err)
	}
	if err := db.Raw(`INSERT INTO workspaces (name, created_by) VALUES (?, ?) RETURNING id`, name, userID).Scan(&workspaceID).Error; err != nil {
		t.Fatal(err)
	}
	if err := db.Exec(`INSERT INTO memberships (workspace_id, user_id, role) VALUES (?, ?, 'owner')`, workspaceID, userID).Error; err != nil {
		t.Fatal(err)
	}
	return userID, workspaceID
}

func count(t testing.TB, db *gorm.DB, table string) int {
	t.Helper()
	var n int
	if err := db.Raw(`SELECT count(*) FROM ` + table).Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}
