"""`parity chart`: a PNG on disk whose plotted values are the knowledge base's, and a listing."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from PIL import Image

from bot.cli import main
from knowledge.charts import DATA_KEY, PNG_SIGNATURE, png_size
from knowledge.engine import KnowledgeBase


async def test_chart_writes_a_png_with_the_knowledge_bases_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "robots.png"
    # main() runs its own event loop: call it from a thread, as a terminal would from outside any loop.
    assert await asyncio.to_thread(main, ["chart", "robot-installations", "-o", str(target)]) == 0

    png = target.read_bytes()
    assert png.startswith(PNG_SIGNATURE)
    assert png_size(png) == (880, 506)
    out = capsys.readouterr().out
    assert out.startswith(
        f"wrote {target} (880×506 PNG, {len(png):,} bytes)\nIndustrial robot installations by country"
    )
    assert "China        290,258  276,300  295,000" in out
    assert "Source: AI Index 2026, Ch.4 Economy — https://hai.stanford.edu/" in out
    with Image.open(target) as image:
        image.load()
        data = json.loads(image.text[DATA_KEY])  # type: ignore[attr-defined]
    async with KnowledgeBase.open() as kb:
        for series in data["series"]:
            for point in series["points"]:
                fact = kb.get_fact(point["fact_id"])
                assert fact is not None and fact.metric == "robot-installations"
                assert (fact.value, fact.period) == (point["value"], series["name"])


def test_chart_defaults_the_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["chart", "gap-mmlu-us-china"]) == 0
    assert (tmp_path / "parity-gap-mmlu-us-china.png").read_bytes().startswith(PNG_SIGNATURE)


def test_chart_list_names_every_chart(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chart", "--list"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    keys = [key for key, _ in rows]
    assert {"us-china-benchmark-gaps", "us-china-arena-gap", "private-investment", "notable-models"} <= set(keys)
    assert len(keys) == len(set(keys)) > 50


def test_unknown_chart_suggests_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.png"
    assert main(["chart", "robot", "instalations", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("parity: no chart called 'robot instalations'; did you mean: robot-installations")
    assert not target.exists()


def test_chart_reports_an_unwritable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chart", "notable-models", "-o", str(tmp_path / "missing" / "x.png")]) == 1
    assert "parity: could not write" in capsys.readouterr().err
