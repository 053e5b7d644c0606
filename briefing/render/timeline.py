"""The timeline: an index of years with its bar chart, and a page per year (per month, per day when long)."""
from __future__ import annotations

from typing import Any, Iterable

from ..model import Event
from .catalog import Catalog, sorted_events
from .split import DAY, MONTH, YEAR, Part, period_label, split_by_date
from .views import event_view
from .listing import ListPage, list_pages

EVENTS_PER_PAGE = 200


def timeline_url(key: str) -> str:
    """The page of one part of the timeline ('' is the index)."""
    return f"timeline/{key}.md" if key else "timeline/index.md"


def timeline_tree(cat: Catalog) -> Part[Event]:
    """Every event in date order, cut into a page per year, then per month and per day when long."""
    return split_by_date(
        sorted_events(cat.briefing.events), lambda e: e.date, EVENTS_PER_PAGE, (YEAR, MONTH, DAY),
        reported_on=lambda e: cat.document_date(e.document), force=True,
    )


def timeline_chart(per_year: dict[str, int], max_columns: int = 40) -> list[dict[str, Any]]:
    """Bars for the visual timeline: one per year in the span (or per year with events)."""
    counts = {int(y): n for y, n in per_year.items() if y.isdigit()}
    if not counts:
        return []
    low, high = min(counts), max(counts)
    span = range(low, high + 1) if high - low < max_columns else sorted(counts)
    peak = max(counts.values())
    return [
        {
            "year": str(y),
            "count": counts.get(y, 0),
            "height": round(100 * counts.get(y, 0) / peak),
        }
        for y in span
    ]


def timeline_pages(cat: Catalog) -> Iterable[ListPage]:
    """The timeline index and every part of it."""
    root = cat.timeline
    chart = timeline_chart({p.key: p.count for p in root.parts})
    return list_pages(
        root,
        url=timeline_url,
        title=lambda key: f"Timeline: {period_label(key)}" if key else "Timeline",
        anchor=lambda key: "y" + key if key else "timeline",
        part_anchor=lambda key: "y" + key,
        view=lambda e: event_view(cat, e),
        top={"chart": chart},
    )
