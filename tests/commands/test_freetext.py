"""Free-text questions in each mode: mentioned, DM, opted-in channel, ignored, cooled down."""

from __future__ import annotations

from simcord import ChannelHandle, Env, GuildHandle, MemberActor

from bot.bot import ParityBot


def labels(message) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.label or str(c.emoji) for row in message.components for c in row.children]


async def opt_in(admin: MemberActor, channel: ChannelHandle) -> None:
    result = await admin.slash(channel, "autoreply", channel=channel, enabled=True)
    assert result.ephemeral


async def test_mentioned_it_answers_with_a_reply_that_pings_nobody(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    asked = await alice.send(channel, f"{bot.user.mention} what's the US-China gap on MMLU?")  # type: ignore[union-attr]

    reply = channel.last_message
    assert reply.author.id == bot.user.id  # type: ignore[union-attr]
    assert reply.reference is not None and reply.reference.message_id == asked.id
    assert not reply.mentions  # mention_author=False and no allowed mentions
    embed = reply.embeds[0]
    assert embed.title == "US–China gap on MMLU (end of 2024)"
    assert embed.author.name == "Asked: what's the US-China gap on MMLU?"  # the mention itself is stripped
    assert labels(reply) == ["👍", "👎"]


async def test_mentioned_but_unsure_it_offers_suggestions(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    await alice.send(channel, f"{simcord_env.bot.user.mention} robots")  # type: ignore[union-attr]

    reply = channel.last_message
    assert reply.embeds[0].title == "Did you mean…?"
    assert len(labels(reply)) > 2


async def test_in_a_dm_it_answers_without_a_mention(simcord_env: Env) -> None:
    bob = simcord_env.create_user("bob")
    await bob.send_dm("How much private AI investment did China get in 2024?")

    reply = bob.dm_channel.last_message
    assert reply.author.bot
    assert reply.embeds[0].title == "Private AI investment in China (2024)"
    assert "**$9.3 billion**" in reply.embeds[0].description


async def test_a_bare_mention_gets_a_hint_and_nonsense_an_honest_no(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    await alice.send(channel, simcord_env.bot.user.mention)  # type: ignore[union-attr]
    assert "Ask me about a figure from the AI Index" in channel.last_message.embeds[0].description

    bob = simcord_env.create_user("bob")
    await bob.send_dm("???")
    assert bob.dm_channel.last_message.embeds[0].description == "I don't have a sourced figure for that."


async def test_a_channel_that_is_not_opted_in_is_ignored(channel: ChannelHandle, alice: MemberActor) -> None:
    sent = await alice.send(channel, "What is the US-China gap on MMLU?")

    assert channel.last_message.id == sent.id


async def test_an_opted_in_channel_answers_confident_questions_and_stays_silent_otherwise(
    channel: ChannelHandle, alice: MemberActor, admin: MemberActor
) -> None:
    await opt_in(admin, channel)

    await alice.send(channel, "What is the US-China gap on MMLU?")
    assert channel.last_message.embeds[0].title == "US–China gap on MMLU (end of 2024)"

    for chatter in ("good morning", "lol nice", "anyone up for lunch?", "US–China gap on MMLU AI Index 2026"):
        sent = await alice.send(channel, chatter)
        assert channel.last_message.id == sent.id, chatter


async def test_other_bots_and_webhooks_are_ignored_even_when_they_mention_it(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, admin: MemberActor
) -> None:
    await opt_in(admin, channel)
    other = guild.add_member(simcord_env.create_user("otherbot", bot=True))
    mention = simcord_env.bot.user.mention  # type: ignore[union-attr]

    sent = await other.send(channel, f"{mention} What is the US-China gap on MMLU?")
    assert channel.last_message.id == sent.id

    hook = guild.create_webhook(channel, "news-feed")
    await hook.send(f"{mention} What is the US-China gap on MMLU?")
    assert channel.last_message.author.id != simcord_env.bot.user.id  # type: ignore[union-attr]


async def test_a_fast_asker_gets_one_friendly_notice_then_silence_until_the_window_passes(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    mention = bot.user.mention  # type: ignore[union-attr]
    rate = bot.settings.free_text_cooldown_rate

    for _ in range(rate):
        await alice.send(channel, f"{mention} US-China gap on MMLU")
        assert channel.last_message.embeds[0].title == "US–China gap on MMLU (end of 2024)"

    await alice.send(channel, f"{mention} US-China gap on MMLU")
    notice = channel.last_message
    assert notice.author.id == bot.user.id and not notice.embeds  # type: ignore[union-attr]
    assert "asking faster than I can look things up" in notice.content

    for _ in range(3):
        sent = await alice.send(channel, f"{mention} US-China gap on MMLU")
        assert channel.last_message.id == sent.id  # no second notice, no answer

    await simcord_env.advance_time(bot.settings.free_text_cooldown_seconds + 1)
    await alice.send(channel, f"{mention} US-China gap on MMLU")
    assert channel.last_message.embeds[0].title == "US–China gap on MMLU (end of 2024)"


async def test_the_cooldown_is_per_user(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    mention = bot.user.mention  # type: ignore[union-attr]
    for _ in range(bot.settings.free_text_cooldown_rate + 1):
        await alice.send(channel, f"{mention} US-China gap on MMLU")
    carol = guild.add_member(simcord_env.create_user("carol"))

    await carol.send(channel, f"{mention} US-China gap on MMLU")

    assert channel.last_message.embeds[0].title == "US–China gap on MMLU (end of 2024)"


async def test_mention_injection_in_free_text_never_pings(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, alice: MemberActor
) -> None:
    mods = guild.create_role("mods")
    mention = simcord_env.bot.user.mention  # type: ignore[union-attr]
    await alice.send(channel, f"{mention} @everyone @here {mods.mention} <@{alice.id}> **MMLU** gap")

    reply = channel.last_message
    assert reply.author.bot
    assert not reply.mention_everyone and not reply.mentions and not reply.role_mentions
    posted = [r for r in simcord_env.http_requests if r.method == "POST" and r.path.endswith("/messages")]
    assert posted[-1].json["allowed_mentions"] == {"parse": [], "replied_user": False}
    author = reply.embeds[0].author.name
    assert "@everyone" not in author and "@\u200beveryone" in author and f"<@&{mods.id}>" not in author


async def test_a_failed_reply_does_not_stop_the_bot(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    mention = simcord_env.bot.user.mention  # type: ignore[union-attr]
    simcord_env.inject_error("POST", "/channels/*/messages", status=500)

    sent = await alice.send(channel, f"{mention} US-China gap on MMLU")
    assert channel.last_message.id == sent.id
    assert len(simcord_env.errors) == 1  # logged by on_error with ids, not shown to anyone

    await alice.send(channel, f"{mention} US-China gap on MMLU")
    assert channel.last_message.embeds[0].title == "US–China gap on MMLU (end of 2024)"
