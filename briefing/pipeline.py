"""The build: seeds -> documents -> extractions -> briefing -> docs folder, swapped in atomically.

Everything is written into a fresh temporary folder beside the target and only swapped in when
the whole build succeeded, so a failed build leaves the previous `docs/` exactly as it was, and a
seed removed from `seeds/` loses its pages on the next build.
"""
from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from . import background
from .cache import ExtractionCache
from .corrections import Report, apply_corrections, load_corrections
from .errors import BriefingError
from .export import downloads, write_exports
from .folders import fresh_beside, swap
from .graph import RelationGraph
from .ingest import assign_ids, read_seeds, seed_files
from .merge import merge
from .model import Briefing, Document, Extraction
from .render import render_site
from .render.reuse import PageReuse, manifest_path
from .repeats import fold_repeats
from .store import write_json
from .stories import fold_stories

if TYPE_CHECKING:  # Dask is imported only for a build on a cluster
    from .cluster import ClusterSpec
    from .parallel import Failure


@dataclass
class BuildResult:
    briefing: Briefing
    timings: dict[str, float] = field(default_factory=dict)
    cached: int = 0
    failed: list[Failure] = field(default_factory=list)
    corrections: Report | None = None

    def summary(self) -> str:
        b = self.briefing
        seconds = sum(self.timings.values())
        files = sum(len(d.versions) for d in b.documents)
        failed = f", {len(self.failed)} failed and left out" if self.failed else ""
        corrected = f"; {self.corrections.summary()}" if self.corrections else ""
        return (
            f"built {len(b.documents)} documents ({files} seed files): {len(b.actors)} actors, {len(b.quotes)} quotes, "
            f"{len(b.events)} events, {len(b.programs)} programs, {len(b.glossary)} terms "
            f"in {seconds:.1f} s ({self.cached} from cache{failed}){corrected}"
        )


def build(
    seeds_dir: Path,
    docs_dir: Path,
    *,
    jobs: int | None = None,
    cluster: ClusterSpec | None = None,
    cache_dir: Path | None = None,
    progress=None,
    corrections: Path | None = None,
) -> BuildResult:
    """Build the briefing from `seeds_dir` into `docs_dir`; `cache_dir=None` disables the cache.

    Uncached seeds are extracted by `jobs` processes here, or on a Dask `cluster`. A seed whose
    extraction fails is left out and listed in `BuildResult.failed`; when no seed is left the
    build fails and `docs_dir` stays as it was.

    `corrections` (a corrections.yaml) is read first, so a malformed one stops the build before
    any work, and applied after the merge: the extraction cache never depends on it.
    """
    timings: dict[str, float] = {}
    fixes = load_corrections(corrections) if corrections else []
    report = None
    cache = ExtractionCache(cache_dir) if cache_dir else None
    with _stage("ingest", timings, progress):
        names, cached, documents = read_corpus(seeds_dir, cache)
    with _stage("extract", timings, None):  # extract_all reports its own per-document progress
        extractions, failed = extract_all(
            documents, cache=cache, jobs=jobs, cluster=cluster, progress=progress, done=len(cached)
        )
    with _stage("stories", timings, progress):
        by_name = {**cached, **{e.document.source: e for e in extractions}}
        stories = fold_stories([by_name[name] for name in names if name in by_name])
    with _stage("merge", timings, progress):
        briefing = merge(stories)
        fold_repeats(briefing)
    if fixes:
        with _stage("correct", timings, progress):
            briefing, report = apply_corrections(briefing, fixes, Path(corrections).name)  # type: ignore[arg-type]
    with _stage("render", timings, progress):
        write_docs(briefing, docs_dir, cache_dir=cache_dir)
    return BuildResult(briefing, timings, len(cached), failed, report)


def read_corpus(
    seeds_dir: Path, cache: ExtractionCache | None
) -> tuple[list[str], dict[str, Extraction], list[Document]]:
    """The seed file names in order, the cached extractions by file name, and the other seeds
    ingested (only those: a seed found in the cache is not read beyond its bytes)."""
    files = seed_files(seeds_dir)
    ids = assign_ids(p.name for p in files)
    cached: dict[str, Extraction] = {}
    if cache:
        for path in files:
            hit = cache.lookup(path, ids[path.name])
            if hit is not None:
                cached[path.name] = hit
    documents = read_seeds([p for p in files if p.name not in cached], ids)
    return [p.name for p in files], cached, documents


@contextmanager
def _stage(name: str, timings: dict[str, float], progress) -> Iterator[None]:
    """Time one stage into `timings` and show it on the progress display, if any."""
    if progress:
        progress.start(name, total=1)
    clock = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - clock
    if progress:
        progress.advance(name)
        progress.finish(name)


def extract_all(
    documents: list[Document],
    *,
    cache: ExtractionCache | None,
    jobs: int | None,
    cluster: ClusterSpec | None = None,
    progress=None,
    done: int = 0,
) -> tuple[list[Extraction], list[Failure]]:
    """Parse and extract `documents`: their extractions (in order) and the failures (by name).

    Each extraction is stored in the cache as soon as it arrives, so an interrupted build loses
    only the work in flight. `done` is the number of documents already taken from the cache, for
    the progress display. When every document failed, a `BriefingError` lists them.
    """
    if progress:
        progress.start("extract", total=done + len(documents), done=done)
    extractions, failed = [], []
    for result in _extract_fresh(documents, jobs=jobs, cluster=cluster):
        if isinstance(result, Extraction):
            extractions.append(result)
            if cache:
                cache.put(result)
        else:
            failed.append(result)
        if progress:
            progress.advance("extract")
    if progress:
        progress.finish("extract")
    if failed and not extractions and not done:
        lines = [f"  {f.source}: {f.reason}" for f in failed]
        raise BriefingError("\n".join(["no article could be extracted:", *lines]))
    order = {d.source: i for i, d in enumerate(documents)}
    return sorted(extractions, key=lambda e: order[e.document.source]), sorted(failed, key=lambda f: order[f.source])


def _extract_fresh(documents: list[Document], *, jobs: int | None, cluster: ClusterSpec | None):
    """Results of parsing and extracting documents (in any order): on a Dask `cluster` when one is
    given, else in several processes when `jobs` > 1, else here.

    spaCy, the extractors and Dask are imported here, so a build entirely from the cache skips them.
    """
    if not documents:
        return
    if cluster is not None:
        from .cluster import extract_on_cluster

        yield from extract_on_cluster(documents, cluster)
        return
    from .parallel import extract_each, extract_in_processes

    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(documents) < 4:
        yield from extract_each(documents)
        return
    yield from extract_in_processes(documents, jobs=jobs)


# From this many documents a forked child writes the exports and every other actor page while
# this process writes the rest of the pages.
EXPORTS_BESIDE_PAGES_FROM = 200


def write_docs(briefing: Briefing, docs_dir: Path, *, cache_dir: Path | None = None) -> None:
    """Render pages, briefing.json and the exports into a temporary folder, then swap it in for
    `docs_dir`.

    With a cache folder, pages and exports that did not change since the last build into
    `docs_dir` are linked from it rather than written again. In a large briefing a forked child
    (`briefing.background`) writes the exports, then every other actor page, while this process
    renders the rest; the overview, which lists the exports and their sizes, comes last.
    """
    docs_dir = docs_dir.resolve()
    docs_dir.parent.mkdir(parents=True, exist_ok=True)
    reuse = PageReuse(manifest_path(cache_dir, docs_dir), docs_dir) if cache_dir else None
    tmp = fresh_beside(docs_dir)
    exports = None
    try:
        graph = RelationGraph(briefing)  # one relationship graph for the pages and the exports
        write_json(briefing, tmp / "briefing.json")
        beside = len(briefing.documents) >= EXPORTS_BESIDE_PAGES_FROM and (os.cpu_count() or 1) > 1
        exports = background.start(_exports_and_pages, briefing, graph, tmp, reuse, beside, parallel=beside)

        def exported() -> list[dict[str, str]]:
            if reuse:
                records, reused = exports.result()
                reuse.new.update(records)
                reuse.reused += reused
            else:
                exports.result()
            return downloads(tmp)

        render_site(briefing, tmp, reuse, graph=graph, downloads=exported, share=(0, 2) if beside else (0, 1))
        swap(tmp, docs_dir)
    except BaseException:
        if exports:
            exports.cancel()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if reuse:
        reuse.save()


def _exports_and_pages(
    briefing: Briefing, graph: RelationGraph, folder: Path, reuse: PageReuse | None, pages: bool
) -> tuple[dict, int]:
    """Write the exports, and with `pages` the second share of the pages; return what `reuse`
    recorded (a forked child's copy of it is not the parent's)."""
    write_exports(briefing, graph, folder, reuse)
    if pages:
        render_site(briefing, folder, reuse, graph=graph, share=(1, 2))
    return (dict(reuse.new), reuse.reused) if reuse else ({}, 0)
