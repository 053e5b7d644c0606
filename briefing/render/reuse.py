"""Incremental rendering: pages that would come out the same are taken from the previous build.

A manifest, kept in the cache folder, records for every page written the hash of everything
that made it (`page_key`: the rendering code and templates, the template, title, page data and
site-wide abbreviations) and the identity of the file written (inode, size, modification time).
On the next build a page with the same hash whose file in the previous docs folder is still
that very file is hard-linked into the new folder instead of being rendered and written again.
Anything else (a new or changed page, a file edited by hand, a damaged manifest, a file system
without hard links) is rendered as usual, so the output is always what a cold build writes.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .environment import TEMPLATES_DIR

RENDER_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def render_version() -> str:
    """Hash of the templates and of this package's code: a change to either renders every page."""
    digest = hashlib.sha256()
    for folder in (TEMPLATES_DIR, RENDER_DIR):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def site_key(abbreviations: str) -> str:
    """What a page depends on besides its data: the rendering code and its abbreviation definitions."""
    return hashlib.sha256(f"{render_version()}\x1f{abbreviations}".encode()).hexdigest()


def page_key(site: str, template: str, title: str, base: str, shown: str) -> str:
    """Hash of one page's inputs; `shown` is the `repr` of its data. The data is plain (dicts,
    lists, strings, numbers), so its `repr` is deterministic and complete (and the render
    already made it, to find the page's abbreviations)."""
    material = "\x1f".join([site, template, title, base, shown])
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


def _identity(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_ino, info.st_size, info.st_mtime_ns]


class PageReuse:
    """The previous build's pages, and the record of this build's pages for the next one."""

    def __init__(self, manifest: Path, previous_docs: Path) -> None:
        self.manifest = manifest
        self.previous_docs = previous_docs
        self.old = self._load()
        self.new: dict[str, list] = {}
        self.reused = 0

    def _load(self) -> dict[str, list]:
        try:
            data = json.loads(self.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("docs") != str(self.previous_docs):
            return {}
        pages = data.get("pages")
        return pages if isinstance(pages, dict) else {}

    def take(self, page: str, key: str, target: Path) -> bool:
        """Hard-link the previous build's `page` to `target` if it has this key and is untouched."""
        entry = self.old.get(page)
        if not (isinstance(entry, list) and len(entry) == 4 and entry[0] == key):
            return False
        previous = self.previous_docs / page
        try:
            if _identity(previous) != entry[1:]:
                return False
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(previous, target)
        except OSError:
            return False
        self.reused += 1
        self.record(page, key, target)
        return True

    def record(self, page: str, key: str, written: Path) -> None:
        """Remember the page just written (or linked) under its key."""
        self.new[page] = [key, *_identity(written)]

    def save(self) -> None:
        """Store the manifest atomically; a cache that cannot be written is only a slower next build."""
        try:
            self.manifest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.manifest.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"docs": str(self.previous_docs), "pages": self.new}, out, sort_keys=True)
            os.replace(tmp, self.manifest)
        except OSError:
            Path(tmp).unlink(missing_ok=True)


def manifest_path(cache_dir: Path, docs_dir: Path) -> Path:
    """The manifest of one docs folder inside the cache folder."""
    name = hashlib.sha256(str(docs_dir.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Path(cache_dir) / "render" / f"{name}.json"
