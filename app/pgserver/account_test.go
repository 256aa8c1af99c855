package pgserver

import (
	"os"
	"path/filepath"
	"testing"
)

func TestBlockedDir(t *testing.T) {
	myUID, myGID := uint32(os.Getuid()), uint32(os.Getgid())
	stranger := &account{name: "stranger", uid: 54321, gid: 54321}
	groupMember := &account{name: "member", uid: 54321, gid: 54321, groups: []uint32{myGID}}
	owner := &account{name: "owner", uid: myUID, gid: myGID}
	tests := []struct {
		name       string
		parentMode os.FileMode
		acct       *account
		wantBlock  bool
	}{
		{"world-enterable", 0o755, stranger, false},
		{"enter-only for others", 0o711, stranger, false},
		{"private to its owner", 0o700, stranger, true},
		{"private, but the account owns it", 0o700, owner, false},
		{"group-enterable, account in the group", 0o750, groupMember, false},
		{"group-enterable, account not in the group", 0o750, stranger, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parent := filepath.Join(newDataDir(t), "parent")
			dataDir := filepath.Join(parent, "data")
			if err := os.MkdirAll(dataDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(parent, tt.parentMode); err != nil {
				t.Fatal(err)
			}
			blocked, err := tt.acct.blockedDir(dataDir)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantBlock && blocked != parent {
				t.Errorf("blocked at %q, want %q", blocked, parent)
			}
			if !tt.wantBlock && blocked != "" {
				t.Errorf("blocked at %q, want reachable", blocked)
			}
		})
	}
}
