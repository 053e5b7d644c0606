"""`briefing live`: build, serve the site with live reload, and rebuild when the sources change.

`mkdocs serve` only watches `docs/` and `mkdocs.yml`. Here MkDocs' own live-reload server
(`mkdocs.livereload.LiveReloadServer`) watches the seeds folder, the corrections file and the
MkDocs configuration, and one rebuild runs the `steps()` in order: the briefing build into
`docs/` (the extraction cache and page reuse make it seconds), then the static site with its
Pagefind index (`briefing site`: only changed pages are rendered again). Each step writes a
fresh folder and swaps it in only when it succeeded, so a bad seed or a malformed corrections
file prints one error line and the previous site stays served; open pages reload when a round
ends.

A step is a function `(LiveBuild) -> None` raising `BriefingError` on failure.
"""
from __future__ import annotations

import logging
import shutil
import signal
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .errors import BriefingError

# Quiet time before a rebuild: longer than the 0.5 s the watcher polls at, so the writes of one
# save (truncate, write, rename) make one rebuild.
DEBOUNCE_SECONDS = 0.75

Step = Callable[["LiveBuild"], None]


@dataclass
class LiveBuild:
    """What the loop builds from and into; `corrections` None means corrections.yaml beside the
    seeds folder, read when it exists (it may appear while the server runs)."""

    seeds: Path
    docs: Path
    config: Path
    cache: Path | None = None
    corrections: Path | None = None
    jobs: int | None = None
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="briefing-live-")))

    @property
    def site(self) -> Path:
        """The folder the server serves."""
        return self.folder / "site"

    def corrections_file(self) -> Path | None:
        from .corrections import corrections_for

        return corrections_for(self.seeds, self.corrections)

    def watched(self) -> list[tuple[Path, bool]]:
        """(path, recursive) to watch: the seeds, the corrections file (or, while it does not
        exist, the folder it would appear in) and the MkDocs configuration."""
        from .corrections import default_path

        corrections = self.corrections or default_path(self.seeds)
        if not corrections.exists():
            corrections = corrections.parent
        return [(self.seeds, False), (corrections, False), (self.config, False)]


def build_briefing(live: LiveBuild) -> None:
    """Seeds (and corrections) -> docs/, printing stale corrections and the summary."""
    from .pipeline import build

    corrections = live.corrections_file()
    result = build(live.seeds, live.docs, jobs=live.jobs, cache_dir=live.cache, corrections=corrections)
    if result.corrections:
        for line in result.corrections.warnings(str(corrections)):
            print(line, file=sys.stderr, flush=True)
    print(result.summary(), flush=True)


def build_site(live: LiveBuild) -> None:
    """docs/ -> the static site and its Pagefind index (not strict: a warning should not stop
    the loop); with a cache, pages whose Markdown did not change are taken from the last round."""
    from .site import mkdocs_build

    cache = live.cache.resolve() if live.cache else None
    mkdocs_build(live.docs.resolve(), live.site, strict=False, config_file=live.config.resolve(), cache_dir=cache)


def steps() -> list[Step]:
    """One rebuild, in order."""
    return [build_briefing, build_site]


def rebuild(live: LiveBuild, run: list[Step]) -> bool:
    """Run the steps; on an error print one line and keep the site served so far (every step
    swaps its output in only when it succeeded)."""
    try:
        for step in run:
            step(live)
    except BriefingError as exc:
        message = "; ".join(line.strip() for line in str(exc).splitlines() if line.strip())
        print(f"briefing: error: {message} (the previous site stays)", file=sys.stderr, flush=True)
        return False
    return True


def serve(live: LiveBuild, host: str, port: int, run: list[Step] | None = None) -> None:
    """Build, then serve on host:port until interrupted, rebuilding on every change."""
    from mkdocs.livereload import LiveReloadServer

    run = steps() if run is None else run
    _show_mkdocs_log()
    try:
        _first_build(live, run)
        server = LiveReloadServer(builder=lambda: rebuild(live, run), host=host, port=port, root=str(live.site))
        server.build_delay = DEBOUNCE_SECONDS
        for path, recursive in live.watched():
            server.watch(str(path), recursive=recursive)
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            server.serve()
        except KeyboardInterrupt:
            pass
        finally:
            server.shutdown()
            signal.signal(signal.SIGTERM, previous)
    except OSError as exc:
        raise BriefingError(f"cannot serve on {host}:{port} ({exc.strerror or exc})") from None
    finally:
        shutil.rmtree(live.folder, ignore_errors=True)


def _first_build(live: LiveBuild, run: list[Step]) -> None:
    """The first round; when the briefing cannot be built but an earlier docs/ exists, serve
    that one (and fix the problem while the server runs)."""
    if rebuild(live, run):
        return
    rest = [step for step in run if step is not build_briefing]
    if not (live.docs / "index.md").is_file() or len(rest) == len(run) or not rebuild(live, rest):
        raise BriefingError("nothing to serve: fix the error above and start again")
    print(f"briefing: serving the previous build of {live.docs}", file=sys.stderr, flush=True)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _show_mkdocs_log() -> None:
    """MkDocs says where it serves and when it rebuilds; show that, once."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_briefing", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler._briefing = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
