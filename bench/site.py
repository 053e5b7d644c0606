#!/usr/bin/env python3
"""Benchmark the whole reader side at corpus scale: `briefing build` + site build (a measurement, not a test).

    python bench/site.py [--sizes 159,1627,3000] [--repo DIR] [--work DIR] [--cache DIR] [--search QUERY]
    python bench/site.py --show bench/out/site-*.json    (the table of earlier results)

Corpora (made here, deterministic):
- 159: the seed plus `../shared/corpus/news/`;
- 1627: `../shared/corpus/cnn/`;
- 3000: the seed, news, cnn, and the earliest cnn articles again as "the next week": their
  `date:` shifted by 9 days and their file names changed, up to 3,000 articles.

For each size, each step runs in its own process tree, watched from outside (`--exec`):
1. `extract`: `briefing build` into a scratch folder, to fill the extraction cache (spaCy); when
   the cache already holds every article this is only a warm build, and the table says so;
2. `build`: `briefing build` into an empty docs folder (extraction cache warm: every page rendered);
3. `site`: the cold `briefing site` (MkDocs, then Pagefind), no previous site;
4. `add_build`, `add_site`: one more article, then both again (the incremental path).
The cold site build is 2 + 3; one article added is 4. For each step: wall and CPU seconds (user +
system of every process of the step: on a shared machine CPU time is the steady figure), the
peak memory of the whole process tree (the sum of the resident sets of all its processes,
Pagefind's included, sampled every 0.1 s; shared pages are counted once per process, so this is
an upper bound), the peak of its largest single process, and the load average while it ran.
Then: HTML pages, the largest one, the overview, `docs/`, `site/` and the Pagefind index; with
`--search`, what a first search fetches in Chromium from `briefing serve` (see `first_search`).

It prints one table (Markdown, a column per size) and writes `bench/out/site-<label>.json`.
`--repo` measures another checkout with its own `.venv` (e.g. the code before a change).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import socket
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
SAMPLE_S = 0.1
_DATE_LINE = re.compile(r"^(date:\s*)(\d{4}-\d{2}-\d{2})", re.MULTILINE)
_NAME_DATE = re.compile(r"^(cnn-)(\d{8})(-.*)\.txt$")
_SUMMARY = re.compile(r"built (\d+) documents \((\d+) seed files\): (\d+) actors, (\d+) quotes.*?\((\d+) from cache")


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


# --- One step, watched from outside ----------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    """pid -> the pids of its children, from /proc."""
    out: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        parent = int(stat[stat.rindex(b")") + 2:].split()[1])
        out.setdefault(parent, []).append(int(entry.name))
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(root: int) -> float:
    """The resident memory of `root` and all its descendants, in MB."""
    children = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kb(pid)
        todo += children.get(pid, [])
    return total / 1024


def _exec(cmd: list[str]) -> int:
    """Run `cmd`, its output to stderr; print one JSON line: CPU seconds, peak tree and largest-process MB, load."""
    loads = [os.getloadavg()[0]]
    peak = 0.0
    child = subprocess.Popen(cmd, stdout=sys.stderr)
    last_load = time.monotonic()
    while child.poll() is None:
        peak = max(peak, tree_rss_mb(child.pid))
        if time.monotonic() - last_load >= 5:
            loads.append(os.getloadavg()[0])
            last_load = time.monotonic()
        time.sleep(SAMPLE_S)
    loads.append(os.getloadavg()[0])
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "cpu": round(usage.ru_utime + usage.ru_stime, 1), "tree_mb": round(peak), "largest_mb": round(usage.ru_maxrss / 1024),
        "load": round(sum(loads) / len(loads), 1),
    }))
    return child.returncode


def timed(cmd: list[str], cwd: Path) -> dict:
    """Run `cmd` in a child of a fresh process: wall and CPU seconds, peak memory, load average, its output."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--exec", *cmd], cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return {"s": round(seconds, 1), **json.loads(done.stdout.strip().splitlines()[-1]), "output": done.stderr}


# --- What was built ---------------------------------------------------------------------------------


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def html_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if "pagefind" not in p.relative_to(site).parts]


def site_facts(docs: Path, site: Path) -> dict:
    pages = html_pages(site)
    largest = max(pages, key=lambda p: p.stat().st_size)
    pagefind = site / "pagefind"
    return {
        "pages": len(pages),
        "searchable_pages": sum(1 for p in pages if b"data-pagefind-body" in p.read_bytes()),
        "docs_mb": round(folder_mb(docs), 1),
        "site_mb": round(folder_mb(site), 1),
        "pagefind_mb": round(folder_mb(pagefind), 1) if pagefind.is_dir() else 0,
        "pagefind_files": sum(1 for p in pagefind.rglob("*") if p.is_file()) if pagefind.is_dir() else 0,
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
    docs, site, site_cache = out / "docs", out / "site", out / "site-cache"
    bin_dir = repo / ".venv" / "bin"
    build = [str(bin_dir / "briefing"), "build", "--seeds", str(seeds), "--docs", str(docs), "--cache", str(cache)]
    site_cmd = [str(bin_dir / "briefing"), "site", "--docs", str(docs), "--site", str(site), "--cache", str(site_cache)]
    warm = [*build[:5], str(out / "warm-docs"), *build[6:]]
    steps: dict[str, dict] = {}
    steps["extract"] = timed(warm, repo)
    shutil.rmtree(out / "warm-docs", ignore_errors=True)
    for step, cmd in (("build", build), ("site", site_cmd)):
        steps[step] = timed(cmd, repo)
    row: dict = {"documents": len(list(seeds.glob("*.txt"))), **site_facts(docs, site)}
    extra = added_article(seeds)
    try:
        for step, cmd in (("add_build", build), ("add_site", site_cmd)):
            steps[step] = timed(cmd, repo)
    finally:
        extra.unlink()
    found = _SUMMARY.search(steps["extract"].pop("output"))
    if not found:
        raise SystemExit("`briefing build` printed no summary line")
    stories, files, actors, quotes, cached = map(int, found.groups())
    row.update(stories=stories, actors=actors, quotes=quotes, extracted=files - cached)
    for step in steps.values():
        step.pop("output", None)
    row["steps"] = steps
    cold = [steps["build"], steps["site"]]
    add = [steps["add_build"], steps["add_site"]]
    row["cold_s"] = round(sum(s["s"] for s in cold), 1)
    row["cold_cpu"] = round(sum(s["cpu"] for s in cold), 1)
    row["add_s"] = round(sum(s["s"] for s in add), 1)
    row["add_cpu"] = round(sum(s["cpu"] for s in add), 1)
    row["add_over_cold"] = round(row["add_s"] / row["cold_s"], 3)
    row["add_over_cold_cpu"] = round(row["add_cpu"] / row["cold_cpu"], 3)
    row["peak_tree_mb"] = max(s["tree_mb"] for s in (*cold, *add))
    row["site_dir"] = str(site)
    return row


# --- A first search, as a reader's browser does it ----------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_search(repo: Path, site: Path, query: str) -> dict:
    """Serve `site` with `briefing serve` (compressed, as a host would), open the home page in
    Chromium, search `query`, and add up every response: bytes on the wire (compressed bodies
    and headers) and bodies as decoded, for the page alone and in all once the first results show.

    Also the number of requests, the seconds from loading the page to its `load` event, and
    from the last key press to the first result drawn.
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from browser.helpers import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    port = _free_port()
    server = subprocess.Popen([str(repo / ".venv" / "bin" / "briefing"), "serve", "--site", str(site), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wire: list[int] = []
    decoded: list[int] = []

    def finished(request) -> None:
        sizes = request.sizes()
        wire.append(sizes["responseBodySize"] + sizes["responseHeadersSize"])
        response = request.response()
        decoded.append(len(response.body()) if response else 0)

    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_context().new_page()
            page.on("requestfinished", finished)
            start = time.perf_counter()
            page.goto(url, wait_until="load")
            loaded = time.perf_counter() - start
            page.wait_for_load_state("networkidle")
            page_wire, page_decoded = sum(wire), sum(decoded)
            page.keyboard.press("/")
            page.keyboard.type(query)
            start = time.perf_counter()
            page.wait_for_selector(".bf-search__result", timeout=60_000)
            seconds = time.perf_counter() - start
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.terminate()
        server.wait()
    return {"query": query, "page_kb": round(page_wire / 1024), "page_decoded_kb": round(page_decoded / 1024),
            "total_kb": round(sum(wire) / 1024), "total_decoded_kb": round(sum(decoded) / 1024),
            "requests": len(wire), "page_load_s": round(loaded, 2), "first_result_s": round(seconds, 2)}


# --- The table -----------------------------------------------------------------------------------------


def _step(row: dict, name: str) -> str:
    s = row["steps"][name]
    return f"{s['s']:.0f} s ({s['cpu']:.0f} CPU-s, load {s['load']})"


ROWS = [
    ("seed files", lambda r: f"{r['documents']:,}"),
    ("documents (stories; the other files are their versions), actors, quotes",
     lambda r: f"{r['stories']:,}, {r['actors']:,}, {r['quotes']:,}"),
    ("extraction (spaCy), cold", lambda r: _step(r, "extract") if r["extracted"] else "cached"),
    ("`briefing build` (render, extraction cached)", lambda r: _step(r, "build")),
    ("`briefing site` (MkDocs + Pagefind), cold", lambda r: _step(r, "site")),
    ("cold site build in all", lambda r: f"{r['cold_s']:.0f} s ({r['cold_cpu']:.0f} CPU-s)"),
    ("peak memory, process tree (build / site)",
     lambda r: f"{r['steps']['build']['tree_mb']:,} / {r['steps']['site']['tree_mb']:,} MB"),
    ("peak memory, largest process (build / site)",
     lambda r: f"{r['steps']['build']['largest_mb']:,} / {r['steps']['site']['largest_mb']:,} MB"),
    ("one article added: build + site", lambda r: f"{_step(r, 'add_build')} + {_step(r, 'add_site')}"),
    ("one article added / cold (wall, CPU)", lambda r: f"{r['add_over_cold']:.2f}, {r['add_over_cold_cpu']:.2f}"),
    ("HTML pages (indexed for search)", lambda r: f"{r['pages']:,} ({r['searchable_pages']:,})"),
    ("largest HTML page", lambda r: f"{r['largest_page_kb']:,} kB ({r['largest_page']})"),
    ("pages over 1 MB", lambda r: str(r["pages_over_1mb"])),
    ("overview", lambda r: f"{r['overview_kb']:,} kB"),
    ("`docs/`", lambda r: f"{r['docs_mb']:,.1f} MB"),
    ("`site/`", lambda r: f"{r['site_mb']:,.1f} MB"),
    ("Pagefind index", lambda r: f"{r['pagefind_mb']:,.1f} MB, {r['pagefind_files']:,} files"),
    ("first search: page alone, on the wire", lambda r: f"{r['search']['page_kb']:,} kB" if "search" in r else "–"),
    ("first search: in all, on the wire (decoded)",
     lambda r: f"{r['search']['total_kb']:,} kB ({r['search']['total_decoded_kb']:,} kB), {r['search']['requests']} requests"
     if "search" in r else "–"),
    ("first search: key press to first result", lambda r: f"{r['search']['first_result_s']} s" if "search" in r else "–"),
]


def table(rows: list[dict]) -> str:
    lines = ["| | " + " | ".join(f"{r['documents']:,} articles" for r in rows) + " |",
             "| --- |" + " --- |" * len(rows)]
    lines += [f"| {label} | " + " | ".join(cell(r) for r in rows) + " |" for label, cell in ROWS]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="159,1627,3000")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout to measure (with its .venv)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/briefing-bench-site"))
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache (default: WORK/cache)")
    parser.add_argument("--label", default=None, help="name of the results file (default: the checkout's folder name)")
    parser.add_argument("--search", default=None, metavar="QUERY", help="also measure a first search for QUERY")
    parser.add_argument("--show", nargs="+", type=Path, metavar="JSON", help="only print the table of earlier results")
    parser.add_argument("--exec", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.exec:
        return _exec(args.exec)
    if args.show:
        print(table([row for path in args.show for row in json.loads(path.read_text(encoding="utf-8"))]))
        return 0
    repo = args.repo.resolve()
    cache = (args.cache or args.work / "cache").resolve()
    rows = []
    for size in args.sizes.split(","):
        row = measure(repo, int(size), args.work.resolve(), cache)
        if args.search:
            row["search"] = first_search(repo, Path(row["site_dir"]), args.search)
        rows.append(row)
        print(json.dumps(row), flush=True)
    print(f"\n{os.cpu_count()} cores; {repo}\n")
    print(table(rows))
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / f"site-{args.label or repo.name}.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
