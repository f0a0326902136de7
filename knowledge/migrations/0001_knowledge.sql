-- The knowledge base: facts rebuilt from the files whenever their content hash changes.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE facts (
    id         TEXT PRIMARY KEY,
    metric     TEXT NOT NULL,
    label      TEXT NOT NULL,
    topic      TEXT NOT NULL,
    statement  TEXT NOT NULL,
    value      REAL NOT NULL,
    unit       TEXT NOT NULL,
    period     TEXT NOT NULL,
    edition    TEXT NOT NULL,
    chapter    TEXT NOT NULL,
    source_url TEXT NOT NULL,
    body       TEXT NOT NULL  -- the whole fact as JSON, so a row becomes a model without loss
);

CREATE INDEX facts_metric ON facts (metric);

CREATE VIRTUAL TABLE facts_fts USING fts5 (
    id UNINDEXED,
    label,
    aliases,
    questions,
    metric,
    entities,
    statement,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
