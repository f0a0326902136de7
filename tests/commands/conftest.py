"""A server with a channel, an ordinary member and an admin, for the SimCord tests."""

from __future__ import annotations

import discord
import pytest
from simcord import ChannelHandle, Env, GuildHandle, MemberActor


@pytest.fixture
def guild(simcord_env: Env) -> GuildHandle:
    return simcord_env.create_guild("AI Policy Club")


@pytest.fixture
def channel(guild: GuildHandle) -> ChannelHandle:
    return guild.create_text_channel("general")


@pytest.fixture
def alice(simcord_env: Env, guild: GuildHandle) -> MemberActor:
    return guild.add_member(simcord_env.create_user("alice"))


@pytest.fixture
def admin(simcord_env: Env, guild: GuildHandle) -> MemberActor:
    role = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    return guild.add_member(simcord_env.create_user("ada"), roles=[role])
