"""``/autoreply``: a server opts a channel in or out of free-text answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from .freetext import FreeTextCog

if TYPE_CHECKING:
    from bot.bot import ParityBot


class AdminCog(commands.Cog):
    def __init__(self, bot: ParityBot) -> None:
        self.bot = bot

    @app_commands.command(name="autoreply")
    @app_commands.describe(
        channel="The text channel to change",
        enabled="True: answer questions typed there; False: only answer when mentioned",
    )
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)  # server admins can override the default above
    async def autoreply(
        self, interaction: discord.Interaction[ParityBot], channel: discord.TextChannel, enabled: bool
    ) -> None:
        """Turn free-text answers on or off in a channel."""
        assert interaction.guild_id is not None  # guild_only
        if enabled:
            changed = await self.bot.store.add_autoreply_channel(interaction.guild_id, channel.id)
            text = (
                f"I'll answer questions typed in {channel.mention} when I'm confident, and stay quiet otherwise."
                if changed
                else f"{channel.mention} was already opted in."
            )
        else:
            changed = await self.bot.store.delete_autoreply_channel(interaction.guild_id, channel.id)
            text = (
                f"I'll only answer in {channel.mention} when mentioned."
                if changed
                else f"{channel.mention} wasn't opted in."
            )
        freetext = self.bot.get_cog(FreeTextCog.__cog_name__)
        if isinstance(freetext, FreeTextCog):
            freetext.set_autoreply(interaction.guild_id, channel.id, enabled)
        await interaction.response.send_message(text, ephemeral=True)


async def setup(bot: ParityBot) -> None:
    await bot.add_cog(AdminCog(bot))
