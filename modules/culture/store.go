package culture

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"github.com/frontierhq/frontier/app/apperr"
)

// store is the only code of this module that touches the database. A store made by inTx works
// inside one transaction.
type store struct {
	db *gorm.DB
}

// table names a versioned table, its history table and its key column. Profiles and lexicon
// concepts share the same shape, so the same code keeps both.
type table struct {
	name, versions, key string
}

var (
	profilesTable = table{name: "culture_profiles", versions: "culture_profile_versions", key: "country"}
	conceptsTable = table{name: "lexicon_concepts", versions: "lexicon_concept_versions", key: "key"}
)

// row is one versioned row; Data is its JSON document.
type row struct {
	Key           string
	Data          string
	Version       int
	EditedByAdmin bool
	UpdatedAt     time.Time
	UpdatedBy     *string
}

func (r row) record() Record {
	return Record{Version: r.Version, EditedByAdmin: r.EditedByAdmin, UpdatedAt: r.UpdatedAt, UpdatedBy: r.UpdatedBy}
}

// versionRow is one history entry.
type versionRow struct {
	Version       int
	Data          string
	ChangedBy     *string
	ChangedByName *string
	ChangedAt     time.Time
	ChangedFields string
	RevertedFrom  *int
}

func (v versionRow) entry() (Version, error) {
	out := Version{Version: v.Version, ChangedBy: v.ChangedBy, ChangedAt: v.ChangedAt, RevertedFrom: v.RevertedFrom}
	if v.ChangedByName != nil {
		out.ChangedByName = *v.ChangedByName
	}
	if err := json.Unmarshal([]byte(v.ChangedFields), &out.ChangedFields); err != nil {
		return Version{}, fmt.Errorf("culture store: changed fields of version %d: %w", v.Version, err)
	}
	return out, nil
}

func (s store) inTx(ctx context.Context, fn func(tx store) error) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error { return fn(store{db: tx}) })
}

func (s store) with(ctx context.Context) *gorm.DB { return s.db.WithContext(ctx) }

// lockSeed serializes seeding between processes starting at the same time.
func (s store) lockSeed(ctx context.Context) error {
	return s.with(ctx).Exec("SELECT pg_advisory_xact_lock(hashtext('frontier culture seed'))").Error
}

func (t table) selectRows() string {
	return "SELECT " + t.key + " AS key, data, version, edited_by_admin, updated_at, updated_by FROM " + t.name
}

// all returns every row of t, by key.
func (s store) all(ctx context.Context, t table) ([]row, error) {
	var rows []row
	if err := s.with(ctx).Raw(t.selectRows() + " ORDER BY " + t.key).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("culture store: %s: %w", t.name, err)
	}
	return rows, nil
}

// one returns a row, locked for update inside a transaction when lock is set.
func (s store) one(ctx context.Context, t table, key string, lock bool) (row, error) {
	q := t.selectRows() + " WHERE " + t.key + " = ?"
	if lock {
		q += " FOR UPDATE"
	}
	var rows []row
	if err := s.with(ctx).Raw(q, key).Scan(&rows).Error; err != nil {
		return row{}, fmt.Errorf("culture store: %s %s: %w", t.name, key, err)
	}
	if len(rows) == 0 {
		return row{}, fmt.Errorf("culture store: %s %s: %w", t.name, key, apperr.ErrNotFound)
	}
	return rows[0], nil
}

// insertMissing adds a seed row unless the key exists, with its first version. It reports
// whether it inserted.
func (s store) insertMissing(ctx context.Context, t table, key, data string) (bool, error) {
	res := s.with(ctx).Exec("INSERT INTO "+t.name+" ("+t.key+", data) VALUES (?, ?::jsonb) ON CONFLICT ("+t.key+") DO NOTHING", key, data)
	if res.Error != nil {
		return false, fmt.Errorf("culture store: seed %s %s: %w", t.name, key, res.Error)
	}
	if res.RowsAffected == 0 {
		return false, nil
	}
	return true, s.insertVersion(ctx, t, key, 1, data, nil, []string{}, nil)
}

// update writes a new version of a row that is still at version from. admin marks the row as
// edited by an admin (nil by means the seed). It returns the new version, or ErrConflict when
// the row moved on (or, for the seed, when an admin edited it).
func (s store) update(ctx context.Context, t table, key string, from int, data string, by *string, fields []string, revertedFrom *int) (int, error) {
	q := "UPDATE " + t.name + " SET data = ?::jsonb, version = version + 1, updated_at = now(), updated_by = ?, edited_by_admin = edited_by_admin OR ? WHERE " + t.key + " = ? AND version = ?"
	if by == nil {
		q += " AND NOT edited_by_admin"
	}
	res := s.with(ctx).Exec(q, data, by, by != nil, key, from)
	if res.Error != nil {
		return 0, fmt.Errorf("culture store: update %s %s: %w", t.name, key, res.Error)
	}
	if res.RowsAffected == 0 {
		return 0, fmt.Errorf("culture store: %s %s changed since version %d: %w", t.name, key, from, apperr.ErrConflict)
	}
	return from + 1, s.insertVersion(ctx, t, key, from+1, data, by, fields, revertedFrom)
}

func (s store) insertVersion(ctx context.Context, t table, key string, version int, data string, by *string, fields []string, revertedFrom *int) error {
	list, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	err = s.with(ctx).Exec("INSERT INTO "+t.versions+" ("+t.key+", version, data, changed_by, changed_fields, reverted_from) VALUES (?, ?, ?::jsonb, ?, ?::jsonb, ?)",
		key, version, data, by, string(list), revertedFrom).Error
	if err != nil {
		return fmt.Errorf("culture store: version %d of %s %s: %w", version, t.name, key, err)
	}
	return nil
}

// history lists the versions of a row, newest first, with who made them.
func (s store) history(ctx context.Context, t table, key string) ([]Version, error) {
	var rows []versionRow
	err := s.with(ctx).Raw("SELECT v.version, v.data, v.changed_by, u.email AS changed_by_name, v.changed_at, v.changed_fields, v.reverted_from FROM "+
		t.versions+" v LEFT JOIN users u ON u.id = v.changed_by WHERE v."+t.key+" = ? ORDER BY v.version DESC", key).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("culture store: history of %s %s: %w", t.name, key, err)
	}
	out := make([]Version, 0, len(rows))
	for _, r := range rows {
		v, err := r.entry()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// versionData returns the document of one version.
func (s store) versionData(ctx context.Context, t table, key string, version int) (string, error) {
	var data []string
	err := s.with(ctx).Raw("SELECT data FROM "+t.versions+" WHERE "+t.key+" = ? AND version = ?", key, version).Scan(&data).Error
	if err != nil {
		return "", fmt.Errorf("culture store: version %d of %s %s: %w", version, t.name, key, err)
	}
	if len(data) == 0 {
		return "", fmt.Errorf("culture store: version %d of %s %s: %w", version, t.name, key, apperr.ErrNotFound)
	}
	return data[0], nil
}

// isNotFound reports the store's not-found errors.
func isNotFound(err error) bool { return errors.Is(err, apperr.ErrNotFound) }
