"""Several processes split a large bot: each runs per-server jobs only for the servers it owns."""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import pytest
from simcord import ChannelHandle, Env, GuildHandle, MemberActor

from bot.bot import ParityBot
from bot.settings import Settings
from knowledge.digest import Status
from knowledge.engine import KnowledgeBase

DAY = 86400.0


@pytest.fixture
async def simcord_bot(settings: Settings) -> AsyncIterator[ParityBot]:
    """This process runs shard 0 of 2 (as `parity run --shard-count 2 --shard-ids 0` would)."""
    async with KnowledgeBase.open(settings.database) as kb:
        bot = ParityBot(settings=settings, store=kb.store, kb=kb, sync_commands=True, shard_count=2, shard_ids=[0])
        try:
            yield bot
        finally:
            await bot.close()  # SimCord doesn't close the bot; a live aiosqlite thread hangs pytest


def server(env: Env, name: str, shard: int) -> tuple[GuildHandle, ChannelHandle, MemberActor]:
    guild = env.create_guild(name, shard_id=shard)
    channel = guild.create_text_channel("digest")
    role = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    return guild, channel, guild.add_member(env.create_user(f"admin of {name}"), roles=[role])


async def test_the_bot_knows_which_servers_its_shards_own(simcord_env: Env) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    mine, _, _ = server(simcord_env, "mine", 0)
    theirs, _, _ = server(simcord_env, "theirs", 1)
    assert bot.owns_guild(mine.id)
    assert not bot.owns_guild(theirs.id)


async def test_digests_are_posted_only_for_servers_this_process_owns(simcord_env: Env) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    mine, mine_channel, mine_admin = server(simcord_env, "mine", 0)
    theirs, theirs_channel, _ = server(simcord_env, "theirs", 1)
    result = await mine_admin.slash(mine_channel, "digest subscribe", channel=mine_channel, time="09:00")
    assert result.ephemeral
    # The process running shard 1 subscribed its server in the same database, due at the same time.
    ours = await bot.store.get_digest_subscription(mine.id)
    assert ours is not None
    await bot.store.put_digest_subscription(
        guild_id=theirs.id,
        channel_id=theirs_channel.id,
        local_time=ours.local_time,
        timezone="UTC",
        subscribed_by=1,
        next_run_at=ours.next_run_at,
        next_local_date=ours.next_local_date,
        now=simcord_env.now(),
    )

    await simcord_env.advance_time(2 * DAY)

    assert sum(1 for m in mine_channel.history() if m.author.bot and m.embeds) == 2
    assert list(theirs_channel.history()) == []
    theirs_sub = await bot.store.get_digest_subscription(theirs.id)
    assert theirs_sub is not None
    assert theirs_sub.status is Status.ACTIVE  # not mistaken for a server Parity left
