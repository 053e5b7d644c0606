"""The build: seeds -> documents -> extractions -> briefing -> docs folder, swapped in atomically.

Everything is written into a fresh temporary folder beside the target and only swapped in when
the whole build succeeded, so a failed build leaves the previous `docs/` exactly as it was, and a
seed removed from `seeds/` loses its pages on the next build.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .cache import ExtractionCache
from .corrections import Report, apply_corrections, load_corrections
from .ingest import assign_ids, read_seeds, seed_files
from .merge import merge
from .model import Briefing, Document, Extraction
from .render import render_site
from .render.reuse import PageReuse, manifest_path
from .store import write_json


@dataclass
class BuildResult:
    briefing: Briefing
    timings: dict[str, float] = field(default_factory=dict)
    cached: int = 0
    corrections: Report | None = None

    def summary(self) -> str:
        b = self.briefing
        seconds = sum(self.timings.values())
        corrected = f"; {self.corrections.summary()}" if self.corrections else ""
        return (
            f"built {len(b.documents)} documents: {len(b.actors)} actors, {len(b.quotes)} quotes, "
            f"{len(b.events)} events, {len(b.programs)} programs, {len(b.glossary)} terms "
            f"in {seconds:.1f} s ({self.cached} from cache){corrected}"
        )


def build(
    seeds_dir: Path,
    docs_dir: Path,
    *,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    progress=None,
    corrections: Path | None = None,
) -> BuildResult:
    """Build the briefing from `seeds_dir` into `docs_dir`; `cache_dir=None` disables the cache.

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
        extractions = extract_all(documents, cache=cache, jobs=jobs, progress=progress, done=len(cached))
    with _stage("merge", timings, progress):
        by_name = {**cached, **{e.document.source: e for e in extractions}}
        briefing = merge([by_name[name] for name in names])
    if fixes:
        with _stage("correct", timings, progress):
            briefing, report = apply_corrections(briefing, fixes, Path(corrections).name)  # type: ignore[arg-type]
    with _stage("render", timings, progress):
        write_docs(briefing, docs_dir, cache_dir=cache_dir)
    return BuildResult(briefing, timings, len(cached), report)


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
    documents: list[Document], *, cache: ExtractionCache | None, jobs: int | None, progress=None, done: int = 0
) -> list[Extraction]:
    """Parse and extract `documents` (in order), storing each result in the cache.

    `done` is the number of documents already taken from the cache, for the progress display.
    """
    if progress:
        progress.start("extract", total=done + len(documents), done=done)
    extractions = []
    for extraction in _extract_fresh(documents, jobs=jobs):
        extractions.append(extraction)
        if cache:
            cache.put(extraction)
        if progress:
            progress.advance("extract")
    if progress:
        progress.finish("extract")
    return extractions


def _extract_fresh(documents: list[Document], *, jobs: int | None):
    """Parse and extract documents; several processes share the work when `jobs` > 1.

    spaCy and the extractors are imported here, so a build entirely from the cache skips them.
    """
    if not documents:
        return
    from .extract.document import extract_document
    from .nlp import parse_documents

    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(documents) < 4:
        for parsed in parse_documents(documents):
            yield extract_document(parsed)
        return
    from .parallel import extract_in_processes

    yield from extract_in_processes(documents, jobs=jobs)


def write_docs(briefing: Briefing, docs_dir: Path, *, cache_dir: Path | None = None) -> None:
    """Render pages and briefing.json into a temporary folder, then swap it in for `docs_dir`.

    With a cache folder, pages that did not change since the last build into `docs_dir` are
    linked from it rather than rendered again.
    """
    docs_dir = docs_dir.resolve()
    docs_dir.parent.mkdir(parents=True, exist_ok=True)
    reuse = PageReuse(manifest_path(cache_dir, docs_dir), docs_dir) if cache_dir else None
    tmp = Path(tempfile.mkdtemp(prefix=f".{docs_dir.name}.tmp-", dir=docs_dir.parent))
    try:
        render_site(briefing, tmp, reuse)
        write_json(briefing, tmp / "briefing.json")
        _swap(tmp, docs_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if reuse:
        reuse.save()


def _swap(new: Path, target: Path) -> None:
    """Put `new` where `target` is, replacing it with two renames (no half-written state)."""
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        old.rmdir()
        target.rename(old)
        new.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        new.rename(target)
    os.chmod(target, 0o755)
