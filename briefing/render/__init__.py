"""Render a `Briefing` into the Markdown pages of the MkDocs site.

`escape` holds the one escaping function (`md_text`, the Jinja `finalize`); `catalog` maps
every record to its page and anchor; `views`, `pages`, `sources` and `timeline` build the
plain data each template reads (templates never compute or sort); this module writes the
pages and copies `assets/`. Output is deterministic: lists are sorted, nothing reads the time.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from jinja2 import Template

from ..graph import RelationGraph
from ..model import Briefing
from .abbreviations import AbbreviationsUsed
from .catalog import Catalog, excerpt, unique_names
from .environment import make_environment
from .reuse import PageReuse, page_key, site_key
from .escape import md_text, normalize_text, web_url
from .listing import ListPage
from .pages import (
    abbreviation_block,
    abbreviation_definitions,
    actor_letter_pages,
    actor_page,
    actors_index_page,
    entity_list_pages,
    glossary_terms,
    overview_page,
    program_page,
    programs_index_page,
)
from .network import Network
from .quotes import quotes_index_page, speaker_pages, speakers
from .source_lists import sources_pages, topic_pages, topic_url, topics
from .sources import source_page, version_page
from .timeline import timeline_chart, timeline_pages
from .views import date_label

__all__ = [  # what the pipeline, the tests and the browser tests use
    "Catalog", "abbreviation_block", "abbreviation_definitions", "date_label", "excerpt", "make_environment",
    "md_text", "normalize_text", "render_site", "speakers", "timeline_chart", "unique_names", "web_url",
]

ASSETS_DIR = Path(__file__).resolve().parents[1] / "assets"


@dataclass
class PageSpec:
    """One page to write: where, with which template, its title and its data."""

    path: str
    template: str
    title: str
    data: dict[str, Any]


def pages(
    cat: Catalog, network: Network, downloads: Callable[[], list[dict[str, str]]], share: tuple[int, int] = (0, 1)
) -> Iterable[PageSpec]:
    """Every page of the site, in a fixed order; the overview last, as the data files it lists
    (`downloads()`) may still be being written.

    `share` = (part, parts) splits the work between processes: part k of n takes every n-th actor
    page from the k-th (the actor pages are most of the work); part 0 also takes all other pages.
    """
    part, parts = share
    everyone = speakers(cat)
    if part == 0:
        yield from _lists(timeline_pages(cat), "timeline.md.j2")
        yield PageSpec("quotes/index.md", "quotes_index.md.j2", "Quotes and statements", quotes_index_page(cat, everyone))
        for speaker in everyone:
            yield from _lists(speaker_pages(cat, speaker), "quotes.md.j2")
        yield PageSpec("glossary.md", "glossary.md.j2", "Glossary", {"terms": glossary_terms(cat)})
        yield PageSpec("actors/index.md", "actors_index.md.j2", "Actors", actors_index_page(cat))
        for path, title, data in actor_letter_pages(cat):
            yield PageSpec(path, "actors_letter.md.j2", title, data)
    spoken = {s.actor.id: s for s in everyone if s.actor}
    for entity in cat.sorted_entities(cat.actors)[part::parts]:
        data = {
            **actor_page(cat, entity, spoken.get(entity.id)),
            "map": network.actor_map(entity, "../"),
            "related": network.related(entity),
        }
        yield PageSpec(entity.url, "actor.md.j2", entity.name, data)
        yield from _lists(entity_list_pages(cat, entity), "entity_list.md.j2")
    if part != 0:
        return
    yield PageSpec("programs/index.md", "programs_index.md.j2", "Programs", programs_index_page(cat))
    for entity in cat.sorted_entities(cat.programs):
        yield PageSpec(entity.url, "program.md.j2", entity.name, program_page(cat, entity))
        yield from _lists(entity_list_pages(cat, entity), "entity_list.md.j2")
    all_topics = topics(cat)
    yield from _lists(sources_pages(cat, all_topics), "sources.md.j2")
    for topic in all_topics.values():
        yield from _lists(topic_pages(cat, topic), "sources.md.j2")
    topic_urls = {name: topic_url(topic) for name, topic in all_topics.items()}
    for d in cat.sorted_documents():
        yield PageSpec(cat.doc_urls[d.id], "source.md.j2", d.heading, source_page(cat, d, topic_urls))
    for old_id in sorted(cat.version_of):
        page = version_page(cat, old_id)
        yield PageSpec(cat.doc_urls[old_id], "source_version.md.j2", page["title"], page)
    overview = {**overview_page(cat), "network": network.overview_map(""), "downloads": list(downloads())}
    yield PageSpec("index.md", "index.md.j2", "Overview", overview)


def _lists(listed: Iterable[ListPage], template: str) -> Iterable[PageSpec]:
    for page in listed:
        yield PageSpec(page.path, template, page.title, page.data)


def render_site(
    briefing: Briefing,
    docs_dir: Path,
    reuse: PageReuse | None = None,
    *,
    graph: RelationGraph | None = None,
    downloads: Iterable[dict[str, str]] | Callable[[], Iterable[dict[str, str]]] = (),
    share: tuple[int, int] = (0, 1),
) -> list[Path]:
    """Write every Markdown page and the `assets/` folder into `docs_dir`; return the paths.

    With `reuse`, pages whose inputs did not change since the previous build are linked from it
    instead of being rendered again (see `reuse`). `graph` is the briefing's relationship graph
    (built here when not given); `downloads` are the data files the overview links to
    (`briefing.export.downloads`), or a function that returns them, called once the other pages
    are written. `share` renders one part of the pages (see `pages`); part 0 copies `assets/`.
    """
    docs_dir = Path(docs_dir)
    env = make_environment()
    cat = Catalog(briefing)
    network = Network(cat, graph or RelationGraph(briefing))
    used = AbbreviationsUsed(abbreviation_definitions(cat), env)
    templates: dict[str, Template] = {}
    written: list[Path] = []
    sites: dict[str, str] = {}  # site_key of each set of abbreviation definitions, made once
    listed = downloads if callable(downloads) else (lambda given=list(downloads): given)
    for spec in pages(cat, network, listed, share):
        base = "../" * spec.path.count("/")
        target = docs_dir / spec.path
        shown = repr(spec.data)
        abbreviations = abbreviation_block(used.on(spec.title, shown))
        if reuse and abbreviations not in sites:
            sites[abbreviations] = site_key(abbreviations)
        key = page_key(sites[abbreviations], spec.template, spec.title, base, shown) if reuse else ""
        if not (reuse and reuse.take(spec.path, key, target)):
            if spec.template not in templates:
                templates[spec.template] = env.get_template(spec.template)
            text = templates[spec.template].render(title=spec.title, page=spec.data, base=base, abbreviations=abbreviations)
            _write(target, text)
            if reuse:
                reuse.record(spec.path, key, target)
        written.append(target)
    if share[0] == 0:
        written += copy_assets(docs_dir)
    return sorted(written)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8", newline="\n")


def copy_assets(docs_dir: Path) -> list[Path]:
    """Copy briefing/assets/** to docs_dir/assets/ (CSS, JavaScript)."""
    written = []
    for source in sorted(p for p in ASSETS_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        target = docs_dir / "assets" / source.relative_to(ASSETS_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written
