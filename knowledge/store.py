"""SQLite storage through aiosqlite: every SQL statement Parity runs lives here.

One connection, WAL mode, foreign keys on. Schema changes are numbered ``.sql`` files in
``migrations/``, applied in order, each in its own transaction together with its
``PRAGMA user_version``. Each public method is one unit of work that commits before it
returns. Named parameters only.

Full-text search is the one read on the hot path of every answer. It runs on a read-only copy of
the database in memory, taken through aiosqlite whenever the facts change, and queried in the
caller's thread: a search is a tenth of a millisecond of CPU work with no I/O, less than handing
it to aiosqlite's thread and back (and in the bot, waking that thread and then the event loop
costs several times the query itself).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from importlib import resources
from pathlib import Path
from types import TracebackType

import aiosqlite
from pydantic import BaseModel, ConfigDict

from .digest import Status, Subscription
from .models import Fact

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_SAFE_TERM = re.compile(r"^[a-z0-9]+$")
INSERT_BATCH = 1000  # facts written per call when the knowledge base is rebuilt
SEARCH_CACHE_SIZE = 4096  # full-text results kept, most recently used first


def migrations() -> list[tuple[int, str, str]]:
    """The bundled migrations as (number, name, sql), in order."""
    found = []
    for entry in resources.files("knowledge").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    return found


def _statements(script: str) -> list[str]:
    """Split a migration into statements (``executescript`` would commit on its own)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip() and not current.strip().startswith("--"):
        statements.append(current.strip())
    return statements


def fts_query(terms: Iterable[str], *, require_all: bool = False) -> str | None:
    """An FTS5 MATCH expression of quoted terms joined by OR (or AND).

    Only plain lower-case words and digits pass, so nothing a user types can become
    FTS syntax (quotes, ``NEAR(``, ``*``, ``AND``, column filters).
    """
    safe = [t for t in dict.fromkeys(terms) if _SAFE_TERM.match(t)]
    joiner = " AND " if require_all else " OR "
    return joiner.join(f'"{t}"' for t in safe) or None


class Store:
    """The database behind the knowledge base and the bot's own state."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        # The read-only copy that ``search`` queries; replaced whole whenever the facts change.
        self._index = sqlite3.connect(":memory:", check_same_thread=False)
        # Full-text results by query: the knowledge tables change only in ``replace_facts``, which
        # clears this, and the same searches repeat (autocomplete picks, popular questions).
        self._searches: OrderedDict[tuple[str, int], tuple[str, ...]] = OrderedDict()

    @classmethod
    async def open(cls, path: str | Path = ":memory:") -> Store:
        """Connect, configure and migrate."""
        connection = await aiosqlite.connect(str(path), isolation_level=None)
        try:
            await connection.execute("PRAGMA journal_mode = WAL")
            await connection.execute("PRAGMA foreign_keys = ON")
            await connection.execute("PRAGMA busy_timeout = 5000")
            store = cls(connection)
            await store.migrate()
            await store._copy_index()
        except BaseException:
            await connection.close()
            raise
        return store

    async def close(self) -> None:
        await self._db.close()
        self._index.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- migrations -------------------------------------------------------------------------------

    async def schema_version(self) -> int:
        rows = await self._db.execute_fetchall("PRAGMA user_version")
        return int(next(iter(rows))[0])

    async def migrate(self) -> int:
        """Apply every migration newer than the database; return the new version."""
        version = await self.schema_version()
        for number, name, script in migrations():
            if number <= version:
                continue
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(script):
                    await self._db.execute(statement)
                # PRAGMA takes no parameters; number is an int parsed from a bundled file name.
                await self._db.execute(f"PRAGMA user_version = {number:d}")
            except BaseException:
                await self._db.execute("ROLLBACK")
                log.exception("migration %s failed; rolled back", name)
                raise
            await self._db.execute("COMMIT")
            log.info("applied migration %s", name)
            version = number
        return version

    # -- knowledge --------------------------------------------------------------------------------

    async def get_kb_version(self) -> str | None:
        rows = list(await self._db.execute_fetchall("SELECT value FROM meta WHERE key = 'kb_version'"))
        return str(rows[0][0]) if rows else None

    async def replace_facts(self, facts: Sequence[Fact], version: str) -> None:
        """Swap in a new set of facts and its version, atomically."""
        self.forget_searches()
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            await self._db.execute("DELETE FROM facts")
            await self._db.execute("DELETE FROM facts_fts")
            # In batches, each serialised in a thread: a large knowledge base's rows, built or freed all at
            # once, would hold the GIL (and so the event loop) for one long stretch.
            for start in range(0, len(facts), INSERT_BATCH):
                batch = await asyncio.to_thread(self._fact_rows, facts[start : start + INSERT_BATCH])
                await self._db.executemany(
                    "INSERT INTO facts (id, metric, label, topic, statement, value, unit, period, edition,"
                    " chapter, source_url, body) VALUES (:id, :metric, :label, :topic, :statement, :value, :unit,"
                    " :period, :edition, :chapter, :source_url, :body)",
                    batch,
                )
                await self._db.executemany(
                    "INSERT INTO facts_fts (rowid, id, label, aliases, questions, metric, entities, statement)"
                    " VALUES ((SELECT rowid FROM facts WHERE id = :id), :id, :label, :aliases, :questions,"
                    " :metric_words, :entities, :statement)",
                    batch,
                )
            await self._db.execute(
                "INSERT INTO meta (key, value) VALUES ('kb_version', :version)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                {"version": version},
            )
        except BaseException:
            await self._db.execute("ROLLBACK")
            raise
        await self._db.execute("COMMIT")
        await self._copy_index()
        self.forget_searches()  # and anything cached from the old copy while the new one was taken

    async def _copy_index(self) -> None:
        """Take the in-memory copy that searches read (written in aiosqlite's thread, off the event
        loop), then swap it in."""
        index = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            await self._db.backup(index)
        except BaseException:
            index.close()
            raise
        index.execute("PRAGMA query_only = ON")
        old, self._index = self._index, index
        old.close()

    def forget_searches(self) -> None:
        """Drop cached full-text results (the next searches go to the index)."""
        self._searches.clear()

    @staticmethod
    def _fact_rows(facts: Sequence[Fact]) -> list[dict[str, object]]:
        return [
            {
                "id": f.id,
                "metric": f.metric,
                "label": f.label,
                "topic": f.topic,
                "statement": f.statement,
                "value": f.value,
                "unit": f.unit,
                "period": f.period,
                "edition": f.edition.value,
                "chapter": f.chapter,
                "source_url": f.source_url,
                "body": f.model_dump_json(),
                "aliases": " ; ".join(f.aliases),
                "questions": " ; ".join(f.questions),
                "metric_words": f.metric.replace(".", " ").replace("-", " "),
                "entities": " ".join(f.entities),
            }
            for f in facts
        ]

    async def list_facts(self) -> list[Fact]:
        rows = await self._db.execute_fetchall("SELECT body FROM facts ORDER BY id")
        return [Fact.model_validate_json(row[0]) for row in rows]

    def search(self, terms: Iterable[str], limit: int = 100, *, require_all: bool = False) -> list[str]:
        """Ids of the facts that best match the terms, by bm25 (label and aliases weigh most).

        Read from the in-memory copy, in the caller's thread (see the module's docstring).
        """
        query = fts_query(terms, require_all=require_all)
        if query is None:
            return []
        key = (query, limit)
        found = self._searches.get(key)
        if found is not None:
            self._searches.move_to_end(key)
            return list(found)
        # bm25 ranks only when there are more matches than wanted: otherwise all of them come back
        # and ranking them would be wasted (the matcher rescores every candidate anyway). Counting the
        # matches first costs a hundredth of a millisecond; ranking two hundred of them, a third of one.
        # A full-text row shares its fact's rowid: reading ids from ``facts`` by rowid is cheaper than
        # reading the index's stored text.
        params = {"query": query, "limit": limit}
        count = "SELECT count(*) FROM facts_fts WHERE facts_fts MATCH :query"
        (matches,) = self._index.execute(count, params).fetchone()
        if matches <= limit:
            sql = (
                "SELECT facts.id FROM facts_fts JOIN facts ON facts.rowid = facts_fts.rowid"
                " WHERE facts_fts MATCH :query ORDER BY facts_fts.rowid"
            )
        else:
            sql = (
                "SELECT facts.id FROM (SELECT rowid AS hit, bm25(facts_fts, 0.0, 6.0, 5.0, 3.0, 4.0, 2.0, 1.0) AS rank"
                " FROM facts_fts WHERE facts_fts MATCH :query ORDER BY rank LIMIT :limit) AS hits"
                " JOIN facts ON facts.rowid = hits.hit ORDER BY hits.rank"
            )
        rows = self._index.execute(sql, params)
        found = self._searches[key] = tuple(str(row[0]) for row in rows)
        if len(self._searches) > SEARCH_CACHE_SIZE:
            self._searches.popitem(last=False)
        return list(found)

    # -- bot state --------------------------------------------------------------------------------

    async def add_autoreply_channel(self, guild_id: int, channel_id: int) -> bool:
        """Opt a channel in to free-text answers; False when it already was."""
        cursor = await self._db.execute(
            "INSERT INTO autoreply_channels (guild_id, channel_id) VALUES (:guild_id, :channel_id)"
            " ON CONFLICT (guild_id, channel_id) DO NOTHING",
            {"guild_id": guild_id, "channel_id": channel_id},
        )
        return cursor.rowcount > 0

    async def delete_autoreply_channel(self, guild_id: int, channel_id: int) -> bool:
        """Opt a channel out again; False when it was not opted in."""
        cursor = await self._db.execute(
            "DELETE FROM autoreply_channels WHERE guild_id = :guild_id AND channel_id = :channel_id",
            {"guild_id": guild_id, "channel_id": channel_id},
        )
        return cursor.rowcount > 0

    async def list_autoreply_channels(self, guild_id: int | None = None) -> list[AutoreplyChannel]:
        """Opted-in channels, of one guild or of all."""
        rows = await self._db.execute_fetchall(
            "SELECT guild_id, channel_id FROM autoreply_channels"
            " WHERE :guild_id IS NULL OR guild_id = :guild_id ORDER BY guild_id, channel_id",
            {"guild_id": guild_id},
        )
        return [AutoreplyChannel(guild_id=int(row[0]), channel_id=int(row[1])) for row in rows]

    async def add_feedback(
        self,
        *,
        fact_ids: Sequence[str],
        question: str,
        vote: int,
        user_id: int,
        guild_id: int | None,
        created_at: datetime,
    ) -> None:
        """Record a 👍 (+1) or 👎 (-1); a second vote by the same person on the same answer replaces the first."""
        if vote not in (-1, 1):
            raise ValueError(f"vote must be -1 or 1, not {vote!r}")
        await self._db.execute(
            "INSERT INTO feedback (fact_id, question, vote, user_id, guild_id, created_at)"
            " VALUES (:fact_id, :question, :vote, :user_id, :guild_id, :created_at)"
            " ON CONFLICT (user_id, fact_id, question) DO UPDATE SET"
            " vote = excluded.vote, guild_id = excluded.guild_id, created_at = excluded.created_at",
            {
                "fact_id": ",".join(fact_ids),
                "question": question,
                "vote": vote,
                "user_id": user_id,
                "guild_id": guild_id,
                "created_at": created_at.isoformat(),
            },
        )

    async def list_feedback(self, limit: int | None = None) -> list[Feedback]:
        """Stored feedback, newest first."""
        rows = await self._db.execute_fetchall(
            "SELECT id, fact_id, question, vote, user_id, guild_id, created_at FROM feedback"
            " ORDER BY created_at DESC, id DESC LIMIT :limit",
            {"limit": -1 if limit is None else limit},
        )
        return [
            Feedback(
                id=int(row[0]),
                fact_ids=tuple(part for part in str(row[1]).split(",") if part),
                question=str(row[2]),
                vote=int(row[3]),
                user_id=int(row[4]),
                guild_id=None if row[5] is None else int(row[5]),
                created_at=str(row[6]),
            )
            for row in rows
        ]

    # -- digests ----------------------------------------------------------------------------------
    # Instants are stored as Unix seconds (UTC) so the due index compares integers.

    _SUBSCRIPTION_COLUMNS = (
        "guild_id, channel_id, local_time, timezone, subscribed_by, status, paused_reason, next_run_at,"
        " next_local_date, attempts, last_posted_at, last_local_date, last_message_id"
    )

    @staticmethod
    def _subscription(row: Sequence[object]) -> Subscription:
        def instant(value: object) -> datetime | None:
            return None if value is None else datetime.fromtimestamp(int(str(value)), UTC)

        next_run_at = instant(row[7])
        assert next_run_at is not None
        return Subscription(
            guild_id=int(str(row[0])),
            channel_id=int(str(row[1])),
            local_time=time.fromisoformat(str(row[2])),
            timezone=str(row[3]),
            subscribed_by=int(str(row[4])),
            status=Status(str(row[5])),
            paused_reason=None if row[6] is None else str(row[6]),
            next_run_at=next_run_at,
            next_local_date=date.fromisoformat(str(row[8])),
            attempts=int(str(row[9])),
            last_posted_at=instant(row[10]),
            last_local_date=None if row[11] is None else date.fromisoformat(str(row[11])),
            last_message_id=None if row[12] is None else int(str(row[12])),
        )

    async def put_digest_subscription(
        self,
        *,
        guild_id: int,
        channel_id: int,
        local_time: time,
        timezone: str,
        subscribed_by: int,
        next_run_at: datetime,
        next_local_date: date,
        now: datetime,
    ) -> Subscription:
        """Subscribe a server, or change its settings; a paused or dormant digest becomes active again."""
        params = {
            "guild_id": guild_id,
            "channel_id": channel_id,
            "local_time": local_time.strftime("%H:%M"),
            "timezone": timezone,
            "subscribed_by": subscribed_by,
            "next_run_at": _epoch(next_run_at),
            "next_local_date": next_local_date.isoformat(),
            "now": _epoch(now),
        }
        await self._db.execute(
            "INSERT INTO digest_subscriptions (guild_id, channel_id, local_time, timezone, subscribed_by, status,"
            " next_run_at, next_local_date, created_at) VALUES (:guild_id, :channel_id, :local_time, :timezone,"
            " :subscribed_by, 'active', :next_run_at, :next_local_date, :now)"
            " ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id,"
            " local_time = excluded.local_time, timezone = excluded.timezone, subscribed_by = excluded.subscribed_by,"
            " status = 'active', paused_reason = NULL, next_run_at = excluded.next_run_at,"
            " next_local_date = excluded.next_local_date, attempts = 0",
            params,
        )
        found = await self.get_digest_subscription(guild_id)
        assert found is not None
        return found

    async def get_digest_subscription(self, guild_id: int) -> Subscription | None:
        rows = list(
            await self._db.execute_fetchall(
                f"SELECT {self._SUBSCRIPTION_COLUMNS} FROM digest_subscriptions WHERE guild_id = :guild_id",
                {"guild_id": guild_id},
            )
        )
        return self._subscription(rows[0]) if rows else None

    async def list_digest_subscriptions(self) -> list[Subscription]:
        rows = await self._db.execute_fetchall(
            f"SELECT {self._SUBSCRIPTION_COLUMNS} FROM digest_subscriptions ORDER BY guild_id"
        )
        return [self._subscription(row) for row in rows]

    async def delete_digest_subscription(self, guild_id: int) -> bool:
        """Unsubscribe; the rotation is kept so a server that comes back does not see repeats."""
        cursor = await self._db.execute(
            "DELETE FROM digest_subscriptions WHERE guild_id = :guild_id", {"guild_id": guild_id}
        )
        return cursor.rowcount > 0

    async def list_due_digests(
        self, now: datetime, limit: int = 500, *, shard_count: int = 1, shard_ids: Sequence[int] = (0,)
    ) -> list[Subscription]:
        """Active subscriptions due at ``now`` in the given shards, oldest first (served by the partial due index)."""
        rows = await self._db.execute_fetchall(
            f"SELECT {self._SUBSCRIPTION_COLUMNS} FROM digest_subscriptions"
            " WHERE status = 'active' AND next_run_at <= :now"
            " AND (guild_id >> 22) % :shard_count IN (SELECT value FROM json_each(:shard_ids))"
            " ORDER BY next_run_at LIMIT :limit",
            {"now": _epoch(now), "limit": limit, "shard_count": shard_count, "shard_ids": json.dumps(list(shard_ids))},
        )
        return [self._subscription(row) for row in rows]

    async def get_next_digest_run(self, *, shard_count: int = 1, shard_ids: Sequence[int] = (0,)) -> datetime | None:
        """The earliest instant an active digest in the given shards is due.

        Other processes' servers are left out: waking for them would find nothing to post and
        wake again at once.
        """
        rows = list(
            await self._db.execute_fetchall(
                "SELECT next_run_at FROM digest_subscriptions"
                " WHERE status = 'active'"
                " AND (guild_id >> 22) % :shard_count IN (SELECT value FROM json_each(:shard_ids))"
                " ORDER BY next_run_at LIMIT 1",
                {"shard_count": shard_count, "shard_ids": json.dumps(list(shard_ids))},
            )
        )
        value = rows[0][0] if rows else None
        return None if value is None else datetime.fromtimestamp(int(value), UTC)

    async def claim_digests(self, moves: Sequence[DigestMove]) -> set[int]:
        """Move each schedule on and claim (server, local date) for the ones that post now, atomically.

        A move applies only if the schedule is still where it was read (a concurrent
        ``/digest subscribe`` wins). Returns the servers whose claim is new: those, and only
        those, may send; a date claimed before (by an earlier run or process) is never sent twice.
        """
        if not moves:
            return set()
        rows = json.dumps(
            [
                {
                    "guild_id": m.guild_id,
                    "seen_run_at": _epoch(m.seen_run_at),
                    "next_run_at": _epoch(m.next_run_at),
                    "next_local_date": m.next_local_date.isoformat(),
                    "post_date": None if m.post_date is None else m.post_date.isoformat(),
                }
                for m in moves
            ]
        )
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            moved = await self._db.execute_fetchall(
                "UPDATE digest_subscriptions AS s SET next_run_at = j.next_run_at,"
                " next_local_date = j.next_local_date,"
                # A retry of the same date keeps its count of failed sends; a new date starts again.
                " attempts = CASE WHEN s.next_local_date = j.post_date THEN s.attempts ELSE 0 END"
                " FROM (SELECT value ->> 'guild_id' AS guild_id, value ->> 'seen_run_at' AS seen_run_at,"
                " value ->> 'next_run_at' AS next_run_at, value ->> 'next_local_date' AS next_local_date,"
                " value ->> 'post_date' AS post_date FROM json_each(:rows)) AS j"
                " WHERE s.guild_id = j.guild_id AND s.next_run_at = j.seen_run_at AND s.status = 'active'"
                " RETURNING guild_id",
                {"rows": rows},
            )
            moved_ids = {int(row[0]) for row in moved}
            movable = json.dumps(
                [
                    {"guild_id": m.guild_id, "post_date": m.post_date.isoformat()}
                    for m in moves
                    if m.post_date is not None and m.guild_id in moved_ids
                ]
            )
            claimed = await self._db.execute_fetchall(
                "INSERT INTO digest_posts (guild_id, local_date, state)"
                " SELECT value ->> 'guild_id', value ->> 'post_date', 'claimed' FROM json_each(:rows) WHERE true"
                " ON CONFLICT (guild_id, local_date) DO NOTHING RETURNING guild_id",
                {"rows": movable},
            )
        except BaseException:
            await self._db.execute("ROLLBACK")
            raise
        await self._db.execute("COMMIT")
        return {int(row[0]) for row in claimed}

    async def record_digests_sent(self, sent: Sequence[DigestSent]) -> None:
        """Mark claimed digests as sent and add their facts to each server's rotation."""
        if not sent:
            return
        rows = json.dumps(
            [
                {
                    "guild_id": s.guild_id,
                    "local_date": s.local_date.isoformat(),
                    "message_id": s.message_id,
                    "fact_ids": ",".join(s.fact_ids),
                    "posted_at": _epoch(s.posted_at),
                    "restart": s.restart_rotation,
                }
                for s in sent
            ]
        )
        shown = [{"guild_id": s.guild_id, "fact_id": f} for s in sent for f in s.fact_ids]
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            await self._db.execute(
                "DELETE FROM digest_shown WHERE guild_id IN"
                " (SELECT value ->> 'guild_id' FROM json_each(:rows) WHERE value ->> 'restart')",
                {"rows": rows},
            )
            await self._db.execute(
                "UPDATE digest_posts AS p SET state = 'sent', message_id = j.message_id, fact_ids = j.fact_ids,"
                " posted_at = j.posted_at FROM (SELECT value ->> 'guild_id' AS guild_id,"
                " value ->> 'local_date' AS local_date, value ->> 'message_id' AS message_id,"
                " value ->> 'fact_ids' AS fact_ids, value ->> 'posted_at' AS posted_at FROM json_each(:rows)) AS j"
                " WHERE p.guild_id = j.guild_id AND p.local_date = j.local_date",
                {"rows": rows},
            )
            await self._db.execute(
                "UPDATE digest_subscriptions AS s SET last_posted_at = j.posted_at, last_local_date = j.local_date,"
                " last_message_id = j.message_id, attempts = 0 FROM (SELECT value ->> 'guild_id' AS guild_id,"
                " value ->> 'local_date' AS local_date, value ->> 'message_id' AS message_id,"
                " value ->> 'posted_at' AS posted_at FROM json_each(:rows)) AS j WHERE s.guild_id = j.guild_id",
                {"rows": rows},
            )
            await self._db.execute(
                "INSERT INTO digest_shown (guild_id, fact_id) SELECT value ->> 'guild_id', value ->> 'fact_id'"
                " FROM json_each(:shown) WHERE true ON CONFLICT DO NOTHING",
                {"shown": json.dumps(shown)},
            )
        except BaseException:
            await self._db.execute("ROLLBACK")
            raise
        await self._db.execute("COMMIT")

    async def release_digest(self, guild_id: int, local_date: date, *, retry_at: datetime, attempts: int) -> None:
        """A send failed for a passing reason: drop the claim and try that date again at ``retry_at``."""
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            await self._db.execute(
                "DELETE FROM digest_posts WHERE guild_id = :guild_id AND local_date = :local_date"
                " AND state = 'claimed'",
                {"guild_id": guild_id, "local_date": local_date.isoformat()},
            )
            await self._db.execute(
                "UPDATE digest_subscriptions SET next_run_at = :retry_at, next_local_date = :local_date,"
                " attempts = :attempts WHERE guild_id = :guild_id AND status = 'active'",
                {
                    "guild_id": guild_id,
                    "local_date": local_date.isoformat(),
                    "retry_at": _epoch(retry_at),
                    "attempts": attempts,
                },
            )
        except BaseException:
            await self._db.execute("ROLLBACK")
            raise
        await self._db.execute("COMMIT")

    async def set_digest_status(
        self, guild_id: int, status: Status, reason: str | None = None, *, unclaim: date | None = None
    ) -> bool:
        """Pause (with the reason shown by ``/digest status``), make dormant, or reactivate; settings are kept.

        ``unclaim`` drops an unsent claim for that date, so resuming the same day can still post it.
        """
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            if unclaim is not None:
                await self._db.execute(
                    "DELETE FROM digest_posts WHERE guild_id = :guild_id AND local_date = :local_date"
                    " AND state = 'claimed'",
                    {"guild_id": guild_id, "local_date": unclaim.isoformat()},
                )
            cursor = await self._db.execute(
                "UPDATE digest_subscriptions SET status = :status, paused_reason = :reason, attempts = 0"
                " WHERE guild_id = :guild_id",
                {"guild_id": guild_id, "status": status.value, "reason": reason},
            )
        except BaseException:
            await self._db.execute("ROLLBACK")
            raise
        await self._db.execute("COMMIT")
        return cursor.rowcount > 0

    async def resume_digest(self, guild_id: int, *, next_run_at: datetime, next_local_date: date) -> bool:
        """Reactivate a dormant digest (Parity was added back) from its next scheduled run."""
        cursor = await self._db.execute(
            "UPDATE digest_subscriptions SET status = 'active', paused_reason = NULL, attempts = 0,"
            " next_run_at = :next_run_at, next_local_date = :next_local_date"
            " WHERE guild_id = :guild_id AND status = 'dormant'",
            {"guild_id": guild_id, "next_run_at": _epoch(next_run_at), "next_local_date": next_local_date.isoformat()},
        )
        return cursor.rowcount > 0

    async def list_digest_shown(self, guild_ids: Sequence[int]) -> dict[int, set[str]]:
        """Each server's rotation so far: the facts its digests have shown."""
        rows = await self._db.execute_fetchall(
            "SELECT guild_id, fact_id FROM digest_shown WHERE guild_id IN (SELECT value FROM json_each(:ids))",
            {"ids": json.dumps(list(guild_ids))},
        )
        shown: dict[int, set[str]] = {guild_id: set() for guild_id in guild_ids}
        for row in rows:
            shown.setdefault(int(row[0]), set()).add(str(row[1]))
        return shown

    async def list_digest_posts(self, guild_id: int) -> list[DigestPost]:
        """A server's digests, oldest first."""
        rows = await self._db.execute_fetchall(
            "SELECT guild_id, local_date, state, message_id, fact_ids, posted_at FROM digest_posts"
            " WHERE guild_id = :guild_id ORDER BY local_date",
            {"guild_id": guild_id},
        )
        return [
            DigestPost(
                guild_id=int(row[0]),
                local_date=date.fromisoformat(str(row[1])),
                state=str(row[2]),
                message_id=None if row[3] is None else int(row[3]),
                fact_ids=tuple(part for part in str(row[4]).split(",") if part),
                posted_at=None if row[5] is None else datetime.fromtimestamp(int(row[5]), UTC),
            )
            for row in rows
        ]


class AutoreplyChannel(BaseModel):
    """A channel where Parity answers free-text questions without being mentioned."""

    model_config = ConfigDict(frozen=True)

    guild_id: int
    channel_id: int


class Feedback(BaseModel):
    """One 👍/👎 on an answer: the facts it showed and the question, nothing else a user wrote."""

    model_config = ConfigDict(frozen=True)

    id: int
    fact_ids: tuple[str, ...]
    question: str
    vote: int
    user_id: int
    guild_id: int | None
    created_at: str


def _epoch(instant: datetime) -> int:
    if instant.tzinfo is None:
        raise ValueError("digest instants must be timezone-aware")
    return int(instant.timestamp())


class DigestMove(BaseModel):
    """Where one due schedule moves to, and the local date it posts for now (if any)."""

    model_config = ConfigDict(frozen=True)

    guild_id: int
    seen_run_at: datetime
    next_run_at: datetime
    next_local_date: date
    post_date: date | None


class DigestSent(BaseModel):
    """A digest that reached its channel."""

    model_config = ConfigDict(frozen=True)

    guild_id: int
    local_date: date
    message_id: int
    fact_ids: tuple[str, ...]
    posted_at: datetime
    restart_rotation: bool = False


class DigestPost(BaseModel):
    """One (server, local date) record: claimed before sending, sent once it was."""

    model_config = ConfigDict(frozen=True)

    guild_id: int
    local_date: date
    state: str
    message_id: int | None
    fact_ids: tuple[str, ...]
    posted_at: datetime | None
