"""``/digest``: daily fact digests per server, and the one scheduler that posts them.

The scheduler is a single ``ext.tasks`` loop for every subscription, started in
``cog_load`` (never ``on_ready``, which fires again on every reconnect). Each tick asks
the store only for the subscriptions that are due (an indexed next-run column), claims
(server, local date) before sending so a digest is posted at most once per local day
across restarts, and then sleeps until the next subscription is due. Scheduling rules and
fact selection live in ``knowledge.digest``; this module only talks to Discord.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands, tasks

from knowledge.charts import ChartBook
from knowledge.digest import (
    Digest,
    DigestError,
    Status,
    Subscription,
    complete_zone,
    first_run,
    parse_time,
    plan,
    run_at,
    select,
    zone,
)
from knowledge.store import DigestMove, DigestSent

from . import render

if TYPE_CHECKING:
    from bot.bot import ParityBot
    from knowledge.engine import KnowledgeBase

log = logging.getLogger(__name__)

MAX_IDLE = 86400.0  # longest sleep between ticks: the loop sleeps until the next due run, and subscribing wakes it
MIN_SLEEP = 1.0
BATCH = 500  # due subscriptions read and claimed per round
RETRY_DELAYS = (60, 300, 900, 1800, 3600)  # seconds after the 1st, 2nd, ... failed send of one day's digest
UNAVAILABLE_RETRY = 300  # a guild in an outage is tried again after this many seconds
REQUIRED = ("view_channel", "send_messages", "embed_links")


async def digest_message(kb: KnowledgeBase, digest: Digest) -> dict[str, Any]:
    """Keyword arguments for ``channel.send``: the digest's embed, and the chart of its headline
    fact when that fact has one.

    The one place a digest message is built (the scheduler and ``/digest test`` both call it).
    Call it once per send: a ``discord.File`` can only be sent once. Charts are drawn off the
    event loop and cached per knowledge-base version, so a thousand servers cost one drawing.
    """
    embed = render.digest_embed(digest)
    book = ChartBook.of(kb)
    spec = book.for_fact(digest.headline.id)
    if spec is None:
        return {"embed": embed}
    try:
        png = await book.render_async(spec.key)
    except Exception:
        # A chart is a nicety; the digest goes out without it rather than not at all.
        log.exception("could not draw chart %s for the digest; sending it without", spec.key)
        return {"embed": embed}
    embed.set_image(url=f"attachment://{spec.filename}")
    return {"embed": embed, "files": [render.chart_file(spec, png)]}


def permission_name(name: str) -> str:
    return name.replace("_", " ").title()


def missing_permissions(channel: discord.abc.GuildChannel, me: discord.Member) -> list[str]:
    """The permissions Parity lacks to post a digest in the channel, as people read them."""
    granted = channel.permissions_for(me)
    return [permission_name(p) for p in REQUIRED if not getattr(granted, p)]


def _stamp(instant: datetime, style: str) -> str:
    return discord.utils.format_dt(instant, style)  # type: ignore[arg-type]


def _local(instant: datetime, sub: Subscription) -> str:
    local = instant.astimezone(sub.zone)
    return f"{local:%a %d %b %Y, %H:%M} {local.tzname()}"


@app_commands.guild_only()
class DigestCog(commands.GroupCog, group_name="digest", group_description="Daily AI Index fact digests"):
    """Daily AI Index fact digests."""

    def __init__(self, bot: ParityBot) -> None:
        self.bot = bot
        self.catch_up = timedelta(hours=bot.settings.digest_catch_up_hours)
        self.concurrency = bot.settings.digest_concurrency
        self._tick_started: datetime | None = None
        super().__init__()

    async def cog_load(self) -> None:
        self.scheduler.start()

    async def cog_unload(self) -> None:
        self.scheduler.cancel()

    # -- commands ---------------------------------------------------------------------------------

    @app_commands.command(name="subscribe")
    @app_commands.describe(
        channel="The text channel to post the daily digest in",
        time="Local time of day to post, HH:MM 24-hour (default 09:00)",
        timezone="The server's time zone, an IANA name such as Europe/Berlin (default UTC)",
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def subscribe(
        self,
        interaction: discord.Interaction[ParityBot],
        channel: discord.TextChannel,
        time: app_commands.Range[str, 1, 10] | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
    ) -> None:
        """Post a daily AI Index fact digest in a channel."""
        assert interaction.guild is not None  # guild_only
        local_time = parse_time(time)
        tz = zone(timezone or "UTC")
        missing = missing_permissions(channel, interaction.guild.me)
        if missing:
            raise DigestError(
                f"I can't post in {channel.mention} yet: I'm missing {', '.join(missing)} there. "
                "Give me those in the channel's permissions and subscribe again."
            )
        now = discord.utils.utcnow()
        next_at, day = first_run(now, local_time, tz)
        sub = await self.bot.store.put_digest_subscription(
            guild_id=interaction.guild.id,
            channel_id=channel.id,
            local_time=local_time,
            timezone=tz.key,
            subscribed_by=interaction.user.id,
            next_run_at=next_at,
            next_local_date=day,
            now=now,
        )
        self.wake(next_at)
        await interaction.response.send_message(
            f"Daily digest on: {channel.mention} every day at {sub.local_time:%H:%M} {sub.timezone}. "
            f"First post {_local(next_at, sub)} ({_stamp(next_at, 'R')}).",
            ephemeral=True,
        )

    @subscribe.autocomplete("timezone")
    async def subscribe_timezone(
        self, interaction: discord.Interaction[ParityBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return render.choices([(name, name) for name in complete_zone(current)])

    @app_commands.command(name="unsubscribe")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def unsubscribe(self, interaction: discord.Interaction[ParityBot]) -> None:
        """Stop this server's daily digest."""
        assert interaction.guild_id is not None
        removed = await self.bot.store.delete_digest_subscription(interaction.guild_id)
        text = "Daily digest off." if removed else "This server has no daily digest."
        await interaction.response.send_message(text, ephemeral=True)

    @app_commands.command(name="status")
    async def status(self, interaction: discord.Interaction[ParityBot]) -> None:
        """Show this server's daily digest: channel, time, next and last post."""
        assert interaction.guild_id is not None
        sub = await self.bot.store.get_digest_subscription(interaction.guild_id)
        if sub is None:
            await interaction.response.send_message(
                "This server has no daily digest. An admin can start one with `/digest subscribe`.", ephemeral=True
            )
            return
        await interaction.response.send_message(embed=self.status_embed(sub), ephemeral=True)

    def status_embed(self, sub: Subscription) -> discord.Embed:
        channel = f"<#{sub.channel_id}>"
        lines = [f"**Channel:** {channel}", f"**Time:** {sub.local_time:%H:%M} {sub.timezone}"]
        if sub.status is Status.ACTIVE:
            lines.append(f"**Next post:** {_local(sub.next_run_at, sub)} ({_stamp(sub.next_run_at, 'R')})")
        elif sub.status is Status.PAUSED:
            lines.append(f"**Paused:** {sub.paused_reason or 'unknown reason'}")
            lines.append("Fix that and run `/digest subscribe` again to resume; the settings are kept.")
        else:
            lines.append("**Dormant:** I'm not in this server any more; the digest resumes when I'm added back.")
        if sub.last_posted_at is not None:
            lines.append(f"**Last post:** {_local(sub.last_posted_at, sub)} ({_stamp(sub.last_posted_at, 'R')})")
        else:
            lines.append("**Last post:** none yet")
        title = {Status.ACTIVE: "Daily digest: on", Status.PAUSED: "Daily digest: paused"}.get(
            sub.status, "Daily digest: dormant"
        )
        return render.info_embed(title, lines)

    @app_commands.command(name="test")
    @app_commands.describe(channel="Where to post the test (default: the digest's channel, else this one)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def test(
        self, interaction: discord.Interaction[ParityBot], channel: discord.TextChannel | None = None
    ) -> None:
        """Post one digest now to check permissions; it doesn't count as today's digest."""
        guild = interaction.guild
        assert guild is not None
        sub = await self.bot.store.get_digest_subscription(guild.id)
        target = channel
        if target is None and sub is not None:
            found = guild.get_channel(sub.channel_id)
            target = found if isinstance(found, discord.TextChannel) else None
        if target is None and isinstance(interaction.channel, discord.TextChannel):
            target = interaction.channel
        if target is None:
            raise DigestError("Pick a text channel for the test digest.")
        missing = missing_permissions(target, guild.me)
        if missing:
            raise DigestError(f"I can't post in {target.mention}: I'm missing {', '.join(missing)} there.")
        tz = sub.zone if sub is not None else zone("UTC")
        today = discord.utils.utcnow().astimezone(tz).date()
        shown = (await self.bot.store.list_digest_shown([guild.id]))[guild.id]
        digest, _ = select(
            self.bot.kb.facts, shown, local_date=today, seed=str(guild.id), kb_version=self.bot.kb.version
        )
        await interaction.response.defer(ephemeral=True, thinking=True)
        await target.send(**await digest_message(self.bot.kb, digest))
        await interaction.followup.send(
            f"Posted a test digest in {target.mention}. It doesn't count as today's digest.", ephemeral=True
        )

    # -- the scheduler ----------------------------------------------------------------------------

    @tasks.loop(seconds=MAX_IDLE)
    async def scheduler(self) -> None:
        now = discord.utils.utcnow()
        self._tick_started = now
        try:
            await self.run_due(now)
            next_at = await self.bot.store.get_next_digest_run(**self._shards())
        except Exception:
            # One failure never stops the scheduler: log it and look again shortly.
            log.exception("digest tick failed at %s; trying again in %d s", now.isoformat(), RETRY_DELAYS[0])
            next_at = now + timedelta(seconds=RETRY_DELAYS[0])
        self.scheduler.change_interval(seconds=self._sleep_for(next_at, now))

    @scheduler.before_loop
    async def _before_scheduler(self) -> None:
        # Guilds arrive after READY: deciding "not in that server any more" needs them all.
        await self.bot.wait_until_ready()

    def _sleep_for(self, next_at: datetime | None, since: datetime) -> float:
        if next_at is None:
            return MAX_IDLE
        return min(MAX_IDLE, max(MIN_SLEEP, (next_at - since).total_seconds()))

    def wake(self, at: datetime) -> None:
        """Make sure the scheduler wakes by ``at`` (a subscription changed)."""
        upcoming = self.scheduler.next_iteration
        if self._tick_started is None or (upcoming is not None and upcoming <= at):
            return
        self.scheduler.change_interval(seconds=self._sleep_for(at, self._tick_started))

    def _shards(self) -> dict[str, Any]:
        """The shards this process runs: only their servers' digests are its to post."""
        shard_count = self.bot.shard_count or 1
        shard_ids = self.bot.shard_ids if self.bot.shard_ids is not None else list(range(shard_count))
        return {"shard_count": shard_count, "shard_ids": shard_ids}

    async def run_due(self, now: datetime) -> int:
        """Post every digest due at ``now``; returns how many were sent."""
        sent = 0
        while True:
            due = await self.bot.store.list_due_digests(now, BATCH, **self._shards())
            if not due:
                return sent
            sent += await self._run_batch(due, now)
            if len(due) < BATCH:
                return sent

    async def _run_batch(self, due: list[Subscription], now: datetime) -> int:
        moves: list[DigestMove] = []
        for sub in due:
            guild = self.bot.get_guild(sub.guild_id)
            if guild is None:
                log.info("digest dormant: guild=%s (Parity is no longer in it)", sub.guild_id)
                await self.bot.store.set_digest_status(sub.guild_id, Status.DORMANT)
                continue
            if guild.unavailable:
                retry_at = now + timedelta(seconds=UNAVAILABLE_RETRY)
                moves.append(
                    DigestMove(
                        guild_id=sub.guild_id,
                        seen_run_at=sub.next_run_at,
                        next_run_at=retry_at,
                        next_local_date=sub.next_local_date,
                        post_date=None,
                    )
                )
                continue
            decided = plan(sub, now, self.catch_up)
            for day in decided.skipped:
                log.warning(
                    "digest skipped: guild=%s date=%s (missed by more than the %s catch-up window)",
                    sub.guild_id,
                    day.isoformat(),
                    self.catch_up,
                )
            moves.append(
                DigestMove(
                    guild_id=sub.guild_id,
                    seen_run_at=sub.next_run_at,
                    next_run_at=decided.next_run_at,
                    next_local_date=decided.next_local_date,
                    post_date=decided.post_date,
                )
            )
        claimed = await self.bot.store.claim_digests(moves)
        by_guild = {sub.guild_id: sub for sub in due}
        jobs = [(by_guild[m.guild_id], m) for m in moves if m.guild_id in claimed and m.post_date is not None]
        if not jobs:
            return 0
        shown = await self.bot.store.list_digest_shown([sub.guild_id for sub, _ in jobs])
        done: list[DigestSent] = []
        # Sends go out in waves; discord.py's rate limiter paces them against Discord's limits.
        for start in range(0, len(jobs), self.concurrency):
            wave = jobs[start : start + self.concurrency]
            results = await asyncio.gather(
                *(self._post(sub, move.post_date, shown[sub.guild_id]) for sub, move in wave if move.post_date)
            )
            done.extend(r for r in results if r is not None)
        await self.bot.store.record_digests_sent(done)
        return len(done)

    async def _post(self, sub: Subscription, local_date: date, shown: set[str]) -> DigestSent | None:
        """Send one claimed digest; on failure pause, retry later or give up, and say why in the log."""
        guild = self.bot.get_guild(sub.guild_id)
        channel = guild.get_channel(sub.channel_id) if guild is not None else None
        if guild is None or not isinstance(channel, discord.abc.Messageable):
            await self._pause(sub, local_date, "the digest channel was deleted")
            return None
        assert isinstance(channel, discord.abc.GuildChannel)
        missing = missing_permissions(channel, guild.me)
        if missing:
            await self._pause(sub, local_date, f"I'm missing {', '.join(missing)} in <#{channel.id}>")
            return None
        try:
            digest, restarted = select(
                self.bot.kb.facts,
                shown,
                local_date=local_date,
                seed=str(sub.guild_id),
                kb_version=self.bot.kb.version,
            )
            message = await channel.send(**await digest_message(self.bot.kb, digest))
        except discord.NotFound:
            await self._pause(sub, local_date, "the digest channel was deleted")
            return None
        except discord.Forbidden:
            await self._pause(sub, local_date, f"Discord refused my message in <#{channel.id}> (missing access)")
            return None
        except Exception as error:
            await self._retry(sub, local_date, error)
            return None
        log.info("digest posted: guild=%s channel=%s date=%s", sub.guild_id, channel.id, local_date)
        return DigestSent(
            guild_id=sub.guild_id,
            local_date=local_date,
            message_id=message.id,
            fact_ids=digest.fact_ids,
            posted_at=discord.utils.utcnow(),
            restart_rotation=restarted,
        )

    async def _retry(self, sub: Subscription, local_date: date, error: Exception) -> None:
        """A passing failure (Discord 5xx, 429, network): try the same date again later, within the window."""
        attempts = sub.attempts + 1
        now = discord.utils.utcnow()
        deadline = run_at(local_date, sub.local_time, sub.zone) + self.catch_up
        delay = RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]
        retry_at = now + timedelta(seconds=delay)
        status = getattr(error, "status", None)
        if attempts <= len(RETRY_DELAYS) and retry_at <= deadline:
            log.warning(
                "digest send failed: guild=%s channel=%s date=%s status=%s attempt=%d; retrying in %d s",
                sub.guild_id,
                sub.channel_id,
                local_date,
                status,
                attempts,
                delay,
                exc_info=not isinstance(error, discord.HTTPException),
            )
            await self.bot.store.release_digest(sub.guild_id, local_date, retry_at=retry_at, attempts=attempts)
            self.wake(retry_at)
            return
        log.error(
            "digest send failed: guild=%s channel=%s date=%s status=%s after %d attempts; giving up on that day",
            sub.guild_id,
            sub.channel_id,
            local_date,
            status,
            attempts,
            exc_info=not isinstance(error, discord.HTTPException),
        )
        await self.bot.store.set_digest_status(sub.guild_id, Status.ACTIVE)  # resets the count of failures

    async def _pause(self, sub: Subscription, local_date: date, reason: str) -> None:
        log.warning("digest paused: guild=%s channel=%s reason=%s", sub.guild_id, sub.channel_id, reason)
        await self.bot.store.set_digest_status(sub.guild_id, Status.PAUSED, reason, unclaim=local_date)
        await self._tell_admins(sub, reason)

    async def _tell_admins(self, sub: Subscription, reason: str) -> None:
        """Say why the digest paused: in the server's system channel, else by DM to whoever subscribed."""
        text = (
            f"Parity paused this server's daily digest: {reason}. The settings are kept: fix that and run "
            "`/digest subscribe` again to resume. `/digest status` shows the details."
        )
        guild = self.bot.get_guild(sub.guild_id)
        system = guild.system_channel if guild is not None else None
        usable = system is not None and guild is not None and system.id != sub.channel_id
        if usable and system is not None and guild is not None and not missing_permissions(system, guild.me):
            try:
                await system.send(text)
                return
            except discord.HTTPException:
                log.warning("could not tell guild=%s in system channel=%s", sub.guild_id, system.id)
        try:
            user = self.bot.get_user(sub.subscribed_by) or await self.bot.fetch_user(sub.subscribed_by)
            name = guild.name if guild is not None else f"server {sub.guild_id}"
            await user.send(f"About **{discord.utils.escape_markdown(name)}**: {text}")
        except discord.HTTPException:
            log.warning("could not tell guild=%s user=%s that the digest paused", sub.guild_id, sub.subscribed_by)

    # -- Parity leaves or rejoins a server ----------------------------------------------------------

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        sub = await self.bot.store.get_digest_subscription(guild.id)
        if sub is not None and sub.status is Status.ACTIVE:
            await self.bot.store.set_digest_status(guild.id, Status.DORMANT)
            log.info("digest dormant: guild=%s (Parity was removed)", guild.id)

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        sub = await self.bot.store.get_digest_subscription(guild.id)
        if sub is None or sub.status is not Status.DORMANT:
            return
        next_at, day = first_run(discord.utils.utcnow(), sub.local_time, sub.zone)
        if await self.bot.store.resume_digest(guild.id, next_run_at=next_at, next_local_date=day):
            log.info("digest resumed: guild=%s (Parity was added back)", guild.id)
            self.wake(next_at)


async def setup(bot: ParityBot) -> None:
    await bot.add_cog(DigestCog(bot))
