"""``bot.runner``: start-up failures give one clear line, sync only when asked, ``parity feedback``."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import discord
import pytest
import simcord

from bot import runner
from bot.bot import ParityBot
from bot.settings import Settings
from knowledge.engine import KnowledgeBase
from knowledge.errors import KnowledgeFileError, Problem
from knowledge.store import Store


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No PARITY_* variables and no .env: a fresh checkout. The runner's logging set-up is undone after."""
    for name in list(os.environ):
        if name.startswith("PARITY_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        yield tmp_path
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        logging.getLogger("discord").setLevel(logging.NOTSET)


def test_a_missing_token_is_one_clear_line_and_status_2(clean_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert runner.main() == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "PARITY_DISCORD_TOKEN" in err and "Traceback" not in err


def test_a_blank_token_in_dotenv_counts_as_missing(clean_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (clean_env / ".env").write_text("PARITY_DISCORD_TOKEN=\nPARITY_LOG_LEVEL=debug\n")
    assert runner.main() == 2
    assert "no Discord token" in capsys.readouterr().err


def test_settings_come_from_dotenv(clean_env: Path) -> None:
    (clean_env / ".env").write_text("PARITY_DISCORD_TOKEN=abc.def.ghi\nPARITY_DEV_GUILD_ID=42\nPARITY_DATABASE=x.db\n")
    settings = Settings()
    assert settings.discord_token is not None and settings.discord_token.get_secret_value() == "abc.def.ghi"
    assert "abc.def.ghi" not in repr(settings) and "abc.def.ghi" not in str(settings.model_dump())
    assert settings.dev_guild_id == 42 and settings.database == "x.db"


def test_a_rejected_token_is_one_clear_line_and_status_2(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PARITY_DISCORD_TOKEN", "not-a-real-token")
    monkeypatch.setenv("PARITY_DATABASE", str(clean_env / "p.db"))

    async def reject(self: discord.Client, token: str) -> None:
        raise discord.LoginFailure("Improper token has been passed.")  # what discord.py raises on HTTP 401

    monkeypatch.setattr(discord.Client, "login", reject)
    assert runner.main() == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == runner.BAD_TOKEN and "not-a-real-token" not in err


def test_a_broken_knowledge_base_prints_its_problems_and_status_1(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PARITY_DISCORD_TOKEN", "x")
    monkeypatch.setenv("PARITY_DATABASE", str(clean_env / "p.db"))

    def broken(paths: object = None) -> list[object]:
        raise KnowledgeFileError([Problem("knowledge/data/benchmarks.yaml", 3, "value: not a number")])

    monkeypatch.setattr("knowledge.engine.load_facts", broken)
    assert runner.main() == 1
    assert "knowledge/data/benchmarks.yaml:3: value: not a number" in capsys.readouterr().err


def test_bad_shard_options_are_refused(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARITY_DISCORD_TOKEN", "x")
    assert runner.main(shard_ids=[0]) == 2
    assert runner.main(shard_count=2, shard_ids=[2]) == 2


async def _requests(settings: Settings, *, sync: bool) -> list[str]:
    async with KnowledgeBase.open(settings.database) as kb:
        bot = ParityBot(settings=settings, store=kb.store, kb=kb, sync_commands=sync, shard_count=1)
        try:
            async with simcord.run(bot) as env:
                return [f"{r.method} {r.path}" for r in env.http_requests]
        finally:
            await bot.close()


async def test_commands_are_synced_only_when_asked(settings: Settings) -> None:
    assert not any("/commands" in r for r in await _requests(settings, sync=False))
    synced = [r for r in await _requests(settings, sync=True) if r.endswith("/commands")]
    assert len(synced) == 1 and "/guilds/" not in synced[0]


async def test_with_a_development_guild_commands_sync_to_it_only(settings: Settings) -> None:
    dev = settings.model_copy(update={"dev_guild_id": 1234567890123456789})
    synced = [r for r in await _requests(dev, sync=True) if r.endswith("/commands")]
    assert synced == [synced[0]] and synced[0].endswith("/guilds/1234567890123456789/commands")


async def _store_feedback(database: str) -> None:
    async with await Store.open(database) as store:
        when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        await store.add_feedback(
            fact_ids=("gap-mmlu-us-china",),
            question="US–China gap on MMLU",
            vote=1,
            user_id=7,
            guild_id=9,
            created_at=when,
        )
        await store.add_feedback(
            fact_ids=(), question="capital of Australia", vote=-1, user_id=8, guild_id=None, created_at=when
        )


def test_parity_feedback_lists_what_was_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    database = str(tmp_path / "f.db")
    asyncio.run(_store_feedback(database))

    assert runner.list_feedback_cli(database) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("created_at\tvote")
    assert "👍\tgap-mmlu-us-china\tguild 9\tuser 7\tUS–China gap on MMLU" in lines[1] + lines[2]
    assert "👎\t-\tDM\tuser 8\tcapital of Australia" in lines[1] + lines[2]


def test_parity_feedback_without_a_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert runner.list_feedback_cli(str(tmp_path / "missing.db")) == 1
    assert "no database at" in capsys.readouterr().err
