"""Thin discord.py extensions, one per feature."""
