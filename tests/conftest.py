"""Shared fixtures: the real Parity bot for SimCord, on a temporary database and the bundled knowledge."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from bot.bot import ParityBot
from bot.settings import Settings
from knowledge.engine import KnowledgeBase

BotFactory = Callable[[], Awaitable[ParityBot]]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # _env_file=None: a developer's own .env must not leak into the tests.
    return Settings(_env_file=None, database=str(tmp_path / "parity.db"), discord_token=None)  # type: ignore[call-arg]


@pytest.fixture
async def make_bot(settings: Settings) -> AsyncIterator[BotFactory]:
    """Build real bots on the test's database: several share it, as a restart does. All are closed at the end."""
    async with contextlib.AsyncExitStack() as stack:

        async def build() -> ParityBot:
            kb = await stack.enter_async_context(KnowledgeBase.open(settings.database))
            bot = ParityBot(settings=settings, store=kb.store, kb=kb, sync_commands=True, shard_count=1)
            stack.push_async_callback(bot.close)  # SimCord doesn't close the bot; a live aiosqlite thread hangs pytest
            return bot

        yield build


@pytest.fixture
async def simcord_bot(make_bot: BotFactory) -> ParityBot:
    return await make_bot()
