"""Quotes and reported statements: an index of speakers, and a page per speaker (per month when long)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable

from ..model import Quote, Statement
from ..slugs import slugify
from .catalog import Catalog, Entity, PageIds, name_key
from .escape import normalize_text
from .listing import ListPage, list_pages
from .split import MONTH, DAY, period_label, split_by_date
from .views import kind_label, quote_view, statement_view

ITEMS_PER_PAGE = 150


@dataclass
class Speaker:
    """Everyone quoted: a named actor, or an unnamed source by its wording ("a senior official")."""

    name: str
    actor: Entity | None
    anchor: str = ""
    records: list[Quote | Statement] = field(default_factory=list)

    @property
    def url(self) -> str:
        return speaker_url(self.anchor)

    @cached_property
    def quote_count(self) -> int:
        return sum(isinstance(r, Quote) for r in self.records)


def speaker_url(anchor: str, key: str = "") -> str:
    return f"quotes/{anchor}/{key}.md" if key else f"quotes/{anchor}.md"


def speakers(cat: Catalog) -> list[Speaker]:
    """Named speakers by name, then unnamed sources by wording; each with its records in source order.

    The anchor of a speaker is the id the whole quotes page gave it (`quotes/#fumio-kishida`),
    and names its page.
    """
    groups: dict[tuple, Speaker] = {}
    wanted: dict[tuple, str] = {}
    for records in (cat.briefing.quotes, cat.briefing.statements):
        for item in records:
            actor = cat.actors.get(item.speaker or "")
            key = (0, name_key(actor.name), actor.id) if actor else (1, name_key(item.speaker_name), "")
            if key not in groups:
                groups[key] = Speaker(actor.name if actor else normalize_text(item.speaker_name), actor)
                wanted[key] = actor.page if actor else "unnamed-" + slugify(item.speaker_name)
            groups[key].records.append(item)
    ids = PageIds("quotes", "speakers", "index")
    out = []
    for key in sorted(groups):
        speaker = groups[key]
        speaker.anchor = ids.take(wanted[key])
        speaker.records.sort(key=lambda r: (cat.ref_key((r.document, r.paragraph)), isinstance(r, Statement), r.id))
        out.append(speaker)
    return out


def record_view(cat: Catalog, record: Quote | Statement, ids: PageIds) -> dict[str, Any]:
    if isinstance(record, Quote):
        return {"kind": "quote", **quote_view(cat, record, ids)}
    return {"kind": "statement", **statement_view(cat, record)}


def quotes_index_page(cat: Catalog, everyone: list[Speaker]) -> dict[str, Any]:
    return {
        "quote_count": len(cat.briefing.quotes),
        "statement_count": len(cat.briefing.statements),
        "named": [_index_entry(s) for s in everyone if s.actor],
        "unnamed": [_index_entry(s) for s in everyone if not s.actor],
    }


def _index_entry(s: Speaker) -> dict[str, Any]:
    return {
        "name": s.name,
        "anchor": s.anchor,
        "url": s.url,
        "quotes": s.quote_count,
        "statements": len(s.records) - s.quote_count,
    }


def speaker_pages(cat: Catalog, speaker: Speaker) -> Iterable[ListPage]:
    """The page of one speaker, cut into a page per month (per day) of the sources when long."""
    root = split_by_date(speaker.records, lambda r: cat.document_date(r.document), ITEMS_PER_PAGE, (MONTH, DAY))
    ids = PageIds("quotes", "statements", speaker.anchor, *(f"d{p.key}" for p in root.walk()))
    return list_pages(
        root,
        url=lambda key: speaker_url(speaker.anchor, key),
        title=lambda key: f"Quotes: {speaker.name}" + (f", {period_label(key)}" if key else ""),
        anchor=lambda key: speaker.anchor if not key else "d" + key,
        view=lambda r: record_view(cat, r, ids),
        facets=lambda records: _facets(cat, records),
        extra={
            "name": speaker.name,
            "kind": kind_label(speaker.actor.record.kind) if speaker.actor else None,  # type: ignore[union-attr]
            "profile": {"name": speaker.actor.name, "url": speaker.actor.url} if speaker.actor else None,
            "quote_count": speaker.quote_count,
            "statement_count": len(speaker.records) - speaker.quote_count,
        },
    )


def _facets(cat: Catalog, records: list[Quote | Statement]) -> dict[str, list[str]]:
    """The years and publishers of the sources of `records` (Pagefind filters of their page)."""
    docs = [cat.documents[r.document] for r in records]
    return {
        "years": sorted({d.date[:4] for d in docs if d.date}),
        "publishers": sorted({normalize_text(d.publisher) for d in docs if d.publisher and normalize_text(d.publisher)}),
    }
