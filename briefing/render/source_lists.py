"""The lists of sources: an index, a page per month of publication (per day when long), a page per topic."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from ..model import Document
from ..slugs import slugify
from .catalog import Catalog, PageIds
from .escape import normalize_text
from .listing import ListPage, list_pages
from .split import DAY, MONTH, period_label, split_by_date
from .views import document_summary

DOCUMENTS_PER_PAGE = 300
LATEST = 10


def dates_url(key: str) -> str:
    return f"sources/dates/{key}.md" if key else "sources/index.md"


def document_topics(d: Document) -> list[str]:
    return sorted({normalize_text(t) for t in d.topics if normalize_text(t)}, key=lambda t: (t.casefold(), t))


def topics(cat: Catalog) -> dict[str, dict[str, Any]]:
    """topic -> its anchor on the index (`topic-…`, as before), its page and its documents."""
    by_topic: dict[str, list[Document]] = defaultdict(list)
    for d in cat.sorted_documents():
        for t in document_topics(d):
            by_topic[t].append(d)
    ids = PageIds("sources", "documents", "topics")
    names: dict[str, dict[str, Any]] = {}
    for t in sorted(by_topic, key=lambda t: (t.casefold(), t)):
        anchor = ids.take("topic-" + slugify(t))
        names[t] = {"name": t, "anchor": anchor, "page": anchor.removeprefix("topic-"), "documents": by_topic[t]}
    return names


def topic_url(topic: dict[str, Any], key: str = "") -> str:
    return f"sources/topics/{topic['page']}/{key}.md" if key else f"sources/topics/{topic['page']}.md"


def sources_pages(cat: Catalog, all_topics: dict[str, dict[str, Any]]) -> Iterable[ListPage]:
    """The sources index (latest documents, months, topics) and a page per month, newest last."""
    docs = cat.sorted_documents()
    root = split_by_date(docs, lambda d: (d.date or "")[:10], DOCUMENTS_PER_PAGE, (MONTH, DAY), force=True)
    return list_pages(
        root,
        url=dates_url,
        title=lambda key: f"Sources: {period_label(key)}" if key else "Sources",
        anchor=lambda key: "d" + key if key else "sources",
        view=lambda d: document_summary(cat, d),
        top={
            "document_count": len(docs),
            "latest": [document_summary(cat, d) for d in latest_documents(cat)],
            "topics": [
                {"name": t["name"], "anchor": t["anchor"], "url": topic_url(t), "count": len(t["documents"])}
                for t in all_topics.values()
            ],
        },
    )


def latest_documents(cat: Catalog, count: int = LATEST) -> list[Document]:
    """The most recently published documents, newest first (undated ones only when nothing else)."""
    docs = cat.sorted_documents()
    dated = [d for d in docs if d.date]
    return list(reversed(dated[-count:])) if dated else docs[:count]


def topic_pages(cat: Catalog, topic: dict[str, Any]) -> Iterable[ListPage]:
    root = split_by_date(topic["documents"], lambda d: (d.date or "")[:10], DOCUMENTS_PER_PAGE, (MONTH, DAY))
    return list_pages(
        root,
        url=lambda key: topic_url(topic, key),
        title=lambda key: f"Topic: {topic['name']}" + (f", {period_label(key)}" if key else ""),
        anchor=lambda key: "d" + key if key else "topic",
        view=lambda d: document_summary(cat, d),
        extra={"topic": topic["name"], "index": "sources/index.md#" + topic["anchor"]},
    )
