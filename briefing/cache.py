"""Extraction results cached per document, keyed by content, extractor version and model.

A cached file is the JSON form of one `Extraction`. The key hashes the ingested document
(its text and header), the extractors' code and word lists (`extractor_version()`) and the
spaCy model's name and version, so a changed seed, extractor or model each miss the cache,
and nothing else does.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .model import Document, Extraction
from .nlp import MODEL_PACKAGE, model_version_static

PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the code and word lists that extraction depends on (part of the cache key).

    Any edit to an extractor (`extract/` and its subpackages), to `nlp.py`, to `model.py` or to a
    data file changes it, so a cached extraction can never outlive the code that made it.
    """
    digest = hashlib.sha256()
    extractors = sorted((PACKAGE_DIR / "extract").rglob("*.py"))
    data = sorted(p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file())
    for path in [*extractors, PACKAGE_DIR / "nlp.py", PACKAGE_DIR / "model.py", *data]:
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(document: Document) -> str:
    """Content hash that decides whether a cached extraction is still valid."""
    payload = json.dumps(document.to_dict(), sort_keys=True, ensure_ascii=False)
    material = "\x1f".join([extractor_version(), MODEL_PACKAGE, model_version_static(), payload])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class ExtractionCache:
    """A folder of `<key>.json` files, one per extracted document version."""

    def __init__(self, folder: Path):
        self.folder = Path(folder) / "extract"

    def path_for(self, document: Document) -> Path:
        return self.folder / f"{cache_key(document)}.json"

    def get(self, document: Document) -> Extraction | None:
        """The cached extraction of this exact document, or None (a corrupt entry is a miss)."""
        path = self.path_for(document)
        try:
            return Extraction.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, extraction: Extraction) -> None:
        """Store atomically (write a temp file, then rename)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path_for(extraction.document)
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(extraction.to_dict(), out, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, path)
