"""Long lists cut into pages by date: stable keys (`2024`, `2024-07`, `2024-07-16`), never positions.

A list of dated items becomes a small tree of pages. A page holds its items when there are at
most `limit` of them; otherwise it links to one page per finer date (year, then month, then day)
and keeps only the items whose date is no finer than its own (`2024` on the page of 2024).
Adding items never renames a page: at most a page that grew too long is cut into finer ones.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Generic, Iterable, TypeVar

from .views import date_label

T = TypeVar("T")

YEAR, MONTH, DAY = 4, 7, 10  # length of a date key at each level
UNDATED = "undated"


@dataclass
class Part(Generic[T]):
    """One page of a split list: its key, the items it shows, its finer parts."""

    key: str
    items: list[T] = field(default_factory=list)
    parts: list["Part[T]"] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items) + sum(p.count for p in self.parts)

    def walk(self) -> Iterable["Part[T]"]:
        """This part and every finer one, depth first in date order."""
        yield self
        for p in self.parts:
            yield from p.walk()


def period_label(key: str) -> str:
    """'2024-07' -> 'July 2024'; '2024-00' -> '2024, month not given'; 'undated' -> 'Undated'."""
    if key == UNDATED:
        return "Undated"
    head, sep, reported = key.partition("-r")
    if head.endswith("-00"):
        coarse = head[:-3]
        label = f"{date_label(coarse)}, {'month' if len(coarse) == YEAR else 'day'} not given"
        return f"{label}, reported {date_label(reported)}" if sep else label
    return date_label(key)


def split_by_date(
    items: list[T],
    date_of: Callable[[T], str | None],
    limit: int,
    levels: tuple[int, ...] = (MONTH, DAY),
    *,
    reported_on: Callable[[T], str | None] | None = None,
    force: bool = False,
    key: str = "",
) -> Part[T]:
    """The tree of pages for `items` (in the order they are to be shown within a page).

    `levels` are the key lengths to cut at, coarsest first; `force` cuts the top page even when
    it is short (the timeline always has a page per year). Items dated no finer than a page that
    is cut stay on it; when there are too many of them they move to a page of their own (key
    `2024-00`), cut by the date they were reported (`reported_on`, keys `2024-00-r2024-07`).
    """
    if (len(items) <= limit and not force) or not levels:
        return Part(key, list(items))
    cut, finer = levels[0], levels[1:]
    coarse: list[T] = []
    groups: dict[str, list[T]] = defaultdict(list)
    for item in items:
        date = date_of(item) or ""
        if not date:
            groups[UNDATED].append(item)
        elif len(date) < cut:
            coarse.append(item)
        else:
            groups[date[:cut]].append(item)
    parts = [
        split_by_date(groups[k], date_of, limit, finer if k != UNDATED else (), reported_on=reported_on, key=k)
        for k in sorted(groups, key=lambda k: (k == UNDATED, k))
    ]
    if len(coarse) > limit and key and key != UNDATED:
        own = f"{key}-00"
        if reported_on:
            kept = split_by_date(coarse, reported_on, limit, (MONTH, DAY), key=own)
            for p in kept.walk():
                if p is not kept:
                    p.key = f"{own}-r{p.key}" if p.key != UNDATED else f"{own}-r{UNDATED}"
        else:
            kept = Part(own, coarse)
        return Part(key, [], [kept, *parts])
    return Part(key, coarse, parts)


def neighbours(root: Part[T]) -> dict[str, tuple[str | None, str | None]]:
    """key -> (previous key, next key) among the parts as deep as it (all months, all days), in date order."""
    by_depth: dict[int, list[str]] = defaultdict(list)

    def visit(part: Part[T], depth: int) -> None:
        for p in part.parts:
            by_depth[depth].append(p.key)
            visit(p, depth + 1)

    visit(root, 0)
    out: dict[str, tuple[str | None, str | None]] = {}
    for keys in by_depth.values():
        for i, k in enumerate(keys):
            out[k] = (keys[i - 1] if i else None, keys[i + 1] if i + 1 < len(keys) else None)
    return out


def parent_keys(root: Part[T]) -> dict[str, str]:
    """key -> the key of the part that links to it ('' for the top page)."""
    out: dict[str, str] = {}
    for part in root.walk():
        for p in part.parts:
            out[p.key] = part.key
    return out
