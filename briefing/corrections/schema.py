"""What a `corrections.yaml` entry may say, checked entry by entry with the line of any problem.

The file is a YAML list. Each entry has one action, whose value names what it corrects by
its kind and its id or name, and the action's options:

    - merge: {actor: J. Smith}       # or a list: {actor: [J. Smith, Smith]}
      into: John Smith
    - detach: {actor: john-smith}
      alias: Jon Smith
      kind: person                   # optional: the kind of the new actor
    - rename: {actor: raytheon}
      to: RTX Corporation            # `to`, `kind` (actors only), or both
      kind: organization
    - drop: {quote: q-3f2a9c1b7e}    # actor, program, quote, statement, event or term
    - reattribute: {statement: s-19a0c2d4e1}
      to: Lloyd Austin               # an actor, or {unnamed: a US official}
    - add: {term: CNAD}
      expansion: Conference of National Armaments Directors
      document: japan-nato           # optional evidence: a document id and paragraph
      paragraph: 8
    - add: {program: Golden Dome}
      aliases: [Golden Dome for America]
      description: A missile defence shield.

Any entry may carry a `note` (why the correction was made); it is kept in the report.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from ..model import ACTOR_KINDS

KINDS = ("actor", "program", "quote", "statement", "event", "term")


class Problem(Exception):
    """A malformed entry: the line and the reason (the loader adds the file name)."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"{line}: {reason}")
        self.line, self.reason = line, reason


@dataclass(frozen=True)
class Correction:
    """One entry of the file. `targets` are the ids or names the action applies to (several
    only for `merge`); the other fields are the action's options, None when not given."""

    action: str
    kind: str
    targets: tuple[str, ...]
    line: int
    into: str | None = None
    alias: str | None = None
    to: str | None = None
    unnamed: str | None = None
    new_kind: str | None = None
    expansion: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None
    document: str | None = None
    paragraph: int | None = None
    note: str | None = None

    @property
    def target(self) -> str:
        return self.targets[0]


@dataclass(frozen=True)
class _Spec:
    kinds: tuple[str, ...]
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    many: bool = False


ACTIONS = {
    "merge": _Spec(("actor", "program"), required=("into",), many=True),
    "detach": _Spec(("actor",), required=("alias",), optional=("kind",)),
    "rename": _Spec(("actor", "program"), optional=("to", "kind")),
    "drop": _Spec(KINDS, optional=("expansion",)),
    "reattribute": _Spec(("quote", "statement"), required=("to",)),
    "add": _Spec(("program", "term"), optional=("expansion", "aliases", "description", "document", "paragraph")),
}
# Options that only make sense for some kinds of subject.
_ONLY_FOR = {
    ("rename", "kind"): ("actor",),
    ("drop", "expansion"): ("term",),
    ("add", "expansion"): ("term",),
    ("add", "aliases"): ("program",),
    ("add", "description"): ("program",),
}
EXAMPLE = "- drop: {quote: q-3f2a9c1b7e}"


def parse(data: Any) -> list[Correction]:
    """Every entry of the loaded file (None for a file with only comments), in file order."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise Problem(getattr(data, "line", 1), f"the file must be a list of corrections, each starting with '- ' ({EXAMPLE})")
    return [_entry(item, line) for item, line in zip(data, data.lines)]


def _entry(entry: Any, line: int) -> Correction:
    if not isinstance(entry, dict):
        raise Problem(line, f"a correction is an action and what it applies to, such as '{EXAMPLE}'")
    actions = [key for key in entry if key in ACTIONS]
    if not actions:
        raise Problem(line, _unknown_action(entry))
    if len(actions) > 1:
        raise Problem(line, f"one action per entry: found {' and '.join(map(repr, actions))}")
    action = actions[0]
    spec = ACTIONS[action]
    kind, targets = _subject(action, spec, entry[action], entry.lines[action])
    allowed = [k for k in (*spec.required, *spec.optional) if kind in _ONLY_FOR.get((action, k), (kind,))]
    for key in entry:
        if key != action and key not in allowed and key != "note":
            expected = ", ".join([*allowed, "note"])
            raise Problem(entry.lines[key], f"{action}: unknown key {key!r} for {_a(kind)} (expected: {expected})")
    for key in spec.required:
        if key not in entry:
            raise Problem(line, f"{action}: missing {key!r}")
    values = {key: _option(action, key, entry[key], entry.lines[key]) for key in entry if key != action}
    return _checked(Correction(action=action, kind=kind, targets=targets, line=line, **_fields(values)))


def _unknown_action(entry: dict) -> str:
    first = next(iter(entry), None)
    actions = ", ".join(sorted(ACTIONS))
    if not isinstance(first, str):
        return f"no action (expected one of: {actions})"
    close = difflib.get_close_matches(first, ACTIONS, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown action {first!r}{hint}; the actions are: {actions}"


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _subject(action: str, spec: _Spec, value: Any, line: int) -> tuple[str, tuple[str, ...]]:
    """The kind and the ids or names of what the action applies to: `{actor: NAME}`."""
    forms = " or ".join(f"{{{k}: ...}}" for k in spec.kinds)
    if not isinstance(value, dict) or len(value) != 1:
        raise Problem(line, f"{action}: say what to {action} as {forms}")
    kind, named = next(iter(value.items()))
    if kind not in spec.kinds:
        raise Problem(line, f"{action}: cannot {action} {kind!r} (expected {forms})")
    if spec.many and isinstance(named, list):
        if not named:
            raise Problem(line, f"{action}: the list of {kind}s is empty")
        return kind, tuple(_text(action, kind, n, item_line) for n, item_line in zip(named, named.lines))
    return kind, (_text(action, kind, named, value.lines[kind]),)


def _text(action: str, key: str, value: Any, line: int) -> str:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    if isinstance(value, str):
        raise Problem(line, f"{action}: {key!r} is empty")
    what = "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else repr(value)
    hint = "; put it in quotes" if isinstance(value, (bool, int, float)) or value is None else ""
    raise Problem(line, f"{action}: {key!r} must be text, not {what}{hint}")


def _option(action: str, key: str, value: Any, line: int) -> Any:
    if key == "paragraph":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise Problem(line, f"{action}: 'paragraph' must be a paragraph number (1, 2, ...), not {value!r}")
        return value
    if key == "aliases":
        if not isinstance(value, list):
            raise Problem(line, f"{action}: 'aliases' must be a list, such as [Golden Dome for America]")
        return tuple(_text(action, "aliases", v, item_line) for v, item_line in zip(value, value.lines))
    if key == "kind":
        if value not in ACTOR_KINDS:
            raise Problem(line, f"{action}: 'kind' must be one of {', '.join(ACTOR_KINDS)}, not {value!r}")
        return value
    if key == "to" and action == "reattribute" and isinstance(value, dict):
        if set(value) != {"unnamed"}:
            raise Problem(line, "reattribute: 'to' is an actor's id or name, or {unnamed: a US official}")
        return {"unnamed": _text(action, "unnamed", value["unnamed"], value.lines["unnamed"])}
    return _text(action, key, value, line)


def _fields(values: dict[str, Any]) -> dict[str, Any]:
    """The entry's options as `Correction` fields (`kind` is `new_kind`; `to` may be unnamed)."""
    fields = dict(values)
    if "kind" in fields:
        fields["new_kind"] = fields.pop("kind")
    if isinstance(fields.get("to"), dict):
        fields["unnamed"] = fields.pop("to")["unnamed"]
    return fields


def _checked(c: Correction) -> Correction:
    """Rules that join several options."""
    if c.action == "rename" and c.to is None and c.new_kind is None:
        raise Problem(c.line, "rename: give the new name ('to'), the new 'kind', or both")
    if c.action == "add" and c.kind == "term" and c.expansion is None:
        raise Problem(c.line, "add: a term needs its 'expansion'")
    if (c.document is None) != (c.paragraph is None):
        raise Problem(c.line, f"{c.action}: 'document' and 'paragraph' go together (the paragraph that shows it)")
    return c
