"""`briefing live`: build, serve the site with live reload, and rebuild when the sources change.

`mkdocs serve` only watches `docs/` and `mkdocs.yml`. Here MkDocs' own live-reload server
(`mkdocs.livereload.LiveReloadServer`) watches the seeds folder, the corrections file and the
MkDocs configuration, and one rebuild runs the `steps()` in order: the briefing build into
`docs/` (the extraction cache and page reuse make it seconds), then the static site. Each round
builds the site into a fresh folder and swaps it in only when every step succeeded, so a bad
seed or a malformed corrections file prints one error line and the previous site stays served;
open pages reload when a round ends.

A step is a function `(LiveBuild, site folder being built) -> None` raising `BriefingError` on
failure; a later step (a search index over the built site) is appended to `steps()`.
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

Step = Callable[["LiveBuild", Path], None]


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


def build_briefing(live: LiveBuild, site: Path) -> None:
    """Seeds (and corrections) -> docs/, printing stale corrections and the summary."""
    from .pipeline import build

    corrections = live.corrections_file()
    result = build(live.seeds, live.docs, jobs=live.jobs, cache_dir=live.cache, corrections=corrections)
    if result.corrections:
        for line in result.corrections.warnings(str(corrections)):
            print(line, file=sys.stderr, flush=True)
    print(result.summary(), flush=True)


def build_site(live: LiveBuild, site: Path) -> None:
    """docs/ -> the static site (MkDocs, not strict: a warning should not stop the loop)."""
    from .site import mkdocs_build

    mkdocs_build(live.docs.resolve(), site, strict=False, config_file=live.config.resolve())


def steps() -> list[Step]:
    """One rebuild, in order. A step over the built site (a search index) goes at the end."""
    return [build_briefing, build_site]


def rebuild(live: LiveBuild, run: list[Step]) -> bool:
    """Run the steps into a new site folder and swap it in; on an error print one line and keep
    the site served so far."""
    stage = Path(tempfile.mkdtemp(prefix="stage-", dir=live.folder))
    try:
        for step in run:
            step(live, stage)
    except BriefingError as exc:
        shutil.rmtree(stage, ignore_errors=True)
        message = "; ".join(line.strip() for line in str(exc).splitlines() if line.strip())
        print(f"briefing: error: {message} (the previous site stays)", file=sys.stderr, flush=True)
        return False
    _swap(stage, live.site)
    return True


def _swap(new: Path, target: Path) -> None:
    """Put `new` where `target` is with two renames."""
    if target.exists():
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
        new.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        new.rename(target)


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
