-- The bot's own state: which channels answer free text, and 👍/👎 feedback on answers.
-- Feedback keeps the fact ids and the question only: no other message content.
CREATE TABLE autoreply_channels (
    guild_id   INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
) WITHOUT ROWID;

CREATE TABLE feedback (
    id         INTEGER PRIMARY KEY,
    fact_id    TEXT NOT NULL DEFAULT '',  -- comma-separated for a comparison; '' when nothing was answered
    question   TEXT NOT NULL,
    vote       INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    user_id    INTEGER NOT NULL,
    guild_id   INTEGER,                   -- NULL in direct messages
    created_at TEXT NOT NULL,             -- ISO 8601, UTC
    UNIQUE (user_id, fact_id, question)   -- one vote per person per answer; voting again changes it
);

CREATE INDEX feedback_created ON feedback (created_at);
