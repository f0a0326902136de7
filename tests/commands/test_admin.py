"""/autoreply: only Manage Server may use it, and its settings survive a restart."""

from __future__ import annotations

import discord
from discord import app_commands
from simcord import ChannelHandle, Env, GuildHandle, MemberActor

from bot.bot import ParityBot
from tests.conftest import BotFactory


async def test_an_admin_opts_a_channel_in_and_out(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, alice: MemberActor, admin: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]

    on = await admin.slash(channel, "autoreply", channel=channel, enabled=True)
    assert on.ephemeral and "I'll answer questions typed in" in on.response.content
    again = await admin.slash(channel, "autoreply", channel=channel, enabled=True)
    assert "already opted in" in again.response.content
    assert [(c.guild_id, c.channel_id) for c in await bot.store.list_autoreply_channels()] == [(guild.id, channel.id)]

    await alice.send(channel, "What is the US-China gap on MMLU?")
    assert channel.last_message.author.bot

    off = await admin.slash(channel, "autoreply", channel=channel, enabled=False)
    assert off.ephemeral and "only answer in" in off.response.content
    sent = await alice.send(channel, "What is the US-China gap on MMLU?")
    assert channel.last_message.id == sent.id
    assert await bot.store.list_autoreply_channels() == []


async def test_autoreply_is_hidden_from_members_without_manage_server(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor, admin: MemberActor
) -> None:
    assert "autoreply" in admin.available_commands(channel)
    assert "autoreply" not in alice.available_commands(channel)
    assert "ask" in alice.available_commands(channel)


async def test_a_member_let_in_by_a_command_override_is_still_refused_without_manage_server(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    command = next(c for c in await bot.tree.fetch_commands() if c.name == "autoreply")
    guild.set_command_permissions(command, {alice: True})  # a server admin overrode the default

    result = await alice.slash(channel, "autoreply", channel=channel, enabled=True)

    assert result.ephemeral
    assert result.response.content == "You need the Manage Server permission to do that."
    assert [type(e) for e in simcord_env.errors] == [app_commands.MissingPermissions]
    assert await bot.store.list_autoreply_channels() == []


async def test_autoreply_is_not_offered_in_dms(simcord_env: Env) -> None:
    bob = simcord_env.create_user("bob")
    assert "autoreply" not in bob.available_commands()
    assert "ask" in bob.available_commands()


async def test_opted_in_channels_survive_a_restart(
    simcord_env: Env, make_bot: BotFactory, channel: ChannelHandle, alice: MemberActor, admin: MemberActor
) -> None:
    other = simcord_env.guild.create_text_channel("random")
    await admin.slash(channel, "autoreply", channel=channel, enabled=True)
    first = simcord_env.bot

    fresh = await make_bot()  # a new process on the same database
    await simcord_env.restart_bot(fresh)

    assert simcord_env.bot is fresh and fresh is not first
    await alice.send(channel, "What is the US-China gap on MMLU?")
    assert channel.last_message.author.bot
    assert channel.last_message.embeds[0].title == "US–China gap on MMLU (end of 2024)"
    sent = await alice.send(other, "What is the US-China gap on MMLU?")
    assert other.last_message.id == sent.id


async def test_buttons_on_an_answer_sent_before_a_restart_still_work(
    simcord_env: Env, make_bot: BotFactory, channel: ChannelHandle, alice: MemberActor
) -> None:
    unsure = await alice.slash(channel, "ask", question="US–China gap on MMLU AI Index 2026")
    answered = await alice.slash(channel, "ask", question="US–China gap on MMLU")

    fresh = await make_bot()
    await simcord_env.restart_bot(fresh)

    voted = await alice.click(answered.response, custom_id="parity:vote:up:gap-mmlu-us-china")
    assert voted.ephemeral and "Thanks" in voted.response.content
    (entry,) = await fresh.store.list_feedback()
    assert entry.fact_ids == ("gap-mmlu-us-china",) and entry.question == "US–China gap on MMLU"

    picked = await alice.click(unsure.response, custom_id="parity:ask:gap-mmlu-us-china")
    assert picked.acknowledged
    message = await channel_message(channel, unsure.response.id)
    assert message.embeds[0].title == "US–China gap on MMLU (end of 2024)"


async def channel_message(channel: ChannelHandle, message_id: int) -> discord.Message:
    return next(m for m in channel.history() if m.id == message_id)
