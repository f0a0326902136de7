"""`parity ask`, `parity kb ...`: the offline command line, as a person at a terminal uses it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.models import Answer


def test_ask_prints_a_sourced_plain_text_answer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "What is the US-China gap on MMLU?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("US–China gap on MMLU: 0.3 percentage points (end of 2024).")
    assert "Source: AI Index 2025, Ch.2 Technical Performance — https://hai.stanford.edu/" in out


def test_ask_json_prints_one_answer_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "/fact robots china"]) == 0
    answer = Answer.model_validate_json(capsys.readouterr().out)
    assert answer.answered
    assert answer.facts[0].id.startswith("robots-china-installs")
    assert answer.facts[0].source_url.startswith("https://")


def test_ask_json_reads_questions_from_stdin_in_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    questions = ["/gap mmlu", "", "What is the capital of Australia?", "US vs China private investment 2025"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(questions) + "\n"))
    assert main(["ask", "--json", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    answers = [Answer.model_validate_json(line) for line in lines]
    assert [a.question for a in answers] == questions
    assert [a.answered for a in answers] == [True, False, False, True]


def test_ask_help_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    main(["ask", "/help"])
    assert "/gap humaneval" in capsys.readouterr().out
    main(["ask", "/sources"])
    out = capsys.readouterr().out
    assert "AI Index 2025 (8th edition, released 2025-04-07" in out
    assert "Known errors in popular coverage:" in out


def test_kb_check_passes_on_the_bundled_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "check"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


def test_kb_check_reports_file_and_line_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  metric: m\n  value: [1\n")
    assert main(["kb", "check", str(bad)]) == 1
    assert capsys.readouterr().out.startswith(f"{bad}:")


def test_kb_export_json_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    main(["kb", "export", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 330
    assert set(rows[0]) == {"id", "metric", "statement", "value", "unit", "period", "edition", "chapter", "source_url"}
    main(["kb", "export", "--csv"])
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(table) == len(rows)
    assert table[0]["id"] == rows[0]["id"]


def test_kb_build_writes_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "kb.db"
    assert main(["kb", "build", "--db", str(db)]) == 0
    assert db.exists()
    assert "knowledge-base version" in capsys.readouterr().out


def test_console_answers_and_picks_suggestions() -> None:
    session = "mmlu gap\n/sources\n/quit\n"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input=session,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "0.3 percentage points" in done.stdout
    assert "Known errors in popular coverage" in done.stdout


def test_ask_does_not_import_discord() -> None:
    code = "import sys; from bot.cli import main; main(['ask', 'mmlu gap']); print('discord' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().endswith("False")
