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
from typing import Any, Iterable

from jinja2 import Template

from ..graph import RelationGraph
from ..model import Briefing
from .catalog import Catalog, excerpt, unique_names
from .environment import make_environment
from .reuse import PageReuse, page_key, site_key
from .escape import md_text, normalize_text, web_url
from .pages import (
    abbreviation_block,
    abbreviation_definitions,
    actor_page,
    actors_index_page,
    glossary_terms,
    overview_page,
    program_page,
    programs_index_page,
    quotes_page,
)
from .network import Network
from .sources import source_page, sources_index_page, version_page
from .timeline import timeline_chart, timeline_page
from .views import date_label

__all__ = [  # what the pipeline, the tests and the browser tests use
    "Catalog", "abbreviation_block", "abbreviation_definitions", "date_label", "excerpt", "make_environment",
    "md_text", "normalize_text", "quotes_page", "render_site", "timeline_chart", "timeline_page",
    "unique_names", "web_url",
]

ASSETS_DIR = Path(__file__).resolve().parents[1] / "assets"


@dataclass
class PageSpec:
    """One page to write: where, with which template, its title and its data."""

    path: str
    template: str
    title: str
    data: dict[str, Any]


def pages(cat: Catalog, network: Network, downloads: list[dict[str, str]]) -> Iterable[PageSpec]:
    """Every page of the site, in a fixed order."""
    overview = {**overview_page(cat), "network": network.overview_map(""), "downloads": downloads}
    yield PageSpec("index.md", "index.md.j2", "Overview", overview)
    yield PageSpec("timeline.md", "timeline.md.j2", "Timeline", timeline_page(cat))
    yield PageSpec("quotes.md", "quotes.md.j2", "Quotes and statements", quotes_page(cat))
    yield PageSpec("glossary.md", "glossary.md.j2", "Glossary", {"terms": glossary_terms(cat)})
    yield PageSpec("actors/index.md", "actors_index.md.j2", "Actors", actors_index_page(cat))
    for entity in cat.sorted_entities(cat.actors):
        actor = {**actor_page(cat, entity), "map": network.actor_map(entity, "../"), "related": network.related(entity)}
        yield PageSpec(f"actors/{entity.page}.md", "actor.md.j2", entity.name, actor)
    yield PageSpec("programs/index.md", "programs_index.md.j2", "Programs", programs_index_page(cat))
    for entity in cat.sorted_entities(cat.programs):
        yield PageSpec(f"programs/{entity.page}.md", "program.md.j2", entity.name, program_page(cat, entity))
    sources = sources_index_page(cat)
    yield PageSpec("sources/index.md", "sources_index.md.j2", "Sources", sources)
    topic_anchors = {t["name"]: t["anchor"] for t in sources["topics"]}
    for d in cat.sorted_documents():
        yield PageSpec(cat.doc_urls[d.id], "source.md.j2", d.heading, source_page(cat, d, topic_anchors))
    for old_id in sorted(cat.version_of):
        page = version_page(cat, old_id)
        yield PageSpec(cat.doc_urls[old_id], "source_version.md.j2", page["title"], page)


def render_site(
    briefing: Briefing,
    docs_dir: Path,
    reuse: PageReuse | None = None,
    *,
    graph: RelationGraph | None = None,
    downloads: Iterable[dict[str, str]] = (),
) -> list[Path]:
    """Write every Markdown page and the `assets/` folder into `docs_dir`; return the paths.

    With `reuse`, pages whose inputs did not change since the previous build are linked from it
    instead of being rendered again (see `reuse`). `graph` is the briefing's relationship graph
    (built here when not given); `downloads` are the data files the overview links to
    (`briefing.export.downloads`).
    """
    docs_dir = Path(docs_dir)
    env = make_environment()
    cat = Catalog(briefing)
    network = Network(cat, graph or RelationGraph(briefing))
    abbreviations = abbreviation_block(abbreviation_definitions(cat))
    site = site_key(abbreviations)
    templates: dict[str, Template] = {}
    written: list[Path] = []
    for spec in pages(cat, network, list(downloads)):
        base = "../" * spec.path.count("/")
        target = docs_dir / spec.path
        key = page_key(site, spec.template, spec.title, base, spec.data) if reuse else ""
        if not (reuse and reuse.take(spec.path, key, target)):
            if spec.template not in templates:
                templates[spec.template] = env.get_template(spec.template)
            text = templates[spec.template].render(title=spec.title, page=spec.data, base=base, abbreviations=abbreviations)
            _write(target, text)
            if reuse:
                reuse.record(spec.path, key, target)
        written.append(target)
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
