"""Reading and validating the human-edited knowledge files.

Files are YAML lists of facts. Loading is fast (libyaml when available); only when
something is wrong is the file parsed again for node positions, so every problem can
be reported as ``file:line: message``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import KnowledgeFileError, Problem
from .models import Fact

# libyaml is several times faster; fall back to the pure-Python loader where PyYAML lacks it.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """The safe loader, refusing a key written twice in one fact: YAML would keep the last silently, so an edit
    pasted below a field of the same name would replace it unseen."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (first on line {seen[key]})", key_node.start_mark
                )
            seen[key] = key_node.start_mark.line + 1
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


DATA_DIR = Path(__file__).parent / "data"


def data_files(paths: Iterable[Path] | None = None) -> list[Path]:
    """The knowledge files to load: the given files/folders, or the bundled ones."""
    found: list[Path] = []
    for path in paths or [DATA_DIR]:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"}))
        else:
            found.append(path)
    return found


def _node_lines(text: str) -> list[dict[str, int]]:
    """For each top-level item, the 1-based line of the item and of each key."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    lines: list[dict[str, int]] = []
    if isinstance(root, yaml.SequenceNode):
        for item in root.value:
            entry = {"": item.start_mark.line + 1}
            if isinstance(item, yaml.MappingNode):
                for key, value in item.value:
                    entry[str(key.value)] = key.start_mark.line + 1
                    if isinstance(value, yaml.SequenceNode):
                        for i, sub in enumerate(value.value):
                            entry[f"{key.value}.{i}"] = sub.start_mark.line + 1
            lines.append(entry)
    return lines


def _line_for(lines: list[dict[str, int]], index: int, loc: Sequence[int | str]) -> int:
    if index >= len(lines):
        return 1
    entry = lines[index]
    if loc:
        if len(loc) > 1 and f"{loc[0]}.{loc[1]}" in entry:
            return entry[f"{loc[0]}.{loc[1]}"]
        if str(loc[0]) in entry:
            return entry[str(loc[0])]
    return entry[""]


def _describe(error: Any) -> str:
    loc = ".".join(str(part) for part in error["loc"])
    message = str(error["msg"])
    return f"{loc}: {message}" if loc else message


def parse_file(path: Path, display: str | None = None) -> tuple[list[Located], list[Problem]]:
    """Parse one file into located facts, collecting every problem instead of stopping at the first."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], [Problem(name, 1, "no such file")]
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(name, 1, f"cannot read file: {exc}")]
    try:
        raw = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc)
        return [], [Problem(name, line, f"not valid YAML: {reason}")]
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [Problem(name, 1, "a knowledge file must be a list of facts")]

    located: list[Located] = []
    problems: list[Problem] = []
    lines: list[dict[str, int]] | None = None
    for index, item in enumerate(raw):
        try:
            fact = Fact.model_validate(item)
        except ValidationError as exc:
            lines = lines if lines is not None else _node_lines(text)
            for error in exc.errors():
                problems.append(Problem(name, _line_for(lines, index, error["loc"]), _describe(error)))
        else:
            located.append(Located(fact, name, index))
    return located, problems


@dataclass(frozen=True)
class Located:
    """A fact and where it was read, so later checks can point at it."""

    fact: Fact
    path: str
    index: int


def load_facts(paths: Iterable[Path] | None = None) -> list[Fact]:
    """Load and validate every knowledge file; raise with every problem if any is broken."""
    located: list[Located] = []
    problems: list[Problem] = []
    for path in data_files(paths):
        parsed, found = parse_file(path)
        located.extend(parsed)
        problems.extend(found)
    problems.extend(_duplicates(located))
    if problems:
        raise KnowledgeFileError(problems)
    return [loc.fact for loc in located]


def _duplicates(located: list[Located]) -> list[Problem]:
    """Ids must be unique across all files: answers and feedback refer to them."""
    first: dict[str, Located] = {}
    problems: list[Problem] = []
    for loc in located:
        earlier = first.setdefault(loc.fact.id, loc)
        if earlier is not loc:
            where = f"{earlier.path}, item {earlier.index + 1}"
            problems.append(Problem(loc.path, _item_line(loc), f"duplicate id {loc.fact.id!r} (first in {where})"))
    return problems


def _item_line(loc: Located) -> int:
    try:
        lines = _node_lines(Path(loc.path).read_text(encoding="utf-8"))
    except OSError:
        return 1
    return _line_for(lines, loc.index, ("id",))


def content_hash(facts: Iterable[Fact]) -> str:
    """A short version for the knowledge base: changes whenever any fact changes."""
    digest = hashlib.sha256()
    for fact in sorted(facts, key=lambda f: f.id):
        digest.update(fact.model_dump_json().encode())
    return digest.hexdigest()[:12]
