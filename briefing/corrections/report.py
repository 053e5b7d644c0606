"""What applying a corrections file did: per entry, the items it changed and its problems.

An entry with problems and no change is stale (it matches nothing in this build); an entry
that changed something may still have problems (a merge of three actors where one is gone).
Every problem becomes one warning line, `corrections.yaml:12: merge: no actor named 'Jon Smith'`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .schema import Correction


@dataclass
class Outcome:
    """One entry: the items it changed, as (kind, id), and why (part of) it did not apply."""

    correction: Correction
    items: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def applied(self) -> bool:
        return bool(self.items)


@dataclass
class Report:
    """Every entry's outcome, in file order; `file` is the file's name as shown in briefing.json."""

    file: str
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def applied(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.applied]

    @property
    def stale(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.applied]

    def warnings(self, shown_as: str) -> list[str]:
        """One line per problem: `<shown_as>:<line>: <action>: <problem>`."""
        return [
            f"{shown_as}:{o.correction.line}: {o.correction.action}: {problem}"
            for o in self.outcomes
            for problem in o.problems
        ]

    def summary(self) -> str:
        problems = sum(len(o.problems) for o in self.outcomes)
        text = f"{len(self.applied)} of {len(self.outcomes)} corrections applied"
        return text + (f", {problems} warning{'s' if problems > 1 else ''}" if problems else "")

    def to_dict(self) -> dict[str, Any]:
        """The `corrections` object of briefing.json."""
        return {
            "file": self.file,
            "applied": [_applied(o) for o in self.applied],
            "stale": [
                {"line": o.correction.line, "action": o.correction.action, "reason": "; ".join(o.problems)}
                for o in self.stale
            ],
        }


def _applied(o: Outcome) -> dict[str, Any]:
    c = o.correction
    entry: dict[str, Any] = {
        "line": c.line,
        "action": c.action,
        "items": [{"kind": kind, "id": item_id} for kind, item_id in o.items],
    }
    if o.problems:
        entry["warnings"] = o.problems
    if c.note:
        entry["note"] = c.note
    return entry
