#!/usr/bin/env python3
"""Benchmark the story step (a measurement, not a test).

    python bench/stories.py --seeds DIR --cache DIR [--copies N]

Reads the seeds' extractions from a build cache (build once with `briefing build --cache DIR`
first), then times, best of three and each with an empty `text_key` cache: grouping the files
into stories (`group_versions`), folding them (`fold_stories`, grouping included) and folding
repeated quotes after merge (`fold_repeats`). With `--copies N` the corpus is repeated N times
under other file names, headlines and dates a year apart (so copies are not versions of each
other) to measure a larger feed.
"""
from __future__ import annotations

import argparse
import copy
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.merge import merge  # noqa: E402
from briefing.model import Extraction  # noqa: E402
from briefing.pipeline import read_corpus  # noqa: E402
from briefing.repeats import fold_repeats  # noqa: E402
from briefing.stories import fold_stories  # noqa: E402
from briefing.versions import group_versions, text_key  # noqa: E402
from briefing.cache import ExtractionCache  # noqa: E402


def copies(extractions: list[Extraction], n: int) -> list[Extraction]:
    """The extractions, and n - 1 copies under other names, dated later, with other headlines."""
    out = list(extractions)
    for k in range(1, n):
        for ex in extractions:
            twin = Extraction.from_dict(copy.deepcopy(ex.to_dict()))
            twin.document.source = f"copy{k}-{ex.document.source}"
            twin.document.id = f"copy{k}-{ex.document.id}"
            twin.document.title = f"{ex.document.title} ({k})"
            if twin.document.date:
                twin.document.date = f"{int(twin.document.date[:4]) + k}{twin.document.date[4:]}"
            twin.document.paragraphs = [
                type(p)(p.n, f"{p.text} [{k}]") for p in twin.document.paragraphs
            ]
            out.append(twin)
    return out


@contextmanager
def timed(into: list[tuple[float, float]]) -> Iterator[None]:
    """Append (wall seconds, CPU seconds of this process) of the block to `into`."""
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    into.append((time.perf_counter() - wall, time.process_time() - cpu))


def best(runs: list[tuple[float, float]]) -> str:
    """The best wall time and the best CPU time (the CPU time says more on a busy machine)."""
    return f"{min(w for w, _ in runs):.3f} s wall, {min(c for _, c in runs):.3f} s CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    names, cached, missing = read_corpus(args.seeds, ExtractionCache(args.cache))
    if missing:
        sys.exit(f"{len(missing)} seeds are not in the cache: build with --cache {args.cache} first")
    base = [cached[name] for name in names]
    timings: dict[str, list[tuple[float, float]]] = {"group_versions": [], "fold_stories": [], "fold_repeats": []}
    for _ in range(3):
        extractions = copies([Extraction.from_dict(ex.to_dict()) for ex in base], args.copies)
        text_key.cache_clear()
        with timed(timings["group_versions"]):
            groups = group_versions(ex.document for ex in extractions)
        text_key.cache_clear()
        with timed(timings["fold_stories"]):
            stories = fold_stories(extractions)
        briefing = merge(stories)
        with timed(timings["fold_repeats"]):
            fold_repeats(briefing)
    print(f"{len(extractions)} seed files -> {len(groups)} stories")
    for name, runs in timings.items():
        print(f"{name:<15} {best(runs)}")


if __name__ == "__main__":
    main()
