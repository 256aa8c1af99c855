package app

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/frontierhq/frontier/app/admit"
	"github.com/frontierhq/frontier/app/pgserver"
	"github.com/frontierhq/frontier/app/session"
	"github.com/frontierhq/frontier/config"
	"github.com/frontierhq/frontier/locales"
	"github.com/frontierhq/frontier/migrations"
	"github.com/frontierhq/frontier/modules/auth"
	"github.com/frontierhq/frontier/modules/culture"
	"github.com/frontierhq/frontier/modules/generation"
	"github.com/frontierhq/frontier/web"
)

// App holds Frontier's long-lived dependencies. New builds it; Close releases it.
type App struct {
	cfg      config.Config
	log      *slog.Logger
	stdout   io.Writer
	pg       *pgserver.Server // nil with an external DATABASE_URL
	db       *gorm.DB
	sqlDB    *sql.DB
	secret   []byte
	catalog  *locales.Catalog
	assets   *web.Assets
	sessions *session.Manager
	auth     *auth.Service
	culture  *culture.Service
	// generation writes copy with the culture module's profiles, lexicon and calendar.
	generation *generation.Service
	// gate lets as many requests work at once as there are database connections, the others
	// queued in arrival order (see package admit).
	gate *admit.Gate
}

// New connects to (or starts) Postgres, applies migrations and loads messages and assets.
func New(ctx context.Context, cfg config.Config, log *slog.Logger, stdout io.Writer) (a *App, err error) {
	a = &App{cfg: cfg, log: log, stdout: stdout}
	defer func() {
		if err != nil {
			a.Close()
		}
	}()
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("data dir %s: %w", cfg.DataDir, err)
	}
	if a.secret, err = loadSecret(cfg); err != nil {
		return nil, err
	}
	if a.catalog, err = locales.Load(); err != nil {
		return nil, err
	}
	if a.assets, err = web.NewAssets(); err != nil {
		return nil, err
	}
	dsn := cfg.DatabaseURL
	if dsn == "" {
		a.pg, err = pgserver.Start(ctx, pgserver.Options{DataDir: cfg.DataDir, Logger: log})
		if err != nil {
			return nil, fmt.Errorf("postgres: %w", err)
		}
		dsn = a.pg.URL("frontier")
	}
	a.gate = admit.New(poolSize(), admitMaxWait)
	if a.db, a.sqlDB, err = openDB(ctx, dsn); err != nil {
		return nil, err
	}
	if err := migrations.Up(ctx, a.sqlDB); err != nil {
		return nil, err
	}
	if err := a.buildModules(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

// buildModules constructs the modules' services on the open database.
func (a *App) buildModules(ctx context.Context) error {
	var err error
	a.sessions = session.New(a.sqlDB, a.cfg.TrustProxy)
	if a.auth, err = auth.NewService(ctx, a.db, a.log); err != nil {
		return err
	}
	if a.culture, err = culture.NewService(ctx, a.db, a.log); err != nil {
		return err
	}
	a.generation, err = generation.NewService(ctx, a.db, &generationCulture{svc: a.culture}, a.log,
		generation.Options{Getenv: a.cfg.Getenv, Secret: a.secret})
	if err != nil {
		return err
	}
	generated, err := a.auth.Bootstrap(ctx, a.cfg.AdminEmail, a.cfg.AdminPassword)
	if err != nil {
		return fmt.Errorf("creating the platform admin: %w", err)
	}
	if generated != "" {
		fmt.Fprintf(a.stdout, "\nFirst start: the platform admin is %s with password %s\nIt is shown only this once; change it under \"My account\".\n\n", a.cfg.AdminEmail, generated)
	} else if a.cfg.AdminPassword != "" {
		a.log.Debug("platform admin present", "email", a.cfg.AdminEmail)
	}
	return nil
}

// Close closes the database and stops Frontier's own Postgres, if it runs one.
func (a *App) Close() {
	if a.sessions != nil {
		a.sessions.Close()
	}
	if a.sqlDB != nil {
		a.sqlDB.Close()
	}
	if a.pg != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := a.pg.Stop(ctx); err != nil {
			a.log.Error("stopping postgres", "err", err)
		}
	}
}

// poolSize is the number of database connections, and of requests admitted at once: a few per
// core. More Postgres backends than that only add context switches and lengthen the tail under
// load.
func poolSize() int { return max(8, 4*runtime.GOMAXPROCS(0)) }

// admitMaxWait is how long a request queues for a slot before it is answered 503.
const admitMaxWait = 10 * time.Second

func openDB(ctx context.Context, dsn string) (*gorm.DB, *sql.DB, error) {
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{
		Logger:         logger.Discard,
		TranslateError: true,
		NowFunc:        func() time.Time { return time.Now().UTC() },
	})
	if err != nil {
		return nil, nil, fmt.Errorf("database: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, nil, fmt.Errorf("database: %w", err)
	}
	pool := poolSize()
	sqlDB.SetMaxOpenConns(pool)
	sqlDB.SetMaxIdleConns(pool)
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := sqlDB.PingContext(pingCtx); err != nil {
		sqlDB.Close()
		return nil, nil, fmt.Errorf("database: %w", err)
	}
	return db, sqlDB, nil
}
