#!/usr/bin/env python3
"""Benchmark the whole reader side at corpus scale: `briefing build` + site build (a measurement, not a test).

    python bench/site.py [--sizes 159,1627,3000] [--repo DIR] [--cache DIR] [--work DIR] [--search]

Corpora (made here, deterministic):
- 159: the seed plus `../shared/corpus/news/`;
- 1627: `../shared/corpus/cnn/`;
- 3000: the seed, news, cnn, and the earliest cnn articles again as "the next week": their
  `date:` shifted by 9 days and their file names changed, up to 3,000 articles.

For each size, each step runs in its own process (peak memory is that of its largest process):
`briefing build` (extraction cache warm when `--cache` holds it: the render stage is what is
measured; the cold extraction of spaCy is `bench/run.py`'s business), the cold site build
(`briefing site`: MkDocs, and Pagefind where the checkout has it), then one article added and
both run again (the incremental path). Reported: times, peak RSS, HTML page count, the size of
`docs/` and `site/`, the largest HTML page and the overview. `--repo` measures another checkout
(its own `.venv`), e.g. the code before a change. `--search` also measures, in Chromium, what a
first search transfers on the built site (see `first_search`). Results go to
`bench/out/site-<label>.json`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared/corpus beside the checkout (or beside its parent, for a worktree under wt/)
CORPUS = next((c for c in (ROOT.parent / "shared" / "corpus", ROOT.parents[1] / "shared" / "corpus") if c.is_dir()),
              ROOT.parent / "shared" / "corpus")
SEED = ROOT / "seeds" / "000_3a1a43320c41dcd8.txt"
SHIFT_DAYS = 9
_DATE_LINE = re.compile(r"^(date:\s*)(\d{4}-\d{2}-\d{2})", re.MULTILINE)
_NAME_DATE = re.compile(r"^(cnn-)(\d{8})(-.*)\.txt$")


def shifted(text: str, days: int) -> str:
    """The article with its front-matter `date:` moved by `days`."""
    def move(m: re.Match) -> str:
        return m.group(1) + (dt.date.fromisoformat(m.group(2)) + dt.timedelta(days=days)).isoformat()
    return _DATE_LINE.sub(move, text, count=1)


def shifted_name(name: str, days: int) -> str:
    m = _NAME_DATE.match(name)
    if not m:
        return f"next-week-{name}"
    day = dt.datetime.strptime(m.group(2), "%Y%m%d").date() + dt.timedelta(days=days)
    return f"{m.group(1)}{day:%Y%m%d}{m.group(3)}-w2.txt"


def make_corpus(size: int, folder: Path) -> Path:
    """The seeds folder of one benchmark size (kept between runs: the same files every time)."""
    seeds = folder / "seeds"
    if seeds.is_dir():
        return seeds
    tmp = folder / "seeds.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    news = sorted((CORPUS / "news").glob("*.txt"))
    cnn = sorted((CORPUS / "cnn").glob("*.txt"))
    if size == 1627:
        chosen = cnn
    else:
        chosen = [SEED, *news] + (cnn if size > 159 else [])
    for path in chosen[:size]:
        shutil.copy(path, tmp / path.name)
    for path in cnn[: max(0, size - len(chosen))]:
        (tmp / shifted_name(path.name, SHIFT_DAYS)).write_text(
            shifted(path.read_text(encoding="utf-8"), SHIFT_DAYS), encoding="utf-8"
        )
    tmp.rename(seeds)
    return seeds


def added_article(seeds: Path) -> Path:
    """One more article for the incremental step: a cnn article two weeks on, under a new name."""
    source = sorted((CORPUS / "cnn").glob("*.txt"))[0]
    target = seeds / shifted_name(source.name, 2 * SHIFT_DAYS + 1).replace("-w2.txt", "-w3.txt")
    target.write_text(shifted(source.read_text(encoding="utf-8"), 2 * SHIFT_DAYS + 1), encoding="utf-8")
    return target


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, float]:
    """Run `cmd` in a child of a fresh process: wall seconds, CPU seconds (user + system, all its
    processes) and the peak RSS (MB) of its largest process. On a shared machine the CPU time is
    the steadier figure: wall time grows with everyone else's load."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--exec", *cmd], cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    *_, cpu, peak = done.stdout.strip().splitlines()
    return seconds, float(cpu), float(peak)


def _exec(cmd: list[str]) -> int:
    code = subprocess.run(cmd, stdout=sys.stderr).returncode
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{usage.ru_utime + usage.ru_stime:.1f}")
    print(f"{usage.ru_maxrss / 1024:.1f}")
    return code


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def html_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "pagefind" not in p.relative_to(site).parts]


def site_facts(docs: Path, site: Path) -> dict:
    pages = html_pages(site)
    largest = max(pages, key=lambda p: p.stat().st_size)
    return {
        "pages": len(pages),
        "docs_mb": round(folder_mb(docs), 1),
        "site_mb": round(folder_mb(site), 1),
        "largest_page": largest.relative_to(site).as_posix(),
        "largest_page_kb": round(largest.stat().st_size / 1024),
        "overview_kb": round((site / "index.html").stat().st_size / 1024),
        "pages_over_1mb": sum(1 for p in pages if p.stat().st_size > 2**20),
    }


def measure(repo: Path, size: int, work: Path, cache: Path) -> dict:
    seeds = make_corpus(size, work / "corpora" / str(size))
    out = work / repo.name / str(size)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    docs, site = out / "docs", out / "site"
    bin_dir = repo / ".venv" / "bin"
    build = [str(bin_dir / "briefing"), "build", "--seeds", str(seeds), "--docs", str(docs), "--cache", str(cache), "--quiet"]
    site_cmd = [str(bin_dir / "briefing"), "site", "--docs", str(docs), "--site", str(site)]
    row: dict = {"documents": len(list(seeds.glob("*.txt")))}
    for step, cmd in (("build", build), ("site", site_cmd)):
        row[f"{step}_s"], row[f"{step}_cpu"], row[f"{step}_mb"] = timed(cmd, repo)
    row.update(site_facts(docs, site))
    extra = added_article(seeds)
    try:
        for step, cmd in (("add_build", build), ("add_site", site_cmd)):
            row[f"{step}_s"], row[f"{step}_cpu"], row[f"{step}_mb"] = timed(cmd, repo)
    finally:
        extra.unlink()
    row["cold_s"] = row["build_s"] + row["site_s"]
    row["add_s"] = row["add_build_s"] + row["add_site_s"]
    row["add_over_cold"] = round(row["add_s"] / row["cold_s"], 3)
    row["add_over_cold_cpu"] = round((row["add_build_cpu"] + row["add_site_cpu"]) / (row["build_cpu"] + row["site_cpu"]), 3)
    row["peak_mb"] = max(row["build_mb"], row["site_mb"], row["add_build_mb"], row["add_site_mb"])
    row["site_dir"] = str(site)
    return row


def print_table(rows: list[dict]) -> None:
    keys = ["documents", "build_s", "build_cpu", "site_s", "site_cpu", "add_build_s", "add_site_s", "add_site_cpu",
            "add_over_cold", "add_over_cold_cpu", "peak_mb", "pages",
            "docs_mb", "site_mb", "largest_page_kb", "overview_kb", "pages_over_1mb"]
    print(" ".join(f"{k:>15}" for k in keys))
    for row in rows:
        print(" ".join(f"{row[k]:>15.1f}" if isinstance(row[k], float) else f"{row[k]:>15}" for k in keys))
    for row in rows:
        print(f"{row['documents']}: largest page {row['largest_page']} ({row['largest_page_kb']} kB)")
        if "search" in row:
            print(f"{row['documents']}: first search {row['search']}")


def first_search(site: Path, query: str) -> dict:
    """Open the served home page in Chromium, search `query`, and add up every response body.

    Returns the bytes fetched for the page alone, then in all once the first results show, the
    number of requests, and the seconds from the last key press to the first result.
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from browser.helpers import CHROMIUM, CHROMIUM_ARGS, serve
    from playwright.sync_api import sync_playwright

    sizes: list[int] = []
    with serve(site, "bench-site") as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_context().new_page()
        page.on("requestfinished", lambda r: sizes.append(len(r.response().body()) if r.response() else 0))
        page.goto(url + "/", wait_until="networkidle")
        page_only = sum(sizes)
        page.keyboard.press("/")
        page.keyboard.type(query)
        start = time.perf_counter()
        page.wait_for_selector(".bf-search__result", timeout=30_000)
        seconds = time.perf_counter() - start
        page.wait_for_load_state("networkidle")
        total, requests = sum(sizes), len(sizes)
        browser.close()
    return {"query": query, "page_kb": round(page_only / 1024), "total_kb": round(total / 1024),
            "requests": requests, "first_result_s": round(seconds, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="159,1627,3000")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout to measure (with its .venv)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefing-bench-site"))
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache (default: WORK/cache)")
    parser.add_argument("--label", default=None, help="name of the results file (default: the checkout's folder name)")
    parser.add_argument("--search", default=None, metavar="QUERY", help="also measure a first search for QUERY")
    parser.add_argument("--exec", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.exec:
        return _exec(args.exec)
    repo = args.repo.resolve()
    cache = args.cache or args.work / "cache"
    rows = []
    for size in args.sizes.split(","):
        row = measure(repo, int(size), args.work, cache)
        if args.search:
            row["search"] = first_search(Path(row["site_dir"]), args.search)
        rows.append(row)
        print(json.dumps(row), flush=True)
    print_table(rows)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / f"site-{args.label or repo.name}.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
