-- Daily digests: one subscription per server, one row per (server, local date) posted, and the
-- rotation of facts each server has seen. Instants are Unix seconds (UTC); local dates ISO text.
CREATE TABLE digest_subscriptions (
    guild_id        INTEGER PRIMARY KEY,
    channel_id      INTEGER NOT NULL,
    local_time      TEXT NOT NULL,              -- HH:MM in the server's zone
    timezone        TEXT NOT NULL,              -- IANA name
    subscribed_by   INTEGER NOT NULL,           -- told when the digest has to pause
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'dormant')),
    paused_reason   TEXT,
    next_run_at     INTEGER NOT NULL,
    next_local_date TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0, -- failed sends in a row for next_local_date
    last_posted_at  INTEGER,
    last_local_date TEXT,
    last_message_id INTEGER,
    created_at      INTEGER NOT NULL
);

-- The scheduler asks only for active subscriptions that are due: a tick costs what is due.
CREATE INDEX digest_subscriptions_due ON digest_subscriptions (next_run_at) WHERE status = 'active';

-- At most one digest per server per local day, across restarts: a row is claimed before sending.
CREATE TABLE digest_posts (
    guild_id   INTEGER NOT NULL,
    local_date TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('claimed', 'sent')),
    message_id INTEGER,
    fact_ids   TEXT NOT NULL DEFAULT '',
    posted_at  INTEGER,
    PRIMARY KEY (guild_id, local_date)
) WITHOUT ROWID;

-- Facts each server has been shown in its current rotation; cleared when it has seen them all.
-- Kept after /digest unsubscribe so a server that comes back does not see repeats.
CREATE TABLE digest_shown (
    guild_id INTEGER NOT NULL,
    fact_id  TEXT NOT NULL,
    PRIMARY KEY (guild_id, fact_id)
) WITHOUT ROWID;
