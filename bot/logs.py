"""Logging set-up for the bot process.

Modules log through ``logging.getLogger(__name__)`` with ids; nothing here or anywhere else
logs the token or a user's message text. A filter redacts anything that looks like a token
in case a library ever prints one.
"""

from __future__ import annotations

import logging
import re
import sys

# Discord bot tokens: three base64url parts separated by dots, the first an encoded user id.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}")


class RedactTokens(logging.Filter):
    """Replace anything shaped like a bot token with ``[token]``."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN.search(message):
            record.msg = _TOKEN.sub("[token]", message)
            record.args = None
        return True


def setup_logging(level: str = "INFO") -> None:
    """Log to stderr with timestamps; discord.py's own loggers at WARNING unless DEBUG is asked for."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    if level != "DEBUG":
        logging.getLogger("discord").setLevel(logging.WARNING)
        logging.getLogger("discord.gateway").setLevel(logging.WARNING)
    logging.getLogger("aiosqlite").setLevel(logging.WARNING)
