"""SQLite storage through aiosqlite: every SQL statement Parity runs lives here.

One connection, WAL mode, foreign keys on. Schema changes are numbered ``.sql`` files in
``migrations/``, applied in order, each in its own transaction together with its
``PRAGMA user_version``. Each public method is one unit of work that commits before it
returns. Named parameters only.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from importlib import resources
from pathlib import Path
from types import TracebackType

import aiosqlite
from pydantic import BaseModel, ConfigDict

from .models import Fact

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_SAFE_TERM = re.compile(r"^[a-z0-9]+$")


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
        except BaseException:
            await connection.close()
            raise
        return store

    async def close(self) -> None:
        await self._db.close()

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
        # Serialising tens of thousands of facts takes a while: keep it off the event loop.
        rows = await asyncio.to_thread(self._fact_rows, facts)
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            await self._db.execute("DELETE FROM facts")
            await self._db.execute("DELETE FROM facts_fts")
            await self._db.executemany(
                "INSERT INTO facts (id, metric, label, topic, statement, value, unit, period, edition, chapter,"
                " source_url, body) VALUES (:id, :metric, :label, :topic, :statement, :value, :unit, :period,"
                " :edition, :chapter, :source_url, :body)",
                rows,
            )
            await self._db.executemany(
                "INSERT INTO facts_fts (id, label, aliases, questions, metric, entities, statement)"
                " VALUES (:id, :label, :aliases, :questions, :metric_words, :entities, :statement)",
                rows,
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

    async def search(self, terms: Iterable[str], limit: int = 100, *, require_all: bool = False) -> list[str]:
        """Ids of the facts that best match the terms, by bm25 (label and aliases weigh most)."""
        query = fts_query(terms, require_all=require_all)
        if query is None:
            return []
        rows = await self._db.execute_fetchall(
            "SELECT id FROM facts_fts WHERE facts_fts MATCH :query"
            " ORDER BY bm25(facts_fts, 0.0, 6.0, 5.0, 3.0, 4.0, 2.0, 1.0) LIMIT :limit",
            {"query": query, "limit": limit},
        )
        return [str(row[0]) for row in rows]

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
