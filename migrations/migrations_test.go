package migrations_test

import (
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/frontierhq/frontier/app/testdb"
	"github.com/frontierhq/frontier/migrations"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// TestContentSearchMovesOutAndBack: migration 6 carries the existing contents' vectors into
// content_search, and its down migration computes them again on the contents row.
func TestContentSearchMovesOutAndBack(t *testing.T) {
	ctx := t.Context()
	db := testdb.New(t)
	p, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 5); err != nil {
		t.Fatal(err)
	}
	var id string
	err = db.QueryRowContext(ctx, `
WITH w AS (INSERT INTO workspaces (name) VALUES ('Café Andino') RETURNING id)
INSERT INTO contents (workspace_id, prompt, content_type, target_country, language, language_variant, final_text, provider, score)
SELECT id, 'Promoción de zapatillas', 'sms', 'MX', 'es', 'es-MX', 'Zapatillas livianas con envío gratis.', 'builtin', 80 FROM w
RETURNING id`).Scan(&id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 6); err != nil {
		t.Fatal(err)
	}
	var found string
	if err := db.QueryRowContext(ctx, `SELECT content_id FROM content_search WHERE search @@ websearch_to_tsquery('spanish', 'zapatilla envíos')`).Scan(&found); err != nil || found != id {
		t.Fatalf("after the migration: %q %v", found, err)
	}
	if _, err := p.DownTo(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRowContext(ctx, `SELECT id FROM contents WHERE search @@ websearch_to_tsquery('spanish', 'zapatilla')`).Scan(&found); err != nil || found != id {
		t.Fatalf("after the down migration: %q %v", found, err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
}
