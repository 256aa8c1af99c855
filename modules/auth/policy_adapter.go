package auth

import (
	"fmt"

	"github.com/casbin/casbin/v2/model"
	"github.com/casbin/casbin/v2/persist"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// casbinRule is a row of casbin_rules.
type casbinRule struct {
	ID    int64 `gorm:"primaryKey"`
	Ptype string
	V0    string
	V1    string
	V2    string
	V3    string
	V4    string
	V5    string
}

func (casbinRule) TableName() string { return "casbin_rules" }

func toRow(r rule) casbinRule {
	v := make([]string, 7)
	copy(v, r)
	return casbinRule{Ptype: v[0], V0: v[1], V1: v[2], V2: v[3], V3: v[4], V4: v[5], V5: v[6]}
}

func (c casbinRule) rule() rule {
	r := rule{c.Ptype}
	for _, v := range []string{c.V0, c.V1, c.V2, c.V3, c.V4, c.V5} {
		if v == "" {
			break
		}
		r = append(r, v)
	}
	return r
}

// policyAdapter is casbin's storage over our own gorm connection: a few lines of SQL instead
// of an adapter that would drag MySQL, SQL Server and SQLite drivers into the binary.
type policyAdapter struct {
	db *gorm.DB
}

var _ persist.Adapter = (*policyAdapter)(nil)

func (a *policyAdapter) LoadPolicy(m model.Model) error {
	var rows []casbinRule
	if err := a.db.Order("id").Find(&rows).Error; err != nil {
		return fmt.Errorf("auth: load casbin rules: %w", err)
	}
	for _, row := range rows {
		if err := persist.LoadPolicyArray(row.rule(), m); err != nil {
			return err
		}
	}
	return nil
}

func (a *policyAdapter) SavePolicy(m model.Model) error {
	var rows []casbinRule
	for _, sec := range []string{"p", "g"} {
		for ptype, ast := range m[sec] {
			for _, values := range ast.Policy {
				rows = append(rows, toRow(append(rule{ptype}, values...)))
			}
		}
	}
	return a.db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Where("true").Delete(&casbinRule{}).Error; err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		return tx.Create(&rows).Error
	})
}

func (a *policyAdapter) AddPolicy(_ string, ptype string, values []string) error {
	return insertRules(a.db, append(rule{ptype}, values...))
}

func (a *policyAdapter) RemovePolicy(_ string, ptype string, values []string) error {
	return deleteRule(a.db, append(rule{ptype}, values...))
}

func (a *policyAdapter) RemoveFilteredPolicy(_ string, ptype string, fieldIndex int, fieldValues ...string) error {
	q := a.db.Where("ptype = ?", ptype)
	for i, v := range fieldValues {
		if v != "" {
			q = q.Where(fmt.Sprintf("v%d = ?", fieldIndex+i), v)
		}
	}
	return q.Delete(&casbinRule{}).Error
}

// insertRules writes rules, ignoring those already present.
func insertRules(tx *gorm.DB, rules ...rule) error {
	if len(rules) == 0 {
		return nil
	}
	rows := make([]casbinRule, len(rules))
	for i, r := range rules {
		rows[i] = toRow(r)
	}
	return tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&rows).Error
}

func deleteRule(tx *gorm.DB, r rule) error {
	row := toRow(r)
	return tx.Where("ptype = ? AND v0 = ? AND v1 = ? AND v2 = ? AND v3 = ? AND v4 = ? AND v5 = ?",
		row.Ptype, row.V0, row.V1, row.V2, row.V3, row.V4, row.V5).Delete(&casbinRule{}).Error
}
