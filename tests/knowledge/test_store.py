"""The SQLite store: migrations, the knowledge copy, and full-text search safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import KnowledgeBase
from knowledge.store import INSERT_BATCH, Store, _statements, fts_query, migrations


async def test_migrations_are_numbered_and_applied_once(tmp_path: Path) -> None:
    numbers = [n for n, _, _ in migrations()]
    assert numbers == sorted(numbers) and numbers[0] == 1
    store = await Store.open(tmp_path / "a.db")
    try:
        assert await store.schema_version() == numbers[-1]
        assert await store.migrate() == numbers[-1]  # nothing left to apply
    finally:
        await store.close()


async def test_knowledge_is_rebuilt_only_when_the_files_change(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    async with KnowledgeBase.open(db) as first:
        version = first.version
    store = await Store.open(db)
    try:
        assert await store.get_kb_version() == version
        assert len(await store.list_facts()) == len(first.facts)
    finally:
        await store.close()


@pytest.mark.parametrize(
    "terms",
    [['"'], ["AND"], ["near("], ["*"], ["a:b"], ["x OR y"], ["'; drop table facts; --"]],
)
def test_user_text_never_becomes_fts_syntax(terms: list[str]) -> None:
    assert fts_query(terms) is None


def test_fts_query_quotes_plain_words() -> None:
    assert fts_query(["mmlu", "china", "mmlu"]) == '"mmlu" OR "china"'


def test_statements_split_without_committing() -> None:
    script = "-- a comment\nCREATE TABLE a (x TEXT); -- trailing\nINSERT INTO a VALUES (';');\n"
    statements = _statements(script)
    assert len(statements) == 2
    assert statements[0].startswith("-- a comment\nCREATE TABLE a")
    assert statements[1] == "INSERT INTO a VALUES (';');"


async def test_search_results_are_reused_until_the_facts_change(tmp_path: Path) -> None:
    async with KnowledgeBase.open(tmp_path / "kb.db") as kb:
        store = kb.store
        first = store.search(["mmlu", "gap"], limit=10)
        assert "gap-mmlu-us-china" in first
        first.clear()  # a caller changing its list must not change what the next caller gets
        assert "gap-mmlu-us-china" in store.search(["mmlu", "gap"], limit=10)

        # A new set of facts: the same search now finds only what is there.
        only = [f for f in kb.facts if f.id == "gap-humaneval-us-china"]
        await store.replace_facts(only, "test-version")
        assert store.search(["mmlu", "gap"], limit=10) == ["gap-humaneval-us-china"]


async def test_search_ranks_by_bm25_when_there_are_more_matches_than_wanted(tmp_path: Path) -> None:
    async with KnowledgeBase.open(tmp_path / "kb.db") as kb:
        everything = kb.store.search(["model"], limit=1000)
        best = kb.store.search(["model"], limit=3)
        assert len(everything) > 3
        # The facts that name models most, not the first three rows of the table.
        assert best == ["research-foundation-models-2023", "models-openai-2024", "models-notable-china-2024"]
        assert best != everything[:3]
        # With room for every match, all of them come back.
        assert sorted(kb.store.search(["mmlu"], limit=100)) == sorted(kb.store.search(["mmlu"], limit=6))


async def test_a_knowledge_base_larger_than_one_batch_is_written_whole(tmp_path: Path) -> None:
    async with KnowledgeBase.open(tmp_path / "kb.db") as kb:
        base = kb.facts
        many = [base[i % len(base)].model_copy(update={"id": f"copy-{i}"}) for i in range(2 * INSERT_BATCH + 7)]
        await kb.store.replace_facts(many, "many")
        assert [f.id for f in await kb.store.list_facts()] == sorted(f.id for f in many)
        assert await kb.store.get_kb_version() == "many"


async def test_a_database_from_before_shared_rowids_is_rebuilt(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    async with KnowledgeBase.open(db):
        pass
    # The layout before migration 4: full-text rows numbered on their own, not as their facts.
    store = await Store.open(db)
    try:
        await store._db.execute("BEGIN IMMEDIATE")
        await store._db.execute("CREATE TEMP TABLE old AS SELECT * FROM facts_fts")
        await store._db.execute("DELETE FROM facts_fts")
        await store._db.execute(
            "INSERT INTO facts_fts (rowid, id, label, aliases, questions, metric, entities, statement)"
            " SELECT 100000 - (SELECT rowid FROM facts WHERE facts.id = old.id), id, label, aliases, questions,"
            " metric, entities, statement FROM old"
        )
        await store._db.execute("PRAGMA user_version = 3")
        await store._db.execute("COMMIT")
    finally:
        await store.close()

    async with KnowledgeBase.open(db) as kb:
        assert "gap-mmlu-us-china" in kb.store.search(["mmlu", "gap"], limit=10)
        answer = await kb.answer("US-China gap on MMLU")
        assert answer.answered and answer.facts[0].id == "gap-mmlu-us-china"


async def test_a_reopened_database_is_searched_without_a_rebuild(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    async with KnowledgeBase.open(db):
        pass
    store = await Store.open(db)
    try:
        # Nothing rebuilt the facts: the copy that searches read was taken when the store opened.
        assert "gap-mmlu-us-china" in store.search(["mmlu", "gap"], limit=10)
    finally:
        await store.close()
