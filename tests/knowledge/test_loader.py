"""The knowledge files: every bundled file validates; broken ones are reported by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.errors import KnowledgeFileError
from knowledge.loader import DATA_DIR, content_hash, data_files, load_facts, parse_file
from knowledge.models import Edition

GOOD = """\
- id: demo-fact
  metric: demo.metric
  label: Demo metric in the US
  topic: demo
  statement: A demonstration figure used only by this test file.
  value: 12.5
  unit: percent
  entities: [US]
  period: '2024'
  edition: AI Index 2025
  chapter: Ch.4 Economy
  sources: [https://hai.stanford.edu/ai-index/2025-ai-index-report]
"""


def test_bundled_files_validate() -> None:
    facts = load_facts()
    assert len(facts) >= 330
    assert len({f.id for f in facts}) == len(facts)
    assert all(f.source_url.startswith("http") for f in facts)
    assert {f.edition for f in facts} >= {Edition.AI_INDEX_2024, Edition.AI_INDEX_2025, Edition.AI_INDEX_2026}


def test_every_ai_index_fact_links_an_official_page_first() -> None:
    for fact in load_facts():
        if fact.edition is not Edition.CONTEXT:
            assert fact.source_url.startswith("https://hai.stanford.edu/"), fact.id


def test_files_ship_inside_the_package() -> None:
    assert DATA_DIR.parent.name == "knowledge"
    assert len(data_files()) >= 10


def test_content_hash_changes_with_content(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(GOOD)
    before = content_hash(load_facts([path]))
    path.write_text(GOOD.replace("12.5", "12.6"))
    assert content_hash(load_facts([path])) != before


@pytest.mark.parametrize(
    ("broken", "line", "fragment"),
    [
        (GOOD.replace("value: 12.5", "value: twelve"), 6, "value"),
        (GOOD.replace("  unit: percent\n", ""), 1, "unit"),
        (GOOD.replace("edition: AI Index 2025", "edition: AI Index 2031"), 10, "edition"),
        (
            GOOD.replace("sources: [https://hai.stanford.edu/ai-index/2025-ai-index-report]", "sources: [not a url]"),
            12,
            "web address",
        ),
        (GOOD.replace("  topic: demo\n", "  topic: demo\n  colour: blue\n"), 5, "colour"),
        (GOOD.replace("entities: [US]", "entities: [US"), 9, "not valid YAML"),
        # A field written twice: YAML would keep the second without a word.
        (GOOD + "  value: 13\n", 13, "duplicate key 'value' (first on line 6)"),
    ],
)
def test_problems_are_reported_with_file_and_line(tmp_path: Path, broken: str, line: int, fragment: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(broken)
    facts, problems = parse_file(path)
    assert facts == []
    assert problems, "a broken fact must be reported"
    assert problems[0].path == str(path)
    assert problems[0].line == line
    assert fragment in problems[0].message
    assert str(problems[0]).startswith(f"{path}:{line}: ")


def test_a_broken_file_stops_the_whole_load(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(GOOD)
    (tmp_path / "bad.yaml").write_text(GOOD.replace("demo-fact", "other-fact").replace("12.5", "oops"))
    with pytest.raises(KnowledgeFileError) as caught:
        load_facts([tmp_path])
    assert "bad.yaml:6:" in str(caught.value)


def test_duplicate_ids_are_reported_where_they_repeat(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "b.yaml").write_text("# a comment\n" + GOOD)
    with pytest.raises(KnowledgeFileError) as caught:
        load_facts([tmp_path])
    problem = caught.value.problems[0]
    assert problem.path.endswith("b.yaml")
    assert problem.line == 2
    assert "duplicate id 'demo-fact'" in problem.message


def test_a_series_must_hold_the_value(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(GOOD + "  series:\n    '2023': 10.0\n    '2024': 11.0\n")
    _, problems = parse_file(path)
    assert problems and "series" in problems[0].message


def test_a_file_that_is_not_a_list(tmp_path: Path) -> None:
    path = tmp_path / "map.yaml"
    path.write_text("id: x\n")
    _, problems = parse_file(path)
    assert str(problems[0]) == f"{path}:1: a knowledge file must be a list of facts"
