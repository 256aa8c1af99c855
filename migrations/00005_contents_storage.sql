-- +goose Up
-- Keep a content's row in one piece up to a full page: most rows are 2 to 8 kB of JSON (the
-- variants with their findings and changes), and compressing and moving them out of line
-- on every insert cost more than the space it saved.
ALTER TABLE contents SET (toast_tuple_target = 8160);

-- +goose Down
ALTER TABLE contents RESET (toast_tuple_target);
