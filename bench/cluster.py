#!/usr/bin/env python3
"""Benchmark extraction on a Dask cluster against worker processes (a measurement, not a test).

    python bench/cluster.py [--corpus DIR] [--sample 160] [--workers 1,2,4] [--no-full]

1. Side by side on the whole corpus: a cold `briefing build --jobs 2` and a cold
   `briefing build --cluster local:2` (each with an empty cache, in its own process).
2. On the first `--sample` articles, for 1, 2 and 4 workers: `--jobs N` against `--cluster local:N`,
   the cluster's start-up alone (start the workers, load the model on each), and the scheduler's
   overhead alone: the same batches sent to the workers and back through a task that does nothing
   (`list`), so what is measured is scheduling and moving the data, per batch.

For every run: wall and extraction seconds, words per second per worker, and how much of the
machine the run got (CPU seconds used over wall seconds times the cores it could use: other jobs
on a shared machine lower it) with the load average at its start. Prints the table, a projection for larger
archives, and writes `bench/out/cluster.json`.
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
# shared/ lies beside the clone (CI), or beside the folder of work trees
CORPORA = [ROOT.parent / "shared" / "corpus" / "cnn", ROOT.parents[1] / "shared" / "corpus" / "cnn"]
DEFAULT_CORPUS = next((p for p in CORPORA if p.is_dir()), CORPORA[0])
CORES = os.cpu_count() or 1


def run_step(*args: str) -> dict:
    """Run `python bench/cluster.py --step ...` in a child: its JSON line, plus wall seconds, the CPU
    seconds of the child and every process it started, and the load average at the start."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--step", *args], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"step {' '.join(args)} failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    row = json.loads(done.stdout.strip().splitlines()[-1])
    row.update(wall_s=round(wall, 2), cpu_s=round(cpu, 2), load_at_start=round(load, 2))
    return row


def step(name: str, seeds: Path, where: str) -> None:
    """Child side: a cold build (`jobs:N` or `local:N`), or a local cluster's start-up and overhead."""
    from briefing.cluster import ClusterSpec, parse_cluster, word_batches

    if name == "overhead":
        from distributed import as_completed

        from briefing.cluster import _connect, _set_up_workers
        from briefing.cluster_tasks import ModelPlugin, code_version
        from briefing.ingest import load_seeds

        spec = parse_cluster(where)
        payloads = [[d.to_dict() for d in batch] for batch in word_batches(load_seeds(seeds))]
        start = time.perf_counter()
        with _connect(spec) as client:
            _set_up_workers(client, spec, ModelPlugin(code_version()))
            ready = time.perf_counter()
            for future in as_completed(client.map(list, payloads, pure=False)):
                future.result()
            done = time.perf_counter()
        print(json.dumps({"startup_s": round(ready - start, 2), "round_trips_s": round(done - ready, 3)}))
        return
    from briefing.pipeline import build

    work = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    kind, count = where.split(":")
    spec: ClusterSpec | None = parse_cluster(where) if kind == "local" else None
    try:
        result = build(seeds, work / "docs", jobs=int(count) if kind == "jobs" else None, cluster=spec,
                       cache_dir=work / "cache")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    documents = result.briefing.documents
    print(json.dumps({
        "documents": len(documents),
        "failed": len(result.failed),
        "words": sum(len(p.text.split()) for d in documents for p in d.paragraphs),
        "batches": len(word_batches(documents)),
        "stages_s": {k: round(v, 2) for k, v in result.timings.items()},
    }))


def compare(seeds: Path, workers: int) -> dict:
    """`--jobs N` and `--cluster local:N` cold builds of `seeds`, one after the other."""
    jobs = run_step("build", str(seeds), f"jobs:{workers}")
    cluster = run_step("build", str(seeds), f"local:{workers}")
    for row in (jobs, cluster):
        row["extract_s"] = row["stages_s"]["extract"]
        row["cpu_share"] = round(row["cpu_s"] / (row["wall_s"] * min(workers, CORES)), 2)
        row["words_per_s_per_worker"] = round(row["words"] / row["extract_s"] / workers, 1)
    return {"workers": workers, "jobs": jobs, "cluster": cluster,
            "cluster_over_jobs": round(cluster["wall_s"] / jobs["wall_s"], 3)}


def overhead(seeds: Path, workers: int) -> dict:
    """The series row for `workers`: both builds, the cluster's start-up, and its overhead per batch."""
    row = compare(seeds, workers)
    row.update(run_step("overhead", str(seeds), f"local:{workers}"))
    cluster = row["cluster"]
    working = cluster["extract_s"] - row["startup_s"]
    row["cluster_words_per_s_per_worker"] = round(cluster["words"] / working / workers, 1)
    row["overhead_per_batch_ms"] = round(1000 * row["round_trips_s"] / cluster["batches"], 1)
    row["overhead_share"] = round(row["round_trips_s"] / working, 4)
    return row


def sample(corpus: Path, size: int, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in sorted(corpus.glob("*.txt"))[:size]:
        shutil.copy(path, folder)
    return folder


def print_report(report: dict) -> None:
    def line(*cells):
        print(" | ".join(f"{c:>12}" if not isinstance(c, float) else f"{c:>12.2f}" for c in cells))

    full = report.get("full")
    if full:
        print(f"\nwhole corpus: {full['jobs']['documents']} articles, {full['jobs']['words']:,} words, cold builds")
        line("run", "wall s", "extract s", "words/s/wkr", "cpu share", "load")
        for name, run in (("--jobs 2", full["jobs"]), ("local:2", full["cluster"])):
            line(name, run["wall_s"], run["extract_s"], run["words_per_s_per_worker"], run["cpu_share"],
                 run["load_at_start"])
        print(f"cluster / jobs wall time: {full['cluster_over_jobs']:.3f} (target: within 0.90-1.10)")
    series = report["series"]
    first = series[0]["cluster"]
    print(f"\nsample: {first['documents']} articles, {first['words']:,} words, {first['batches']} batches")
    line("workers", "jobs ext s", "local ext s", "start-up s", "ovh/batch ms", "ovh share", "words/s/wkr",
         "cpu share", "load")
    for row in series:
        line(row["workers"], row["jobs"]["extract_s"], row["cluster"]["extract_s"], row["startup_s"],
             row["overhead_per_batch_ms"], row["overhead_share"], row["cluster_words_per_s_per_worker"],
             row["cluster"]["cpu_share"], row["cluster"]["load_at_start"])
    print("(ext s: the extract stage, start-up included; ovh: scheduling and moving one batch there and back, and "
          "its share of the extraction time; words/s/wkr: cluster extraction after start-up, per worker; "
          "cpu share: CPU seconds of the run over wall seconds x the cores its workers could use; "
          "load: load average at its start)")
    rate = report["per_worker_words_per_s"]
    words = report["average_words"]
    print(f"\nper worker: {rate:,.0f} words/s; average article {words:,.0f} words")
    for articles in (100_000, 1_000_000):
        hours = {n: articles * words / (rate * n) / 3600 for n in (1, 10, 100)}
        print(f"{articles:>9,} articles: " + ", ".join(f"{h:,.1f} h on {n} workers" for n, h in hours.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=160, help="articles for the 1/2/4-worker series")
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--no-full", action="store_true", help="skip the side-by-side on the whole corpus")
    parser.add_argument("--step", nargs=3, metavar=("NAME", "SEEDS", "WHERE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        name, seeds, where = args.step
        step(name, Path(seeds), where)
        return 0
    if not args.corpus.is_dir():
        raise SystemExit(f"{args.corpus}: no such corpus folder (use --corpus)")
    report: dict = {"cores": CORES, "corpus": str(args.corpus)}
    work = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    try:
        seeds = sample(args.corpus, args.sample, work / "sample")
        report["series"] = [overhead(seeds, int(n)) for n in args.workers.split(",")]
        if not args.no_full:
            report["full"] = compare(args.corpus, 2)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    one = next((row for row in report["series"] if row["workers"] == 1), report["series"][0])
    report["per_worker_words_per_s"] = one["cluster_words_per_s_per_worker"]
    measured = report.get("full", one)["jobs"]
    report["average_words"] = measured["words"] / measured["documents"]
    print_report(report)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "cluster.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
