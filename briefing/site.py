"""Build the static site from the docs folder with MkDocs (the library, not a subprocess)."""
from __future__ import annotations

import logging
from pathlib import Path

from .errors import BriefingError

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
) -> None:
    """Render `docs_dir` into `site_dir`; `offline=True` makes a copy that works from file://.

    Raises `BriefingError` naming the first problems (broken links, missing pages...).
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    if not Path(docs_dir).is_dir():
        raise BriefingError(f"{docs_dir}: no such folder (run `briefing build` first)")
    if not Path(config_file).is_file():
        raise BriefingError(f"{config_file}: MkDocs configuration not found")
    collect = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collect)
    try:
        overrides = {"use_directory_urls": False} if offline else {}
        cfg = load_config(
            config_file=str(config_file),
            docs_dir=str(docs_dir),
            site_dir=str(site_dir),
            strict=strict,
            **overrides,
        )
        if offline:
            _enable_offline(cfg, config_file)
        build(cfg)
    except (MkDocsException, OSError) as exc:
        raise BriefingError(_failure(exc, collect.messages, docs_dir)) from None
    finally:
        logger.removeHandler(collect)


def _enable_offline(cfg, config_file: Path) -> None:
    """Switch on Material's `offline` plugin (listed, disabled, in mkdocs.yml)."""
    plugin = cfg.plugins.get("material/offline") or cfg.plugins.get("offline")
    if plugin is None:
        raise BriefingError(f"{config_file}: the `offline` plugin must be listed under plugins")
    plugin.config.enabled = True


def _failure(exc: Exception, warnings: list[str], docs_dir: Path) -> str:
    lines = [f"site build from {docs_dir} failed: {exc}"]
    lines += [f"  {w}" for w in warnings[:10]]
    if len(warnings) > 10:
        lines.append(f"  ... and {len(warnings) - 10} more warnings")
    return "\n".join(lines)
