-- +goose Up
-- Frontier's schema starts here; each module adds its own tables in later migrations.
CREATE SCHEMA IF NOT EXISTS public;

-- +goose Down
SELECT 1;
