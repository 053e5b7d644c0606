"""The source pages: each paragraph with linked mentions and quote marks (the lists of sources: `source_lists`)."""
from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..model import Actor, Document, Paragraph, Program, Quote
from .catalog import Catalog, PageIds, anchor, find_all
from .escape import escape_fragment, md_text, normalize_text, opt_text, web_url
from .views import date_label


def source_page(cat: Catalog, d: Document, topic_urls: dict[str, str]) -> dict[str, Any]:
    named = cat.entities_in.get(d.id, [])
    mentioned = [e for e in named if isinstance(e.record, Actor)]
    programs = [e for e in named if isinstance(e.record, Program)]
    topics = sorted({normalize_text(t) for t in d.topics if normalize_text(t)}, key=lambda t: (t.casefold(), t))
    return {
        "anchor": anchor("document"),
        "title": d.heading,
        "subtitle": opt_text(d.subtitle),
        "caption": opt_text(d.caption),
        "credit": opt_text(d.credit),
        "date": date_label(d.date[:10]) if d.date else None,
        "year": d.date[:4] if d.date else None,
        "publisher": opt_text(d.publisher),
        "author": opt_text(d.author),
        "source": d.source,
        "web_url": web_url(d.url),
        "url_text": normalize_text(d.url) if d.url and not web_url(d.url) else None,
        "topics": [{"name": t, "url": topic_urls[t]} for t in topics],
        "actors": [{"name": e.name, "url": e.url} for e in mentioned],
        "programs": [{"name": e.name, "url": e.url} for e in programs],
        "quote_count": sum(len(cat.quotes_at.get((d.id, p.n), [])) for p in d.paragraphs),
        "paragraphs": [_paragraph_view(cat, d, p) for p in sorted(d.paragraphs, key=lambda p: p.n) if not p.version],
        "versions": _version_views(cat, d),
    }


def _paragraph_view(cat: Catalog, d: Document, p: Paragraph) -> dict[str, Any]:
    return {"n": p.n, "anchor": anchor(f"p{p.n}"), "html": render_paragraph(cat, d.id, p.n)}


def _version_views(cat: Catalog, d: Document) -> list[dict[str, Any]]:
    """A story's versions, oldest first, each with the paragraphs only it (and older ones) had;
    empty for a document in one version."""
    if len(d.versions) < 2:
        return []
    ids = PageIds("document", "text", "versions", *(f"p{p.n}" for p in d.paragraphs))
    return [
        {
            "anchor": ids.take(f"version-{v.id}"),
            "title": v.title or v.source,
            "date": date_label(v.date[:10]) if v.date else None,
            "source": v.source,
            "url": cat.doc_urls.get(v.id) if v.id in cat.version_of else None,
            "latest": i == len(d.versions) - 1,
            "paragraphs": [
                _paragraph_view(cat, d, p) for p in sorted(d.paragraphs, key=lambda p: p.n) if p.version == v.source
            ],
        }
        for i, v in enumerate(d.versions)
    ]


def version_page(cat: Catalog, old_id: str) -> dict[str, Any]:
    """The page at an earlier per-file address of a story's version: where its text went."""
    story = cat.version_of[old_id]
    version = next(v for v in story.versions if v.id == old_id)
    story_url = cat.doc_urls[story.id]
    return {
        "anchor": anchor("document"),
        "title": version.title or version.source,
        "date": date_label(version.date[:10]) if version.date else None,
        "source": version.source,
        "story": {"title": story.heading, "url": story_url, "versions": len(story.versions)},
        "latest": version.source == story.versions[-1].source,
        "paragraphs": [
            {"n": n, "anchor": anchor(f"p{n}"), "url": f"{story_url}#p{m}", "story_n": m}
            for n, m in enumerate(version.paragraphs, start=1)
        ],
    }


def render_paragraph(cat: Catalog, document: str, n: int, base: str = "../") -> Markup:
    """One source paragraph as Markdown: escaped text, mentions linked, quotes marked."""
    text = cat.paragraphs[document, n]
    quotes = _quote_spans(text, cat.quotes_at.get((document, n), []))
    links = _link_spans(text, cat, (document, n), quotes)
    out, pos = [], 0
    for start, end, speaker in quotes:
        out.append(_linked(text, pos, start, links, base))
        title = md_text(f"Quote: {speaker}")
        out.append(f'<mark class="quote" title="{title}">{_linked(text, start, end, links, base)}</mark>')
        pos = end
    out.append(_linked(text, pos, len(text), links, base))
    return Markup("".join(out))


def _quote_spans(text: str, quotes: list[Quote]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for q in sorted(quotes, key=lambda q: (-len(q.text), q.id)):
        needle = normalize_text(q.text)
        start = text.find(needle) if needle else -1
        if start >= 0 and not any(start < e and s < start + len(needle) for s, e, _ in spans):
            spans.append((start, start + len(needle), normalize_text(q.speaker_name)))
    return sorted(spans)


def _link_spans(
    text: str, cat: Catalog, where: tuple[str, int], quotes: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Links for the actors and programs mentioned here: each one's first occurrence.

    Names are matched left to right, the longest name winning at any position; a later
    occurrence of an entity already linked still occupies its words, so a shorter name
    inside it ("Japan" in "Japan Maritime Self-Defense Force") is not linked instead.
    """
    matches = [
        (start, -len(surface), surface, entity.url)
        for entity in cat.entities_at.get(where, [])
        for surface in entity.surfaces
        for start in find_all(text, surface)
    ]
    occupied: list[tuple[int, int]] = []
    spans: list[tuple[int, int, str]] = []
    linked: set[str] = set()
    for start, negative_length, _, url in sorted(matches):
        end = start - negative_length
        if any(start < e and s < end for s, e in occupied):
            continue
        if any(start < qs < end or start < qe < end for qs, qe, _ in quotes):
            continue
        occupied.append((start, end))
        if url not in linked:
            spans.append((start, end, url))
            linked.add(url)
    return spans


def _linked(text: str, start: int, end: int, links: list[tuple[int, int, str]], base: str) -> str:
    out, pos = [], start
    for s, e, url in links:
        if start <= s and e <= end:
            out.append(escape_fragment(text[pos:s]))
            out.append(f"[{escape_fragment(text[s:e])}]({base}{url})")
            pos = e
    out.append(escape_fragment(text[pos:end]))
    return "".join(out)
