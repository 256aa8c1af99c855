-- +goose Up
-- Cultural profiles: one row per market with the profile as JSON, and every version of it.
-- Rows start from the embedded seed; edited_by_admin marks rows a seed change must not touch.
CREATE TABLE culture_profiles (
    country         text PRIMARY KEY CHECK (country ~ '^[A-Z]{2}$'),
    data            jsonb NOT NULL,
    version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
    edited_by_admin boolean NOT NULL DEFAULT false,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      uuid REFERENCES users (id) ON DELETE SET NULL
);

CREATE TABLE culture_profile_versions (
    country        text NOT NULL REFERENCES culture_profiles (country) ON DELETE CASCADE,
    version        integer NOT NULL,
    data           jsonb NOT NULL,
    -- NULL: written by the seed on start.
    changed_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    changed_at     timestamptz NOT NULL DEFAULT now(),
    changed_fields jsonb NOT NULL DEFAULT '[]',
    -- set when the version restores an older one.
    reverted_from  integer,
    PRIMARY KEY (country, version)
);

-- Regional lexicon concepts (a concept and its words per locale), versioned like profiles.
CREATE TABLE lexicon_concepts (
    key             text PRIMARY KEY CHECK (key ~ '^[a-z0-9_]+$'),
    data            jsonb NOT NULL,
    domain          text GENERATED ALWAYS AS (data ->> 'domain') STORED,
    version         integer NOT NULL DEFAULT 1 CHECK (version > 0),
    edited_by_admin boolean NOT NULL DEFAULT false,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX lexicon_concepts_domain ON lexicon_concepts (domain);

CREATE TABLE lexicon_concept_versions (
    key            text NOT NULL REFERENCES lexicon_concepts (key) ON DELETE CASCADE,
    version        integer NOT NULL,
    data           jsonb NOT NULL,
    changed_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    changed_at     timestamptz NOT NULL DEFAULT now(),
    changed_fields jsonb NOT NULL DEFAULT '[]',
    reverted_from  integer,
    PRIMARY KEY (key, version)
);

-- +goose Down
DROP TABLE lexicon_concept_versions;
DROP TABLE lexicon_concepts;
DROP TABLE culture_profile_versions;
DROP TABLE culture_profiles;
