package testdb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io/fs"

	"github.com/frontierhq/frontier/migrations"
	"github.com/peterldowns/pgtestdb"
)

// migrator builds the template database with Frontier's migrations.
type migrator struct{}

// Hash identifies the schema the migrations produce, so that a changed, added or removed
// migration file leads to a new template database.
func (migrator) Hash() (string, error) {
	return hashFiles(migrations.FS)
}

// Migrate applies every migration to the new template database.
func (migrator) Migrate(ctx context.Context, db *sql.DB, _ pgtestdb.Config) error {
	return migrations.Up(ctx, db)
}

// hashFiles hashes the names and contents of every file in fsys, in lexical order.
func hashFiles(fsys fs.FS) (string, error) {
	h := sha256.New()
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		content, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		// Lengths first, so that no two different file sets feed the hash the same bytes.
		fmt.Fprintf(h, "%d:%s%d:", len(path), path, len(content))
		h.Write(content)
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("testdb: hash migrations: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
