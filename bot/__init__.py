"""Parity's composition root: settings, logging, the bot, the command line."""
