"""``parity digest preview``: what a digest would contain, offline."""

from __future__ import annotations

import pytest

from bot.cli import main


def test_preview_on_an_edition_anniversary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", "preview", "--date", "2026-04-07"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Parity daily digest — Tuesday 07 April 2026")
    assert "On this day in 2025, Stanford HAI released the 8th AI Index" in out
    assert out.count("Source: AI Index") >= 3


def test_preview_rejects_a_malformed_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["digest", "preview", "--date", "7 April"]) == 2
    assert "--date must be YYYY-MM-DD" in capsys.readouterr().err
