"""/digest: subscriptions, the one scheduler, at most one post per server per local day."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta

import discord
import pytest
from discord import app_commands
from PIL import Image
from simcord import ChannelHandle, Env, GuildHandle, MemberActor

from bot.bot import ParityBot
from commands.digest import DigestCog
from knowledge.charts import DATA_KEY
from tests.conftest import BotFactory

DAY = 86400.0
LONG = pytest.mark.simcord(settle_timeout=120)


def digests(channel: ChannelHandle) -> list[discord.Message]:
    return [
        m
        for m in channel.history()
        if m.author.bot and m.embeds and (m.embeds[0].title or "").startswith("Daily AI Index fact")
    ]


def headline_ids(env: Env, channel: ChannelHandle) -> list[str]:
    return [m.embeds[0].title or "" for m in digests(channel)]


async def advance_to(env: Env, instant: datetime) -> None:
    await env.advance_time(max(0.0, (instant - env.now()).total_seconds()))


async def subscribe(admin: MemberActor, channel: ChannelHandle, time: str = "09:00", tz: str = "UTC") -> str:
    result = await admin.slash(channel, "digest subscribe", channel=channel, time=time, timezone=tz)
    assert result.ephemeral
    return str(result.response.content)


# -- commands -------------------------------------------------------------------------------------


async def test_an_admin_subscribes_and_gets_exactly_one_digest_per_day_with_different_facts(
    simcord_env: Env, channel: ChannelHandle, admin: MemberActor
) -> None:
    text = await subscribe(admin, channel, "09:00", "Europe/Berlin")
    assert "every day at 09:00 Europe/Berlin" in text and "Thu 01 Jan 2026, 09:00 CET" in text

    await simcord_env.advance_time(10 * DAY)

    posted = digests(channel)
    assert len(posted) == 10
    assert [m.created_at for m in posted] == [datetime(2026, 1, 1 + i, 8, tzinfo=UTC) for i in range(10)]
    titles = [m.embeds[0].title for m in posted]
    assert len(set(titles)) == 10
    first = posted[0].embeds[0]
    assert first.url and first.url.startswith("https://")
    assert "AI Index 20" in (first.description or "")  # the headline's edition, linked
    assert [f.name.startswith("Related: ") for f in first.fields] == [True, True]
    assert all("](https://" in f.value for f in first.fields)


async def test_a_member_without_manage_server_cannot_subscribe(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    result = await alice.slash(channel, "digest subscribe", channel=channel)
    assert result.ephemeral and result.response.content == "You need the Manage Server permission to do that."
    assert [type(e) for e in simcord_env.errors] == [app_commands.MissingPermissions]
    assert await bot.store.list_digest_subscriptions() == []
    status = await alice.slash(channel, "digest status")
    assert "no daily digest" in status.response.content


async def test_subscribe_names_the_permissions_parity_lacks(
    simcord_env: Env, guild: GuildHandle, admin: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    me = guild.me
    assert me is not None
    locked = guild.create_text_channel(
        "locked", overwrites={me: discord.PermissionOverwrite(send_messages=False, embed_links=False)}
    )
    result = await admin.slash(locked, "digest subscribe", channel=locked)
    assert result.response.content == (
        f"I can't post in {locked.mention} yet: I'm missing Send Messages, Embed Links there. "
        "Give me those in the channel's permissions and subscribe again."
    )
    assert [type(e) for e in simcord_env.errors] == [app_commands.CommandInvokeError]  # a refusal, logged
    assert await bot.store.list_digest_subscriptions() == []


async def test_a_bad_time_or_zone_is_explained(simcord_env: Env, channel: ChannelHandle, admin: MemberActor) -> None:
    bad_time = await admin.slash(channel, "digest subscribe", channel=channel, time="25:00")
    assert "HH:MM" in bad_time.response.content
    bad_zone = await admin.slash(channel, "digest subscribe", channel=channel, timezone="Mars/Base")
    assert "isn't a time zone I know" in bad_zone.response.content
    choices = await admin.autocomplete(channel, "digest subscribe", "timezone", "kolk", channel=channel)
    assert [c["value"] for c in choices] == ["Asia/Kolkata"]
    assert [type(e) for e in simcord_env.errors] == [app_commands.CommandInvokeError] * 2


async def test_status_shows_next_and_last_post_and_unsubscribe_stops_it(
    simcord_env: Env, channel: ChannelHandle, admin: MemberActor, alice: MemberActor
) -> None:
    await subscribe(admin, channel, "18:30", "Asia/Kolkata")
    before = await alice.slash(channel, "digest status")
    embed = before.response.embeds[0]
    assert embed.title == "Daily digest: on"
    assert "**Time:** 18:30 Asia/Kolkata" in (embed.description or "")
    assert "**Next post:** Thu 01 Jan 2026, 18:30 IST (<t:1767272400:R>)" in (embed.description or "")
    assert "**Last post:** none yet" in (embed.description or "")

    await simcord_env.advance_time(DAY)
    after = await alice.slash(channel, "digest status")
    assert "**Last post:** Thu 01 Jan 2026, 18:30 IST" in (after.response.embeds[0].description or "")

    off = await admin.slash(channel, "digest unsubscribe")
    assert off.response.content == "Daily digest off."
    await simcord_env.advance_time(2 * DAY)
    assert len(digests(channel)) == 1


async def test_test_posts_now_and_does_not_count_as_the_day(
    simcord_env: Env, channel: ChannelHandle, admin: MemberActor
) -> None:
    await subscribe(admin, channel, "09:00")
    result = await admin.slash(channel, "digest test")
    assert result.ephemeral
    assert result.response.content == (
        f"Posted a test digest in {channel.mention}. It doesn't count as today's digest."
    )
    assert len(digests(channel)) == 1
    await simcord_env.advance_time(9 * 3600 + 1)
    assert len(digests(channel)) == 2


# -- time zones -----------------------------------------------------------------------------------


@LONG
@pytest.mark.parametrize(
    ("tz", "before", "after"),
    [
        # US clocks spring forward on 8 March 2026: 09:00 EST is 14:00 UTC, 09:00 EDT is 13:00 UTC.
        ("America/New_York", datetime(2026, 3, 7, 14, tzinfo=UTC), datetime(2026, 3, 8, 13, tzinfo=UTC)),
        # EU clocks spring forward on 29 March 2026: 09:00 CET is 08:00 UTC, 09:00 CEST is 07:00 UTC.
        ("Europe/Berlin", datetime(2026, 3, 28, 8, tzinfo=UTC), datetime(2026, 3, 29, 7, tzinfo=UTC)),
    ],
)
async def test_digests_follow_the_local_clock_across_dst(
    *, simcord_env: Env, channel: ChannelHandle, admin: MemberActor, tz: str, before: datetime, after: datetime
) -> None:
    await advance_to(simcord_env, before - timedelta(days=2))
    await subscribe(admin, channel, "09:00", tz)
    await advance_to(simcord_env, after + timedelta(days=2, seconds=1))
    times = [m.created_at for m in digests(channel)]
    assert before in times and after in times
    assert len(times) == 5 and len({t.date() for t in times}) == 5


async def test_kolkata_half_hour_offset(simcord_env: Env, channel: ChannelHandle, admin: MemberActor) -> None:
    await subscribe(admin, channel, "09:00", "Asia/Kolkata")
    await simcord_env.advance_time(3 * DAY)
    assert [m.created_at for m in digests(channel)] == [datetime(2026, 1, d, 3, 30, tzinfo=UTC) for d in (1, 2, 3)]


# -- restarts and reconnects ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("restart_at", "expected"),
    [
        (timedelta(seconds=-30), 1),  # just before: the fresh bot posts on time
        (timedelta(seconds=0.5), 1),  # at: the old bot posted; the fresh one must not repeat it
        (timedelta(hours=2), 1),  # after, within the 6-hour catch-up window: posted late
    ],
)
async def test_a_restart_around_the_scheduled_time_neither_duplicates_nor_misses(
    *,
    simcord_env: Env,
    make_bot: BotFactory,
    channel: ChannelHandle,
    admin: MemberActor,
    restart_at: timedelta,
    expected: int,
) -> None:
    await subscribe(admin, channel, "09:00")
    due = datetime(2026, 1, 1, 9, tzinfo=UTC)
    if restart_at > timedelta(0) and restart_at > timedelta(seconds=1):
        # The bot is down at 09:00: stop the old one's scheduler as a crash would.
        await advance_to(simcord_env, due - timedelta(seconds=1))
        old: ParityBot = simcord_env.bot  # type: ignore[assignment]
        await old.remove_cog(DigestCog.__cog_name__)
    await advance_to(simcord_env, due + restart_at)
    fresh = await make_bot()
    await simcord_env.restart_bot(fresh)
    await simcord_env.advance_time(3600)
    posted = digests(channel)
    assert len(posted) == expected
    await simcord_env.advance_time(DAY)
    assert len(digests(channel)) == expected + 1


async def test_down_past_the_catch_up_window_skips_the_day(
    simcord_env: Env, make_bot: BotFactory, channel: ChannelHandle, admin: MemberActor
) -> None:
    await subscribe(admin, channel, "09:00")
    old: ParityBot = simcord_env.bot  # type: ignore[assignment]
    await old.remove_cog(DigestCog.__cog_name__)
    await advance_to(simcord_env, datetime(2026, 1, 1, 15, 1, tzinfo=UTC))
    fresh = await make_bot()
    await simcord_env.restart_bot(fresh)
    await simcord_env.advance_time(3600)
    assert digests(channel) == []
    await advance_to(simcord_env, datetime(2026, 1, 2, 9, 0, 1, tzinfo=UTC))
    assert [m.created_at for m in digests(channel)] == [datetime(2026, 1, 2, 9, tzinfo=UTC)]


async def test_a_reconnect_does_not_start_a_second_scheduler(
    simcord_env: Env, channel: ChannelHandle, admin: MemberActor
) -> None:
    await subscribe(admin, channel, "09:00")
    await simcord_env.restart_bot()  # the same bot reconnects: READY (and on_ready) again
    await simcord_env.restart_bot()
    await simcord_env.advance_time(3 * DAY)
    assert len(digests(channel)) == 3


# -- failures -------------------------------------------------------------------------------------


async def test_a_deleted_channel_pauses_the_digest_and_tells_the_admin(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, admin: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    news = guild.create_text_channel("ai-news")
    await subscribe(admin, news, "09:00")
    target = bot.get_channel(news.id)
    assert isinstance(target, discord.TextChannel)
    await target.delete()  # as a moderator would

    await simcord_env.advance_time(DAY)

    # No system channel in this server, so the admin who subscribed gets a DM.
    dm = "\n".join(m.content for m in admin.user.dm_channel.history())
    assert "Parity paused this server's daily digest: the digest channel was deleted" in dm
    status = await admin.slash(channel, "digest status")
    embed = status.response.embeds[0]
    assert embed.title == "Daily digest: paused"
    assert "the digest channel was deleted" in (embed.description or "")

    await subscribe(admin, channel, "09:00")  # subscribing again resumes
    await simcord_env.advance_time(DAY)
    assert len(digests(channel)) == 1


async def test_a_lost_permission_pauses_with_the_reason(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, admin: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    await subscribe(admin, channel, "09:00")
    target = bot.get_channel(channel.id)
    assert isinstance(target, discord.TextChannel)
    await target.set_permissions(target.guild.me, send_messages=False)

    await simcord_env.advance_time(DAY)

    assert digests(channel) == []
    sub = await bot.store.get_digest_subscription(guild.id)
    assert sub is not None and sub.status == "paused"
    # Without Send Messages, Discord withholds Embed Links too.
    assert sub.paused_reason == f"I'm missing Send Messages, Embed Links in <#{channel.id}>"


async def test_a_server_error_on_send_is_retried_and_the_scheduler_lives_on(
    simcord_env: Env, channel: ChannelHandle, admin: MemberActor
) -> None:
    await subscribe(admin, channel, "09:00")
    simcord_env.inject_error("POST", f"/channels/{channel.id}/messages", status=500)
    simcord_env.inject_error("POST", f"/channels/{channel.id}/messages", status=503)

    await advance_to(simcord_env, datetime(2026, 1, 1, 9, 0, 1, tzinfo=UTC))
    assert digests(channel) == []
    await simcord_env.advance_time(61)  # first retry after a minute: fails again (503)
    assert digests(channel) == []
    await simcord_env.advance_time(300)  # second retry after five more minutes
    assert [m.created_at for m in digests(channel)] == [datetime(2026, 1, 1, 9, 6, tzinfo=UTC)]

    await simcord_env.advance_time(DAY)
    assert len(digests(channel)) == 2


async def test_removed_from_a_server_the_digest_sleeps_and_resumes_when_added_back(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, admin: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    await subscribe(admin, channel, "09:00")
    found = bot.get_guild(guild.id)
    assert found is not None
    await found.leave()
    await simcord_env.settle()
    sub = await bot.store.get_digest_subscription(guild.id)
    assert sub is not None and sub.status == "dormant"

    await simcord_env.advance_time(DAY)
    sub = await bot.store.get_digest_subscription(guild.id)
    assert sub is not None and sub.status == "dormant" and sub.channel_id == channel.id

    # SimCord cannot add the bot back to a guild it left (the id stays reserved), so the cog's
    # guild_join listener is awaited with the real guild object discord.py built. (A dispatch
    # from the test would run as a task SimCord does not track, and finish at no fixed time.)
    cog = bot.get_cog(DigestCog.__cog_name__)
    assert cog is not None
    await cog.on_guild_join(found)  # type: ignore[attr-defined]
    sub = await bot.store.get_digest_subscription(guild.id)
    assert sub is not None and sub.status == "active" and sub.channel_id == channel.id
    assert sub.next_run_at > simcord_env.now()


# -- scale ----------------------------------------------------------------------------------------


@LONG
async def test_a_thousand_servers_are_each_posted_exactly_once(simcord_env: Env, make_bot: BotFactory) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    channels = []
    for i in range(1000):
        guild = simcord_env.create_guild(f"server {i}")
        channels.append(guild.create_text_channel("digest"))
    now = simcord_env.now()
    due = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for i, channel in enumerate(channels):
        guild_id = channel._channel.guild_id  # type: ignore[attr-defined]
        await bot.store.put_digest_subscription(
            guild_id=guild_id,
            channel_id=channel.id,
            local_time=due.time(),
            timezone="UTC",
            subscribed_by=i + 1,
            next_run_at=due,
            next_local_date=due.date(),
            now=now,
        )
    await simcord_env.restart_bot(await make_bot())  # a fresh process finds them all in the database

    await advance_to(simcord_env, due + timedelta(seconds=1))

    assert [len(digests(c)) for c in channels] == [1] * 1000


# -- charts ---------------------------------------------------------------------------------------


@LONG
async def test_a_digest_whose_headline_has_a_series_attaches_its_chart(
    simcord_env: Env, channel: ChannelHandle, admin: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    await subscribe(admin, channel, "09:00")
    await simcord_env.advance_time(30 * DAY)

    posted = digests(channel)
    charted = [m for m in posted if m.attachments]
    assert len(posted) == 30
    assert charted, "in a month, some headline fact has a series to draw"
    for message in posted:
        embed = message.embeds[0]
        if not message.attachments:
            assert embed.image.url is None
            continue
        [attachment] = message.attachments
        png = await attachment.read()
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert embed.image.url == f"attachment://{attachment.filename}"
        image = Image.open(io.BytesIO(png))
        image.load()
        plotted = json.loads(image.text[DATA_KEY])  # type: ignore[attr-defined]
        headline = bot.kb.get_fact(plotted["key"])
        assert headline is not None
        assert embed.title == f"Daily AI Index fact: {headline.label}"
        assert [p["value"] for p in plotted["series"][0]["points"]] == [p.value for p in headline.series]
