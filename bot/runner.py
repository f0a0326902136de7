"""Running the bot: settings → store → knowledge base → ``ParityBot``, each scoped with ``async with``.

``parity run`` and ``parity feedback`` (wired in ``bot/cli.py``) call into here. Expected
failures (no token, a rejected token, a broken knowledge base) print one clear line and
return an exit status; they never end in a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from pathlib import Path

import aiohttp
import discord
from pydantic import ValidationError

from knowledge.engine import KnowledgeBase
from knowledge.errors import KnowledgeFileError
from knowledge.store import Store

from .bot import ParityBot
from .logs import setup_logging
from .settings import Settings

log = logging.getLogger(__name__)

NO_TOKEN = "parity: no Discord token: set PARITY_DISCORD_TOKEN in the environment or in .env (see .env.example)"
BAD_TOKEN = "parity: Discord rejected the token in PARITY_DISCORD_TOKEN; copy it again from the developer portal"


def _settings() -> Settings | None:
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(f"PARITY_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors())
        print(f"parity: invalid settings: {problems}", file=sys.stderr)
        return None


async def _run(settings: Settings, *, sync: bool, shard_count: int | None, shard_ids: list[int] | None) -> None:
    assert settings.discord_token is not None
    async with (
        KnowledgeBase.open(settings.database) as kb,
        ParityBot(
            settings=settings, store=kb.store, kb=kb, sync_commands=sync, shard_count=shard_count, shard_ids=shard_ids
        ) as bot,
    ):
        log.info("knowledge base %s: %d facts; database %s", kb.version, len(kb.facts), settings.database)
        await bot.start(settings.discord_token.get_secret_value())


def main(*, sync: bool = False, shard_count: int | None = None, shard_ids: list[int] | None = None) -> int:
    """Run the bot until it is stopped; the process exit status."""
    settings = _settings()
    if settings is None:
        return 2
    if settings.discord_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if shard_ids is not None and shard_count is None:
        print("parity: --shard-ids needs --shard-count (the total number of shards)", file=sys.stderr)
        return 2
    if shard_ids is not None and shard_count is not None and any(not 0 <= i < shard_count for i in shard_ids):
        print(f"parity: --shard-ids must be between 0 and {shard_count - 1}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level)
    try:
        asyncio.run(_run(settings, sync=sync, shard_count=shard_count, shard_ids=shard_ids))
    except discord.LoginFailure:
        print(BAD_TOKEN, file=sys.stderr)
        return 2
    except discord.PrivilegedIntentsRequired:
        print(
            "parity: Discord refused the Message Content intent: enable it for the bot in the developer portal "
            "(Bot → Privileged Gateway Intents)",
            file=sys.stderr,
        )
        return 2
    except KnowledgeFileError as exc:
        print(f"parity: {exc}", file=sys.stderr)
        return 1
    except (aiohttp.ClientConnectionError, TimeoutError) as exc:
        print(
            f"parity: could not reach Discord ({type(exc).__name__}); check the network and try again", file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


# -- parity feedback ------------------------------------------------------------------------------


async def _list_feedback(database: str) -> list[str]:
    async with await Store.open(database) as store:
        entries = await store.list_feedback()
    lines = []
    for entry in entries:
        vote = "👍" if entry.vote > 0 else "👎"
        facts = ",".join(entry.fact_ids) or "-"
        where = f"guild {entry.guild_id}" if entry.guild_id is not None else "DM"
        lines.append(f"{entry.created_at}\t{vote}\t{facts}\t{where}\tuser {entry.user_id}\t{entry.question}")
    return lines


def list_feedback_cli(database: str | None) -> int:
    """Print stored 👍/👎 feedback, newest first; the database defaults to the configured one."""
    if database is None:
        settings = _settings()
        if settings is None:
            return 2
        database = settings.database
    if not Path(database).exists():
        print(f"parity: no database at {database} (the bot creates it on its first run)", file=sys.stderr)
        return 1
    with contextlib.suppress(BrokenPipeError):
        lines = asyncio.run(_list_feedback(database))
        if not lines:
            print(f"no feedback stored in {database}")
            return 0
        print("created_at\tvote\tfact ids\twhere\tuser\tquestion")
        for line in lines:
            print(line)
    return 0
