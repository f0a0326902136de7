"""The Discord bot: resources injected, extensions loaded in ``setup_hook``, one error policy.

``ParityBot`` receives its settings, store and knowledge base already open (the runner owns
them with ``async with``), so tests build the very same bot against a temporary database.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from commands.render import ComponentError, SuggestionButton, VoteButton
from knowledge.engine import KnowledgeBase
from knowledge.errors import ParityError
from knowledge.store import Store

from .settings import Settings

log = logging.getLogger(__name__)

EXTENSIONS: tuple[str, ...] = (
    "commands.ask",
    "commands.facts",
    "commands.info",
    "commands.freetext",
    "commands.admin",
    "commands.charts",
    "commands.digest",
)

APOLOGY = "Sorry, something went wrong on my side. It has been logged; please try again."


def _refusal(error: app_commands.AppCommandError) -> str | None:
    """The user-facing text for an expected refusal, or None for a real failure."""
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(p.replace("_", " ").replace("guild", "server").title() for p in error.missing_permissions)
        return f"You need the {needed} permission to do that."
    if isinstance(error, app_commands.BotMissingPermissions):
        needed = ", ".join(p.replace("_", " ").replace("guild", "server").title() for p in error.missing_permissions)
        return f"I need the {needed} permission here to do that."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command only works in a server."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.TransformerError):
        return "I couldn't read one of the options; please pick it from the list."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here."
    return None


class ParityTree(app_commands.CommandTree["ParityBot"]):
    """The one error policy for slash commands, autocomplete and buttons.

    Domain errors (``ParityError``) and refused checks go back as their own text, ephemerally.
    Anything else is logged with guild, channel, user and command ids, and the user gets a
    short apology: never a traceback.
    """

    async def on_error(self, interaction: discord.Interaction[ParityBot], error: app_commands.AppCommandError) -> None:
        original: BaseException = getattr(error, "original", error)
        text = str(original) if isinstance(original, ParityError) else _refusal(error)
        if text is None:
            command = interaction.command.qualified_name if interaction.command else None
            custom_id = interaction.data.get("custom_id") if interaction.data else None
            log.error(
                "interaction failed: guild=%s channel=%s user=%s command=%s component=%s",
                interaction.guild_id,
                interaction.channel_id,
                interaction.user.id,
                command,
                custom_id,
                exc_info=original,
            )
            text = APOLOGY
        else:
            log.info(
                "refused interaction: guild=%s channel=%s user=%s reason=%s",
                interaction.guild_id,
                interaction.channel_id,
                interaction.user.id,
                type(original).__name__,
            )
        await self.tell(interaction, text)

    @staticmethod
    async def tell(interaction: discord.Interaction[Any], text: str) -> None:
        """An ephemeral note, whether or not the interaction was already acknowledged."""
        if interaction.type is discord.InteractionType.autocomplete:
            return  # autocomplete cannot show a message; Discord shows "loading options failed"
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True)
            else:
                await interaction.response.send_message(text, ephemeral=True)
        except discord.HTTPException:
            log.warning(
                "could not send the error note: guild=%s channel=%s user=%s",
                interaction.guild_id,
                interaction.channel_id,
                interaction.user.id,
            )

    async def report(self, interaction: discord.Interaction[ParityBot], error: Exception) -> None:
        """Route a button's failure through the same policy as a command's."""
        wrapped = error if isinstance(error, app_commands.AppCommandError) else ComponentError(error)
        await self.on_error(interaction, wrapped)


def _intents() -> discord.Intents:
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = True  # privileged: free text in opted-in channels needs it
    return intents


class ParityBot(commands.AutoShardedBot):
    """Parity on Discord. Resources are injected; nothing is read from the environment here."""

    tree: ParityTree

    def __init__(
        self,
        *,
        settings: Settings,
        store: Store,
        kb: KnowledgeBase,
        sync_commands: bool = False,
        extensions: Sequence[str] = EXTENSIONS,
        shard_count: int | None = None,
        shard_ids: list[int] | None = None,
    ) -> None:
        sharding: dict[str, Any] = {"shard_count": shard_count}
        if shard_ids is not None:
            sharding["shard_ids"] = shard_ids
        super().__init__(
            command_prefix=commands.when_mentioned,  # no prefix commands; free text is handled by commands.freetext
            help_command=None,
            intents=_intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=ParityTree,
            **sharding,
        )
        self.settings = settings
        self.store = store
        self.kb = kb
        self.sync_commands = sync_commands
        self.extension_names = tuple(extensions)
        self.failed_extensions: list[str] = []

    async def setup_hook(self) -> None:
        # Buttons carry their state in their custom ids, so they work on messages sent before a restart.
        self.add_dynamic_items(SuggestionButton, VoteButton)
        for name in self.extension_names:
            try:
                if name in self.extensions:
                    # setup_hook again on the same client (a fresh login after its tasks were
                    # cancelled): reload, so each cog's cog_unload/cog_load restart its own tasks.
                    await self.reload_extension(name)
                else:
                    await self.load_extension(name)
            except commands.ExtensionError:
                # One broken feature must not take the others down with it.
                log.exception("could not load extension %s; continuing without it", name)
                self.failed_extensions.append(name)
        if self.sync_commands:
            await self.sync_app_commands()

    async def sync_app_commands(self) -> list[app_commands.AppCommand]:
        """Push the command tree to Discord: to the development guild when one is set, else globally."""
        guild_id = self.settings.dev_guild_id
        if guild_id is not None:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to development guild %s", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d commands globally", len(synced))
        return synced

    async def on_message(self, message: discord.Message, /) -> None:
        # Parity has no prefix commands: free text is answered by the commands.freetext listener.
        return

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("ready as %s (%s) in %d guilds, shards %s", self.user, self.user.id, len(self.guilds), self.shard_ids)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        # Ids only: never the message text.
        message = next((a for a in args if isinstance(a, discord.Message)), None)
        if message is not None:
            log.exception(
                "error in %s: guild=%s channel=%s user=%s message=%s",
                event_method,
                message.guild.id if message.guild else None,
                message.channel.id,
                message.author.id,
                message.id,
            )
        else:
            log.exception("error in %s", event_method)

    def owns_guild(self, guild_id: int) -> bool:
        """Whether this process runs the shard that owns the guild (for per-guild jobs)."""
        if self.shard_count is None or self.shard_ids is None:
            return True
        return (guild_id >> 22) % self.shard_count in self.shard_ids
