"""Read `corrections.yaml` keeping line numbers, and stop on the first problem with `file:line: reason`.

PyYAML's safe loader builds the data; the subclass here makes every mapping and list remember
the line it starts on and the line of each value, so `schema.parse` can name the line of any
problem. A duplicate key, which PyYAML would silently resolve to the last value, is an error.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import BriefingError
from .schema import Correction, Problem, parse

FILE_NAME = "corrections.yaml"


class CorrectionsError(BriefingError):
    """A corrections file that cannot be used: `path:line: reason`, on one line."""

    def __init__(self, path: Path | str, line: int | None, reason: str):
        self.path, self.line, self.reason = Path(path), line, reason
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {' '.join(reason.split())}")


class LineDict(dict):
    """A YAML mapping with the line it starts on and the line of each value (1-based)."""

    line: int = 0
    lines: dict[Any, int]


class LineList(list):
    """A YAML list with the line it starts on and the line of each item (1-based)."""

    line: int = 0
    lines: list[int]


class _LineLoader(yaml.SafeLoader):
    """The safe loader, building `LineDict` and `LineList` instead of dict and list."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode):
    data = LineDict()
    data.line, data.lines = node.start_mark.line + 1, {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise Problem(line, "a key must be a word, such as 'merge' or 'into'")
        if key in data:
            raise Problem(line, f"duplicate key {key!r} in one entry")
        data[key] = loader.construct_object(value_node, deep=True)
        data.lines[key] = value_node.start_mark.line + 1


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode):
    data = LineList()
    data.line = node.start_mark.line + 1
    data.lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=True) for child in node.value)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


def _yaml_problem(exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    """The line and reason of a YAML syntax error. An unclosed bracket or quote is found lines
    later, where the parser gives up: the line named is then the one that opened it."""
    problem = exc.problem_mark.line + 1 if exc.problem_mark else None
    opened = exc.context_mark.line + 1 if exc.context_mark else None
    unclosed = bool(exc.context) and any(word in exc.context for word in ("flow", "quoted"))
    if unclosed and opened and opened != problem:
        return opened, f"not valid YAML: {exc.context} that starts here, {exc.problem} at line {problem}"
    return problem or opened, f"not valid YAML: {exc.problem or exc.context}"


def default_path(seeds_dir: Path) -> Path:
    """Where the build looks for corrections when none is named: beside the seeds folder."""
    return Path(seeds_dir).parent / FILE_NAME


def corrections_for(seeds_dir: Path, named: Path | None = None) -> Path | None:
    """The corrections file a build reads: the one named (it must exist), else corrections.yaml
    beside the seeds folder when there is one."""
    if named is not None:
        return Path(named)
    path = default_path(seeds_dir)
    return path if path.is_file() else None


def load_corrections(path: Path) -> list[Correction]:
    """The corrections in `path`, in file order. Raises `CorrectionsError` naming file and line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CorrectionsError(path, None, "corrections file not found") from None
    except OSError as exc:
        raise CorrectionsError(path, None, f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorrectionsError(path, raw.count(b"\n", 0, exc.start) + 1, "not UTF-8 text") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
        return parse(data)
    except yaml.MarkedYAMLError as exc:
        raise CorrectionsError(path, *_yaml_problem(exc)) from None
    except yaml.YAMLError as exc:
        raise CorrectionsError(path, None, f"not valid YAML: {exc}") from None
    except Problem as problem:
        raise CorrectionsError(path, problem.line, problem.reason) from None
