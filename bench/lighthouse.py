#!/usr/bin/env python3
"""Lighthouse scores of the built site's home, timeline, an actor and a source page (a measurement, not a test).

    python bench/lighthouse.py [--site site] [--runs 3] [--presets mobile,desktop] [--pages home,timeline,actor,source]
                               [--nice -10] [--reports DIR] [--out bench/out/lighthouse.json]

Serves `--site` (default `site/`, as `make site` builds it) with `briefing serve`'s server on a
free port and runs Lighthouse 12 (`bench/node_modules/lighthouse`, pinned in
`bench/package-lock.json`; `make bench-lighthouse` installs it) with Debian's Chromium, `--runs`
times per page and preset (Lighthouse's default mobile emulation, and `--preset=desktop`). The
actor and source pages are the largest of their kind (most HTML), the hardest case. Prints the
median performance, accessibility and best-practices score of each page with the median metrics
(FCP, LCP, TBT, CLS), page weight (kB transferred) and DOM size, and writes every run (with the
machine's load average) to `bench/out/lighthouse.json`. On a shared machine the performance
score is noisy (the blocking time grows with the load): the median of several runs is what to
compare.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.serve import make_server  # noqa: E402

LIGHTHOUSE = ROOT / "bench" / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices")
METRICS = {
    "first-contentful-paint": "FCP ms",
    "largest-contentful-paint": "LCP ms",
    "total-blocking-time": "TBT ms",
    "cumulative-layout-shift": "CLS",
    "total-byte-weight": "bytes",
    "dom-size": "DOM",
}


def largest_page(site: Path, section: str) -> str:
    """The address of the largest `section/<id>/` page (its index and split lists left out)."""
    pages = [p for p in (site / section).glob("*/index.html") if p.parent.name not in {"all", "dates", "topics"}]
    if not pages:
        raise SystemExit(f"{site}: no {section}/<id>/ page (build the site first: make site)")
    largest = max(pages, key=lambda p: (p.stat().st_size, p.parent.name))
    return f"/{section}/{largest.parent.name}/"


def pages_of(site: Path) -> dict[str, str]:
    return {"home": "/", "timeline": "/timeline/", "actor": largest_page(site, "actors"),
            "source": largest_page(site, "sources")}


def lighthouse(url: str, preset: str, chrome: str, report: Path, nice: int | None = None) -> dict:
    """One Lighthouse run: the three category scores and the metrics of METRICS."""
    cmd = [*([] if nice is None else ["nice", "-n", str(nice)]), "node", str(LIGHTHOUSE), url, "--quiet",
           "--output=json", f"--output-path={report}", "--chrome-flags=--headless=new --no-sandbox",
           "--only-categories=" + ",".join(CATEGORIES)]
    if preset != "mobile":
        cmd.append(f"--preset={preset}")
    done = subprocess.run(cmd, env={**os.environ, "CHROME_PATH": chrome}, capture_output=True, text=True)
    if done.returncode or not report.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{done.stderr[-3000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    row = {name: data["categories"][name]["score"] for name in CATEGORIES}
    row.update({label: data["audits"][audit]["numericValue"] for audit, label in METRICS.items()})
    row["load average"] = os.getloadavg()[0]
    row["failing"] = sorted(name for name, audit in data["audits"].items()
                            if audit.get("scoreDisplayMode") in {"binary", "numeric", "metricSavings"}
                            and audit.get("score") is not None and audit["score"] < 0.9)
    return row


def medians(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in (*CATEGORIES, *METRICS.values())}


def print_table(results: dict) -> None:
    head = (f"{'preset':8} {'page':9} {'perf':>5} {'a11y':>5} {'best':>5} {'FCP ms':>7} {'LCP ms':>7} {'TBT ms':>7} "
            f"{'CLS':>6} {'kB':>5} {'DOM':>5}  address")
    print(head)
    for preset, pages in results.items():
        for name, page in pages.items():
            m = page["median"]
            print(f"{preset:8} {name:9} {m['performance']:5.2f} {m['accessibility']:5.2f} {m['best-practices']:5.2f} "
                  f"{m['FCP ms']:7.0f} {m['LCP ms']:7.0f} {m['TBT ms']:7.0f} {m['CLS']:6.3f} {m['bytes'] / 1000:5.0f} "
                  f"{m['DOM']:5.0f}  {page['path']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--presets", default="mobile,desktop")
    parser.add_argument("--pages", default="home,timeline,actor,source", help="which of the four pages")
    parser.add_argument("--nice", type=int, default=None,
                        help="run Lighthouse and Chromium at this niceness (e.g. -10, as root) so that other jobs on a "
                             "busy machine inflate the blocking time less")
    parser.add_argument("--reports", type=Path, default=None, help="keep each run's Lighthouse JSON report here")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "lighthouse.json")
    args = parser.parse_args()
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not LIGHTHOUSE.is_file():
        raise SystemExit(f"{LIGHTHOUSE} not found: run `make bench-lighthouse` (npm ci in bench/)")
    if not (args.site / "index.html").is_file():
        raise SystemExit(f"{args.site}: no built site (run `make site`)")
    server = make_server(args.site, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    reports = args.reports or Path(tempfile.mkdtemp(prefix="lighthouse-"))
    reports.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    try:
        for preset in args.presets.split(","):
            for name, path in pages_of(args.site).items():
                if name not in args.pages.split(","):
                    continue
                runs = [lighthouse(base + path, preset, chrome, reports / f"{preset}-{name}-{i}.json", args.nice)
                        for i in range(args.runs)]
                results.setdefault(preset, {})[name] = {"path": path, "median": medians(runs), "runs": runs}
                print(json.dumps({"preset": preset, "page": name, **results[preset][name]["median"]}), flush=True)
    finally:
        server.shutdown()
        if args.reports is None:
            shutil.rmtree(reports, ignore_errors=True)
    print_table(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"runs": args.runs, "nice": args.nice, "results": results}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
