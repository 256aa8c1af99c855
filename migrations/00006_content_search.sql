-- +goose Up
-- The library's full-text vectors move out of the contents row: computing one (stemming the
-- prompt and the copy) and inserting it into the GIN index was a quarter of the database's work
-- per generation. A generation now only queues its content; the vectors are computed in
-- batches, in the background and before every search, so a search always sees every content.
CREATE TABLE content_search (
    content_id uuid PRIMARY KEY REFERENCES contents (id) ON DELETE CASCADE,
    language   text NOT NULL,
    search     tsvector NOT NULL
);
CREATE INDEX content_search_vector ON content_search USING gin (search);

-- Contents written or edited since their vector was last computed. No foreign key: the indexer
-- drops the entries of deleted contents.
CREATE TABLE content_search_queue (
    content_id uuid PRIMARY KEY
);

INSERT INTO content_search (content_id, language, search)
SELECT id, language, search FROM contents;
DROP INDEX contents_search;
ALTER TABLE contents DROP COLUMN search;

-- +goose Down
ALTER TABLE contents ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector(CASE WHEN language = 'pt' THEN 'portuguese'::regconfig ELSE 'spanish'::regconfig END,
                prompt || ' ' || product || ' ' || final_text)
) STORED;
CREATE INDEX contents_search ON contents USING gin (search);
DROP TABLE content_search_queue;
DROP TABLE content_search;
