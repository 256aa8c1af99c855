-- +goose Up
-- Generation: brand voices, the content library with its feedback, every provider attempt,
-- the platform's provider settings and the outbox of events that analytics and webhooks read.

CREATE TABLE brand_voices (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    workspace_id   uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    name           text NOT NULL CHECK (name <> ''),
    description    text NOT NULL DEFAULT '',
    tone_words     jsonb NOT NULL DEFAULT '[]',
    words_to_use   jsonb NOT NULL DEFAULT '[]',
    words_to_avoid jsonb NOT NULL DEFAULT '[]',
    sample_copy    text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX brand_voices_workspace ON brand_voices (workspace_id, name);

-- The routing choice of a workspace: a provider name that overrides the default route.
CREATE TABLE workspace_generation_settings (
    workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    provider     text NOT NULL DEFAULT '',
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contents (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    workspace_id     uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    -- the brief
    prompt           text NOT NULL CHECK (prompt <> ''),
    content_type     text NOT NULL,
    channel          text NOT NULL DEFAULT '',
    target_country   text NOT NULL CHECK (target_country ~ '^[A-Z]{2}$'),
    target_industry  text NOT NULL DEFAULT '',
    tone             text NOT NULL DEFAULT '',
    length           integer NOT NULL DEFAULT 0,
    product          text NOT NULL DEFAULT '',
    audience         text NOT NULL DEFAULT '',
    benefit          text NOT NULL DEFAULT '',
    offer            text NOT NULL DEFAULT '',
    cta              text NOT NULL DEFAULT '',
    campaign_date    date,
    brand_voice_id   uuid REFERENCES brand_voices (id) ON DELETE SET NULL,
    -- the result
    language         text NOT NULL CHECK (language IN ('es', 'pt')),
    language_variant text NOT NULL,
    final_text       text NOT NULL,
    variants         jsonb NOT NULL DEFAULT '[]',
    provider         text NOT NULL,
    model            text NOT NULL DEFAULT '',
    latency_ms       integer NOT NULL DEFAULT 0,
    tokens_in        integer NOT NULL DEFAULT 0,
    tokens_out       integer NOT NULL DEFAULT 0,
    cost_usd         numeric(12, 6) NOT NULL DEFAULT 0,
    attempt_count    integer NOT NULL DEFAULT 0,
    score            integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    score_breakdown  jsonb NOT NULL DEFAULT '{}',
    findings         jsonb NOT NULL DEFAULT '[]',
    adaptations      jsonb NOT NULL DEFAULT '[]',
    status           text NOT NULL DEFAULT 'generated' CHECK (status IN ('generated', 'edited')),
    rating           smallint CHECK (rating BETWEEN 1 AND 5), -- the latest rating, for filters
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    search           tsvector GENERATED ALWAYS AS (
        to_tsvector(CASE WHEN language = 'pt' THEN 'portuguese'::regconfig ELSE 'spanish'::regconfig END,
                    prompt || ' ' || product || ' ' || final_text)
    ) STORED
);
CREATE INDEX contents_workspace_created ON contents (workspace_id, created_at DESC);
CREATE INDEX contents_search ON contents USING gin (search);

-- One row per call to a provider, kept when the content is deleted (analytics counts them).
CREATE TABLE generation_attempts (
    id           bigserial PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    content_id   uuid REFERENCES contents (id) ON DELETE SET NULL,
    generation   uuid NOT NULL, -- groups the attempts of one request
    variant      integer NOT NULL DEFAULT 0,
    provider     text NOT NULL,
    model        text NOT NULL DEFAULT '',
    latency_ms   integer NOT NULL DEFAULT 0,
    tokens_in    integer NOT NULL DEFAULT 0,
    tokens_out   integer NOT NULL DEFAULT 0,
    cost_usd     numeric(12, 6) NOT NULL DEFAULT 0,
    status       integer NOT NULL DEFAULT 0,
    error        text NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX generation_attempts_workspace ON generation_attempts (workspace_id, created_at);
CREATE INDEX generation_attempts_content ON generation_attempts (content_id);

CREATE TABLE content_feedback (
    id           bigserial PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    content_id   uuid NOT NULL REFERENCES contents (id) ON DELETE CASCADE,
    user_id      uuid REFERENCES users (id) ON DELETE SET NULL,
    rating       smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      text NOT NULL DEFAULT '',
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_feedback_content ON content_feedback (content_id, created_at);

-- Platform-wide provider settings from the admin page; they override the environment.
-- api_key_sealed is AES-GCM under a key derived from the app secret (nonce first).
CREATE TABLE provider_settings (
    name             text PRIMARY KEY CHECK (name IN ('openai', 'anthropic', 'ollama')),
    enabled          boolean NOT NULL DEFAULT true,
    base_url         text NOT NULL DEFAULT '',
    api_key_sealed   bytea,
    model            text NOT NULL DEFAULT '',
    temperature      double precision NOT NULL DEFAULT 0 CHECK (temperature BETWEEN 0 AND 2),
    max_tokens       integer NOT NULL DEFAULT 0 CHECK (max_tokens >= 0),
    timeout_ms       integer NOT NULL DEFAULT 0 CHECK (timeout_ms >= 0),
    price_in_per_1k  double precision NOT NULL DEFAULT 0 CHECK (price_in_per_1k >= 0),
    price_out_per_1k double precision NOT NULL DEFAULT 0 CHECK (price_out_per_1k >= 0),
    updated_by       uuid REFERENCES users (id) ON DELETE SET NULL,
    updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Outbox: facts written in the same transaction as the change; readers mark what they delivered.
CREATE TABLE outbox_events (
    id           bigserial PRIMARY KEY,
    workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    kind         text NOT NULL,
    subject_id   text NOT NULL DEFAULT '',
    payload      jsonb NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_events_created ON outbox_events (id) INCLUDE (kind);

-- +goose Down
DROP TABLE outbox_events;
DROP TABLE provider_settings;
DROP TABLE content_feedback;
DROP TABLE generation_attempts;
DROP TABLE contents;
DROP TABLE workspace_generation_settings;
DROP TABLE brand_voices;
