"""Parity's configuration: one pydantic-settings ``Settings``, read from ``PARITY_*`` variables or ``.env``.

Built once at start-up and passed down; nothing reads the environment at import time.
``.env.example`` at the repository root documents every variable.
"""

from __future__ import annotations

import logging

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything an operator can set. The token is optional so the offline commands work without it."""

    model_config = SettingsConfigDict(
        env_prefix="PARITY_", env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    discord_token: SecretStr | None = Field(default=None, description="Bot token from the developer portal.")
    database: str = Field(default="parity.db", description="SQLite file for the knowledge copy and bot state.")
    dev_guild_id: int | None = Field(default=None, description="Sync commands to this guild only (development).")
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING, ERROR or CRITICAL.")
    free_text_cooldown_rate: int = Field(default=3, ge=1, description="Free-text answers a user gets per window.")
    free_text_cooldown_seconds: float = Field(default=30.0, gt=0, description="Length of that window, in seconds.")
    digest_catch_up_hours: float = Field(
        default=6.0, ge=0, le=23, description="How late a missed daily digest may still be posted after downtime."
    )
    digest_concurrency: int = Field(default=25, ge=1, le=500, description="Digests sent at the same time.")

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError(f"unknown log level {value!r}")
        return level

    @field_validator("discord_token")
    @classmethod
    def _blank_is_missing(cls, value: SecretStr | None) -> SecretStr | None:
        # An empty PARITY_DISCORD_TOKEN= line in .env means "not set", not "an empty token".
        if value is not None and not value.get_secret_value().strip():
            return None
        return value
