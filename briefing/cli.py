"""Command line: `briefing build`, `briefing site`, `briefing serve`, `briefing live`, `briefing eval`.

A thin layer over the library: it parses options, calls one function, and turns a
`BriefingError` into one clear line on stderr with a non-zero exit code (never a traceback).

Exit codes: 0 done; 1 an error, `docs/` left as it was; 3 built, but the articles named in the
warnings on stderr failed extraction and are left out (the next build tries them again).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import BriefingError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Turn news articles into a briefing site.")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="extract seeds/*.txt into Markdown pages and briefing.json")
    build.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of *.txt articles (default: seeds)")
    build.add_argument("--docs", type=Path, default=Path("docs"), help="output folder (default: docs)")
    where = build.add_mutually_exclusive_group()
    where.add_argument("--jobs", type=int, default=None, help="parallel extraction processes (default: all cores)")
    where.add_argument(
        "--cluster", metavar="ADDRESS", default=None,
        help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or local:N worker processes",
    )
    build.add_argument("--cache", type=Path, default=Path(".cache"), help="extraction cache folder (default: .cache)")
    build.add_argument("--no-cache", action="store_true", help="ignore and do not write the extraction cache")
    build.add_argument("--quiet", action="store_true", help="print nothing on success")
    _corrections_option(build)

    site = commands.add_parser("site", help="render the docs folder into a static site with MkDocs")
    site.add_argument("--docs", type=Path, default=Path("docs"), help="Markdown folder (default: docs)")
    site.add_argument("--site", type=Path, default=None, help="output folder (default: site, or site-offline)")
    site.add_argument("--offline", action="store_true", help="a copy that works from file:// with search")
    site.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="MkDocs config (default: mkdocs.yml)")
    site.add_argument("--cache", type=Path, default=Path(".cache"), help="page manifest folder (default: .cache)")
    site.add_argument("--no-cache", action="store_true", help="render every page (a cold build)")

    serve = commands.add_parser("serve", help="serve the built site on this machine (compressed, as a web host would)")
    serve.add_argument("--site", type=Path, default=Path("site"), help="site folder (default: site)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")

    live = commands.add_parser("live", help="build, serve with live reload, rebuild when seeds or corrections change")
    live.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of *.txt articles (default: seeds)")
    live.add_argument("--docs", type=Path, default=Path("docs"), help="output folder (default: docs)")
    live.add_argument("--cache", type=Path, default=Path(".cache"), help="extraction cache folder (default: .cache)")
    live.add_argument("--no-cache", action="store_true", help="ignore and do not write the extraction cache")
    live.add_argument("--jobs", type=int, default=None, help="parallel extraction processes (default: all cores)")
    live.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="MkDocs config (default: mkdocs.yml)")
    live.add_argument("--dev-addr", default="127.0.0.1:8000", help="host:port to serve on (default: 127.0.0.1:8000)")
    _corrections_option(live)

    ev = commands.add_parser("eval", help="score briefing.json against gold annotations")
    ev.add_argument("gold", type=Path, nargs="+", help="*.gold.json files")
    ev.add_argument("--briefing", type=Path, default=Path("docs/briefing.json"), help="default: docs/briefing.json")
    ev.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    return parser


def _corrections_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--corrections", type=Path, default=None,
        help="the editor's corrections (default: corrections.yaml beside the seeds folder, when present)",
    )


def _build(args: argparse.Namespace) -> int:
    from .corrections import corrections_for
    from .pipeline import build
    from .progress import Progress

    if args.jobs is not None and args.jobs < 1:
        raise BriefingError("--jobs must be at least 1")
    cluster = None
    if args.cluster is not None:
        from .cluster import parse_cluster

        cluster = parse_cluster(args.cluster)
    progress = Progress(enabled=None if not args.quiet else False)
    corrections = corrections_for(args.seeds, args.corrections)
    result = build(
        args.seeds, args.docs, jobs=args.jobs, cluster=cluster, cache_dir=None if args.no_cache else args.cache,
        progress=progress, corrections=corrections,
    )
    for failure in result.failed:
        print(f"briefing: warning: {_printable(failure.source)}: extraction failed, left out: {failure.reason}",
              file=sys.stderr)
    if result.corrections:  # a stale correction is a warning, shown even with --quiet
        for line in result.corrections.warnings(str(corrections)):
            print(line, file=sys.stderr)
    if not args.quiet:
        print(result.summary())
    return 3 if result.failed else 0


def _printable(name: str) -> str:
    """A file name as one line (a name with a newline or an escape is shown escaped)."""
    return name if name.isprintable() else repr(name)


def _site(args: argparse.Namespace) -> int:
    from .site import mkdocs_build

    site_dir = args.site or Path("site-offline" if args.offline else "site")
    mkdocs_build(
        args.docs.resolve(), site_dir.resolve(), offline=args.offline, config_file=args.config.resolve(),
        cache_dir=None if args.no_cache else args.cache.resolve(),
    )
    print(f"site written to {site_dir}" + (" (open index.html from disk)" if args.offline else ""))
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .serve import make_server

    if not (args.site / "index.html").is_file():
        raise BriefingError(f"{args.site}: no built site here (run `briefing site` first)")
    try:
        server = make_server(args.site, args.host, args.port)
    except OSError as exc:
        raise BriefingError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
    print(f"serving {args.site} on http://{args.host}:{server.server_address[1]}/ (Ctrl-C stops)")
    with server:
        server.serve_forever()
    return 0


def _live(args: argparse.Namespace) -> int:
    from .live import LiveBuild, serve

    host, _, port = args.dev_addr.rpartition(":")
    if not host or not port.isdigit():
        raise BriefingError(f"--dev-addr must be HOST:PORT, not {args.dev_addr!r}")
    if args.jobs is not None and args.jobs < 1:
        raise BriefingError("--jobs must be at least 1")
    live = LiveBuild(
        seeds=args.seeds, docs=args.docs, config=args.config.resolve(), cache=None if args.no_cache else args.cache,
        corrections=args.corrections, jobs=args.jobs,
    )
    serve(live, host, int(port))
    return 0


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report
    from .store import read_json

    report = evaluate(read_json(args.briefing), args.gold)
    print(format_report(report, verbose=args.verbose))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {"build": _build, "site": _site, "serve": _serve, "live": _live, "eval": _eval}[args.command]
    try:
        return handler(args)
    except BriefingError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
