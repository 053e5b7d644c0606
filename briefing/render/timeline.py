"""The timeline page: events by year, and the bar chart above them."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import Event
from .catalog import Catalog, anchor, sorted_events
from .views import event_view


def _timeline_years(cat: Catalog) -> list[dict[str, Any]]:
    by_year: dict[str, list[Event]] = defaultdict(list)
    for e in cat.briefing.events:
        by_year[e.date[:4]].append(e)
    return [
        {"year": y, "anchor": anchor(f"y{y}"), "events": [event_view(cat, e) for e in sorted_events(by_year[y])]}
        for y in sorted(by_year)
    ]


def timeline_chart(years: list[dict[str, Any]], max_columns: int = 40) -> list[dict[str, Any]]:
    """Bars for the visual timeline: one per year in the span (or per year with events)."""
    counts = {int(y["year"]): len(y["events"]) for y in years if y["year"].isdigit()}
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


def timeline_page(cat: Catalog) -> dict[str, Any]:
    years = _timeline_years(cat)
    return {"years": years, "chart": timeline_chart(years), "count": len(cat.briefing.events)}
