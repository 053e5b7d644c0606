#!/usr/bin/env python3
"""Benchmark the build at scale (a measurement, not a test).

    python bench/run.py [--corpus DIR] [--sizes 159,1000] [--jobs N]

For each size, the corpus articles (plus the seed) are copied into a fresh seeds folder,
repeated under distinct names to reach the size, and these are measured, each in its own
process so that peak memory (max RSS) is per step:

- bare spaCy: `nlp.pipe` over the same paragraphs with the same model and processes;
- cold build: `briefing build` with an empty cache;
- rebuild: the same after one seed changed (cache warm);
- mkdocs: `mkdocs build --strict` of the result;
and the page count and search-index size. Results are printed as a table and written to
`bench/out/results.json`.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news"


def make_seeds(corpus: Path, size: int, folder: Path) -> None:
    """`size` seed files: the seed article, then corpus articles, repeated under new names."""
    folder.mkdir(parents=True)
    sources = [ROOT / "seeds" / "000_3a1a43320c41dcd8.txt", *sorted(corpus.glob("*.txt"))]
    for i in range(size):
        src = sources[i % len(sources)]
        copy = i // len(sources)
        name = src.name if copy == 0 else f"{src.stem}__copy{copy}.txt"
        shutil.copy(src, folder / name)


def run_step(args: list[str]) -> tuple[float, float, str]:
    """Run `python bench/run.py --step ...` in a child: wall seconds, peak RSS in MB, its output.

    The peak is that of the largest single process of the step (the main one or a worker).
    """
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--step", *args], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"step {args[0]} failed:\n{done.stderr}")
    *output, peak = done.stdout.strip().splitlines()
    return seconds, float(peak), "\n".join(output)


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024


def step(name: str, seeds: Path, docs: Path, cache: Path, jobs: int) -> None:
    """Child-process side of one measured step."""
    if name == "bare":
        from briefing.ingest import load_seeds
        from briefing.nlp import load_nlp, split_chunks

        texts = [c for d in load_seeds(seeds) for p in d.paragraphs for c in split_chunks(p.text)]
        for _ in load_nlp().pipe(texts, batch_size=64, n_process=jobs):
            pass
        print(len(texts))
    elif name == "build":
        from briefing.pipeline import build

        result = build(seeds, docs, jobs=jobs, cache_dir=cache)
        print(json.dumps({k: round(v, 2) for k, v in result.timings.items()}))
    elif name == "mkdocs":
        from briefing.site import mkdocs_build

        mkdocs_build(docs, docs.parent / "site", strict=True)
    print(f"{_peak_mb():.1f}")


def measure(corpus: Path, size: int, jobs: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"bench-{size}-"))
    seeds, docs, cache = work / "seeds", work / "docs", work / "cache"
    make_seeds(corpus, size, seeds)
    common = [str(seeds), str(docs), str(cache), str(jobs)]
    row: dict = {"documents": size}
    row["bare_s"], row["bare_mb"], _ = run_step(["bare", *common])
    row["cold_s"], row["cold_mb"], stages = run_step(["build", *common])
    row["cold_stages"] = json.loads(stages.splitlines()[-1])
    changed = sorted(seeds.glob("*.txt"))[len(list(seeds.glob("*.txt"))) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nAn added closing paragraph.\n", encoding="utf-8")
    row["rebuild_s"], row["rebuild_mb"], stages = run_step(["build", *common])
    row["rebuild_stages"] = json.loads(stages.splitlines()[-1])
    row["mkdocs_s"], row["mkdocs_mb"], _ = run_step(["mkdocs", *common])
    site = work / "site"
    row["pages"] = sum(1 for _ in site.rglob("*.html"))
    index = site / "search" / "search_index.json"
    row["search_index_mb"] = index.stat().st_size / 2**20 if index.exists() else 0.0
    row["peak_mb"] = max(row["bare_mb"], row["cold_mb"], row["rebuild_mb"], row["mkdocs_mb"])
    row["cold_over_bare"] = row["cold_s"] / row["bare_s"]
    row["rebuild_over_cold"] = row["rebuild_s"] / row["cold_s"]
    shutil.rmtree(work, ignore_errors=True)
    return row


def print_table(rows: list[dict]) -> None:
    keys = ["documents", "bare_s", "cold_s", "rebuild_s", "mkdocs_s", "cold_over_bare", "rebuild_over_cold",
            "peak_mb", "pages", "search_index_mb"]
    print(" ".join(f"{k:>17}" for k in keys))
    for row in rows:
        print(" ".join(f"{row[k]:>17.2f}" if isinstance(row[k], float) else f"{row[k]:>17}" for k in keys))
    for row in rows:
        print(f"{row['documents']} documents, cold stages: {row['cold_stages']}; rebuild stages: {row['rebuild_stages']}")
    print("targets: cold <= 1.5 x bare, rebuild <= 0.15 x cold, peak < 2048 MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="159,1000")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--step", nargs=5, metavar=("NAME", "SEEDS", "DOCS", "CACHE", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        name, seeds, docs, cache, jobs = args.step
        step(name, Path(seeds), Path(docs), Path(cache), int(jobs))
        return 0
    rows = [measure(args.corpus, int(size), args.jobs) for size in args.sizes.split(",")]
    print_table(rows)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
