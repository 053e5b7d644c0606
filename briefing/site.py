"""Build the static site from the docs folder with MkDocs (the library, not a subprocess).

The site is written into a fresh folder beside `site_dir` and swapped in when the build
succeeded. With a cache folder, the `briefing` plugin takes the pages that did not change from
the previous site (see `briefing.mkdocs_plugin`); the hosted site is indexed with Pagefind.
"""
from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path

from .errors import BriefingError
from .folders import fresh_beside, swap

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO_ROOT / "mkdocs.yml"


class _Collect(logging.Handler):
    """Keeps the warnings MkDocs logs during a build, to quote them in the error."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def mkdocs_build(
    docs_dir: Path,
    site_dir: Path,
    *,
    strict: bool = True,
    offline: bool = False,
    config_file: Path = DEFAULT_CONFIG,
    cache_dir: Path | None = None,
) -> None:
    """Render `docs_dir` into `site_dir`; `offline=True` makes a copy that works from file://.

    With `cache_dir`, pages that did not change since the last build into `site_dir` are taken
    from it (not for the offline copy, whose search index needs every page).
    Raises `BriefingError` naming the first problems (broken links, missing pages...).
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    if not Path(docs_dir).is_dir():
        raise BriefingError(f"{docs_dir}: no such folder (run `briefing build` first)")
    if not Path(config_file).is_file():
        raise BriefingError(f"{config_file}: MkDocs configuration not found")
    site_dir = Path(site_dir).resolve()
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    tmp = fresh_beside(site_dir)
    try:
        overrides = {"use_directory_urls": False} if offline else {}
        cfg = load_config(
            config_file=str(config_file),
            docs_dir=str(docs_dir),
            site_dir=str(tmp),
            strict=strict,
            **overrides,
        )
        briefing = _plugin(cfg, config_file, "briefing")
        if offline:
            _enable_offline(cfg, config_file, briefing)
        elif cache_dir:
            briefing.manifest = manifest_path(cache_dir, site_dir)
            briefing.previous_site = site_dir
        build(cfg)
        swap(tmp, site_dir)
    except (MkDocsException, OSError) as exc:
        raise BriefingError(_failure(exc, collect.messages, docs_dir)) from None
    finally:
        logger.removeHandler(collect)
        shutil.rmtree(tmp, ignore_errors=True)


def manifest_path(cache_dir: Path, site_dir: Path) -> Path:
    """The page manifest of one site folder inside the cache folder."""
    name = hashlib.sha256(str(Path(site_dir).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Path(cache_dir) / "site" / f"{name}.json"


def _plugin(cfg, config_file: Path, name: str):
    plugin = cfg.plugins.get(f"material/{name}") or cfg.plugins.get(name)
    if plugin is None:
        raise BriefingError(f"{config_file}: the `{name}` plugin must be listed under plugins")
    return plugin


def _enable_offline(cfg, config_file: Path, briefing) -> None:
    """Material's search and `offline` plugins on (listed, disabled, in mkdocs.yml), Pagefind off,
    and the local worker shim that Material's search needs on file:// pages."""
    _plugin(cfg, config_file, "offline").config.enabled = True
    _plugin(cfg, config_file, "search").config.enabled = True
    briefing.config.search = "lunr"
    cfg.extra["polyfills"] = ["assets/javascripts/offline/iframe-worker.js"]


def _failure(exc: Exception, warnings: list[str], docs_dir: Path) -> str:
    lines = [f"site build from {docs_dir} failed: {exc}"]
    lines += [f"  {w}" for w in warnings[:10]]
    if len(warnings) > 10:
        lines.append(f"  ... and {len(warnings) - 10} more warnings")
    return "\n".join(lines)
