"""Free-text questions: when mentioned, in DMs, and in channels a server opted in.

Mentioned or in a DM, Parity always replies (offering suggestions when unsure). In an opted-in
channel nobody addressed it, so it stays silent unless the answer clears the confidence bar.
Each user gets a few free-text answers per window, then one friendly notice, then silence.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from . import render

if TYPE_CHECKING:
    from bot.bot import ParityBot

log = logging.getLogger(__name__)


class FreeTextCog(commands.Cog):
    def __init__(self, bot: ParityBot) -> None:
        self.bot = bot
        self.autoreply: dict[int, set[int]] = {}
        settings = bot.settings
        self._cooldown = commands.CooldownMapping.from_cooldown(
            settings.free_text_cooldown_rate, settings.free_text_cooldown_seconds, commands.BucketType.user
        )
        self._noticed_until: dict[int, float] = {}

    async def cog_load(self) -> None:
        for row in await self.bot.store.list_autoreply_channels():
            self.autoreply.setdefault(row.guild_id, set()).add(row.channel_id)
        log.info("free text: %d opted-in channels", sum(len(c) for c in self.autoreply.values()))

    def set_autoreply(self, guild_id: int, channel_id: int, enabled: bool) -> None:
        """Keep the in-memory copy in step with the store (the store is the source of truth)."""
        channels = self.autoreply.setdefault(guild_id, set())
        if enabled:
            channels.add(channel_id)
        else:
            channels.discard(channel_id)

    def _question(self, message: discord.Message) -> str:
        assert self.bot.user is not None
        return re.sub(rf"<@!?{self.bot.user.id}>", " ", message.content).strip()

    def _rate_limited(self, message: discord.Message) -> tuple[bool, bool]:
        """(limited, notify): over the cooldown, and whether this is the one notice for the window."""
        # The message's own timestamp is the clock: deterministic, and what the user experienced.
        now = message.created_at.timestamp()
        bucket = self._cooldown.get_bucket(message, now)
        if bucket is None:
            return False, False
        retry_after = bucket.update_rate_limit(now)
        if not retry_after:
            return False, False
        user = message.author.id
        if self._noticed_until.get(user, 0.0) > now:
            return True, False
        self._noticed_until[user] = now + retry_after
        if len(self._noticed_until) > 10_000:  # forget windows long over
            self._noticed_until = {u: t for u, t in self._noticed_until.items() if t > now}
        return True, True

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id or message.webhook_id is not None:
            return
        direct = message.guild is None
        mentioned = me in message.mentions
        passive = (
            not direct
            and not mentioned
            and message.guild is not None
            and message.channel.id in self.autoreply.get(message.guild.id, ())
        )
        if not (direct or mentioned or passive):
            return
        answer = await self.bot.kb.answer(self._question(message))
        if passive and not answer.answered:
            return  # nobody asked Parity: below the confidence bar it keeps quiet
        limited, notify = self._rate_limited(message)
        if limited:
            if notify:
                retry = self._noticed_until[message.author.id] - message.created_at.timestamp()
                await message.reply(
                    f"You're asking faster than I can look things up — I'll answer again in about {retry:.0f} s. "
                    "Slash commands like `/ask` aren't limited.",
                    mention_author=False,
                )
            return
        await message.reply(**render.reply(answer), mention_author=False)


async def setup(bot: ParityBot) -> None:
    await bot.add_cog(FreeTextCog(bot))
