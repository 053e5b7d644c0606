"""The pages of a list cut by date (`split`): what each shows, and its links up and sideways."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from .catalog import anchor as safe_anchor
from .split import Part, neighbours, parent_keys, period_label


@dataclass
class ListPage:
    """One page of a split list, before a template is chosen for it."""

    path: str
    title: str
    data: dict[str, Any]


def list_pages(
    root: Part,
    *,
    url: Callable[[str], str],
    title: Callable[[str], str],
    anchor: Callable[[str], str],
    part_anchor: Callable[[str], str] = lambda key: "d" + key,
    view: Callable[[Any], Any],
    extra: dict[str, Any] | None = None,
    top: dict[str, Any] | None = None,
    facets: Callable[[list], dict[str, Any]] | None = None,
) -> Iterable[ListPage]:
    """The top page and one page per part, in date order; `extra` is added to the data of every
    page, `top` to that of the top page only, and `facets` of the items of each page to its data.

    Every page but the top one links up to the page that lists it and to its neighbours of the
    same date level (the previous and the next month, even across years).
    """
    sides = neighbours(root)
    parents = parent_keys(root)

    def link(key: str | None) -> dict[str, str] | None:
        return None if key is None else {"label": period_label(key) if key else title(""), "url": url(key)}

    for part in root.walk():
        data: dict[str, Any] = {
            "heading": title(part.key),
            "anchor": safe_anchor(anchor(part.key)),
            "key": part.key,
            "period": period_label(part.key) if part.key else None,
            "count": part.count,
            "pager": None,
            "parts": [
                {"label": period_label(p.key), "url": url(p.key), "count": p.count, "anchor": safe_anchor(part_anchor(p.key))}
                for p in part.parts
            ],
            "entries": [view(item) for item in part.items],
            **(extra or {}),
            **(facets(part.items) if facets else {}),
        }
        if part is not root:
            before, after = sides.get(part.key, (None, None))
            up = parents[part.key]
            data["pager"] = {
                "up": {"label": title(up), "url": url(up)},
                "prev": link(before),
                "next": link(after),
            }
        else:
            data.update(top or {})
        yield ListPage(url(part.key), title(part.key), data)
