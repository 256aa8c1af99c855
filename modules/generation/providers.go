package generation

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"

	"github.com/frontierhq/frontier/app/apperr"
	"github.com/frontierhq/frontier/modules/generation/llm"
)

// ProviderNames are the external providers an admin can configure, in route order.
func ProviderNames() []string {
	return []string{llm.ProviderOpenAI, llm.ProviderAnthropic, llm.ProviderOllama}
}

// ProviderSetting is a provider as the admin page shows it: the key itself never leaves the
// service, only whether one is set and where it comes from.
type ProviderSetting struct {
	Name          string
	Saved         bool // a row exists on the admin page
	Enabled       bool
	FromEnv       bool // the environment configures it
	Active        bool // the chain uses it
	BaseURL       string
	KeySet        bool
	Model         string
	Temperature   float64
	MaxTokens     int
	Timeout       time.Duration
	PriceInPer1K  float64
	PriceOutPer1K float64
	UpdatedAt     time.Time
}

// ProviderUpdate is what the admin page saves. An empty APIKey keeps the stored one; ClearKey
// removes it.
type ProviderUpdate struct {
	Name          string
	Enabled       bool
	BaseURL       string
	APIKey        string
	ClearKey      bool
	Model         string
	Temperature   float64
	MaxTokens     int
	TimeoutSec    int
	PriceInPer1K  float64
	PriceOutPer1K float64
}

type providerRow struct {
	Name          string `gorm:"primaryKey"`
	Enabled       bool
	BaseURL       string
	APIKeySealed  []byte
	Model         string
	Temperature   float64
	MaxTokens     int
	TimeoutMS     int     `gorm:"column:timeout_ms"`
	PriceInPer1K  float64 `gorm:"column:price_in_per_1k"`
	PriceOutPer1K float64 `gorm:"column:price_out_per_1k"`
	UpdatedBy     *string
	UpdatedAt     time.Time
}

func (providerRow) TableName() string { return "provider_settings" }

func (s store) providerRows(ctx context.Context) ([]providerRow, error) {
	var rows []providerRow
	if err := s.with(ctx).Order("name").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("generation: provider settings: %w", err)
	}
	return rows, nil
}

func (s store) providerRow(ctx context.Context, name string) (providerRow, bool, error) {
	var row providerRow
	err := s.with(ctx).Where("name = ?", name).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return providerRow{}, false, nil
	}
	if err != nil {
		return providerRow{}, false, fmt.Errorf("generation: provider %s: %w", name, err)
	}
	return row, true, nil
}

func (s store) saveProviderRow(ctx context.Context, row providerRow) error {
	if err := s.with(ctx).Save(&row).Error; err != nil {
		return fmt.Errorf("generation: save provider %s: %w", row.Name, err)
	}
	return nil
}

func (s store) deleteProviderRow(ctx context.Context, name string) error {
	if err := s.with(ctx).Where("name = ?", name).Delete(&providerRow{}).Error; err != nil {
		return fmt.Errorf("generation: delete provider %s: %w", name, err)
	}
	return nil
}

// providerConfigs merges the environment's providers with the admin page's settings: a saved
// setting overrides the environment field by field, a disabled one removes the provider.
func providerConfigs(env []llm.Config, rows []providerRow, seal sealer) ([]llm.Config, error) {
	byName := map[string]llm.Config{}
	for _, c := range env {
		byName[c.Name] = c
	}
	for _, r := range rows {
		if !r.Enabled {
			delete(byName, r.Name)
			continue
		}
		c, ok := byName[r.Name]
		if !ok {
			c = llm.Config{Name: r.Name, Kind: llm.Kind(r.Name)}
		}
		if r.BaseURL != "" {
			c.BaseURL = r.BaseURL
		}
		if len(r.APIKeySealed) > 0 {
			key, err := seal.open(r.Name, r.APIKeySealed)
			if err != nil {
				return nil, err
			}
			c.APIKey = key
		}
		if r.Model != "" {
			c.Model = r.Model
		}
		if r.Temperature > 0 {
			c.Temperature = r.Temperature
		}
		if r.MaxTokens > 0 {
			c.MaxTokens = r.MaxTokens
		}
		if r.TimeoutMS > 0 {
			c.Timeout = time.Duration(r.TimeoutMS) * time.Millisecond
		}
		if r.PriceInPer1K > 0 || r.PriceOutPer1K > 0 {
			c.PriceInPer1K, c.PriceOutPer1K = r.PriceInPer1K, r.PriceOutPer1K
		}
		if c.Kind != llm.KindOllama && c.APIKey == "" {
			delete(byName, r.Name) // cannot work without a key
			continue
		}
		byName[r.Name] = c
	}
	var out []llm.Config
	for _, name := range ProviderNames() {
		if c, ok := byName[name]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// buildChain makes the provider chain from the merged configs, builtin last.
func buildChain(configs []llm.Config, extra []llm.Provider, opts llm.ChainOptions) (*llm.Chain, error) {
	providers := make([]llm.Provider, 0, len(configs)+len(extra))
	for _, c := range configs {
		p, err := llm.NewProvider(c)
		if err != nil {
			return nil, fmt.Errorf("generation: provider %s: %w", c.Name, err)
		}
		providers = append(providers, p)
	}
	return llm.NewChain(append(providers, extra...), NewBuiltinProvider(), opts)
}

// reloadChain rebuilds the chain from the environment and the saved settings.
func (s *Service) reloadChain(ctx context.Context) error {
	rows, err := s.store.providerRows(ctx)
	if err != nil {
		return err
	}
	configs, err := providerConfigs(s.env, rows, s.sealer)
	if err != nil {
		return err
	}
	chain, err := buildChain(configs, s.opts.Providers, s.opts.Chain)
	if err != nil {
		return err
	}
	s.chain.Store(chain)
	return nil
}

// Providers lists the external providers with their effective settings.
func (s *Service) Providers(ctx context.Context) ([]ProviderSetting, error) {
	rows, err := s.store.providerRows(ctx)
	if err != nil {
		return nil, err
	}
	configs, err := providerConfigs(s.env, rows, s.sealer)
	if err != nil {
		return nil, err
	}
	active := s.chain.Load().Configured()
	var out []ProviderSetting
	for _, name := range ProviderNames() {
		ps := ProviderSetting{Name: name, Active: slices.Contains(active, name)}
		for _, c := range s.env {
			if c.Name == name {
				ps.FromEnv = true
			}
		}
		for _, c := range configs {
			if c.Name == name {
				ps.BaseURL, ps.KeySet, ps.Model, ps.Temperature, ps.MaxTokens, ps.Timeout = c.BaseURL, c.APIKey != "", c.Model, c.Temperature, c.MaxTokens, c.Timeout
				ps.PriceInPer1K, ps.PriceOutPer1K = c.PriceInPer1K, c.PriceOutPer1K
			}
		}
		for _, r := range rows {
			if r.Name == name {
				ps.Saved, ps.Enabled, ps.UpdatedAt = true, r.Enabled, r.UpdatedAt
				ps.KeySet = ps.KeySet || len(r.APIKeySealed) > 0
				if !ps.Active {
					ps.BaseURL, ps.Model = r.BaseURL, r.Model
				}
			}
		}
		if !ps.Saved {
			ps.Enabled = ps.FromEnv
		}
		out = append(out, ps)
	}
	return out, nil
}

// SaveProvider validates and stores a provider's settings, then rebuilds the chain. Bad input
// changes nothing.
func (s *Service) SaveProvider(ctx context.Context, userID string, u ProviderUpdate) error {
	if !slices.Contains(ProviderNames(), u.Name) {
		return fmt.Errorf("generation: provider %q: %w", u.Name, apperr.ErrNotFound)
	}
	var v apperr.Validation
	if u.BaseURL != "" {
		if p, err := url.Parse(u.BaseURL); err != nil || (u.Name != llm.ProviderOllama && (p.Scheme != "http" && p.Scheme != "https" || p.Host == "")) {
			v.Add("base_url", "generation.providers.error.base_url")
		}
	}
	if u.Temperature < 0 || u.Temperature > 2 {
		v.Add("temperature", "generation.providers.error.temperature")
	}
	if u.MaxTokens < 0 || u.MaxTokens > 200000 {
		v.Add("max_tokens", "generation.providers.error.max_tokens")
	}
	if u.TimeoutSec < 0 || u.TimeoutSec > 600 {
		v.Add("timeout", "generation.providers.error.timeout")
	}
	if u.PriceInPer1K < 0 || u.PriceInPer1K > 1000 {
		v.Add("price_in", "generation.providers.error.price")
	}
	if u.PriceOutPer1K < 0 || u.PriceOutPer1K > 1000 {
		v.Add("price_out", "generation.providers.error.price")
	}
	if len(u.APIKey) > 500 || strings.ContainsAny(u.APIKey, " \n\t") {
		v.Add("api_key", "generation.providers.error.api_key")
	}
	if err := v.Err(); err != nil {
		return err
	}
	old, _, err := s.store.providerRow(ctx, u.Name)
	if err != nil {
		return err
	}
	row := providerRow{Name: u.Name, Enabled: u.Enabled, BaseURL: strings.TrimSpace(u.BaseURL), APIKeySealed: old.APIKeySealed,
		Model: strings.TrimSpace(u.Model), Temperature: u.Temperature, MaxTokens: u.MaxTokens, TimeoutMS: u.TimeoutSec * 1000,
		PriceInPer1K: u.PriceInPer1K, PriceOutPer1K: u.PriceOutPer1K, UpdatedAt: time.Now().UTC()}
	if userID != "" {
		row.UpdatedBy = &userID
	}
	switch {
	case u.ClearKey:
		row.APIKeySealed = nil
	case u.APIKey != "":
		if row.APIKeySealed, err = s.sealer.seal(u.Name, u.APIKey); err != nil {
			return err
		}
	}
	// Check the merged configuration builds before anything is stored.
	rows, err := s.store.providerRows(ctx)
	if err != nil {
		return err
	}
	rows = slices.DeleteFunc(rows, func(r providerRow) bool { return r.Name == u.Name })
	configs, err := providerConfigs(s.env, append(rows, row), s.sealer)
	if err != nil {
		return err
	}
	if _, err := buildChain(configs, s.opts.Providers, s.opts.Chain); err != nil {
		return apperr.Invalid("base_url", "generation.providers.error.invalid", "Reason", err.Error())
	}
	if err := s.store.saveProviderRow(ctx, row); err != nil {
		return err
	}
	return s.reloadChain(ctx)
}

// ResetProvider forgets the admin page's settings of a provider; the environment's apply again.
func (s *Service) ResetProvider(ctx context.Context, name string) error {
	if !slices.Contains(ProviderNames(), name) {
		return fmt.Errorf("generation: provider %q: %w", name, apperr.ErrNotFound)
	}
	if err := s.store.deleteProviderRow(ctx, name); err != nil {
		return err
	}
	return s.reloadChain(ctx)
}
