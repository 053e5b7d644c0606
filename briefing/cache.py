"""Extraction results cached per seed file, keyed by its bytes, its name and id, and the code.

A cached file is the JSON form of one `Extraction` (its `Document` included). The key hashes
the seed's bytes (`Document.sha256`), its file name and document id, the code and word lists
that turn a file into an extraction (`extractor_version()`: ingest, extractors, model) and the
spaCy model's name and version. So a changed seed, extractor or model each miss the cache, and
nothing else does; and a hit needs no ingest at all, only the file's bytes.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .model import Extraction
from .nlp import MODEL_PACKAGE, model_version_static

PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the code and word lists that extraction depends on (part of the cache key).

    Any edit to `ingest.py`, to an extractor (`extract/` and its subpackages), to `nlp.py`, to
    `model.py` or to a data file changes it, so a cached extraction never outlives its code.
    """
    digest = hashlib.sha256()
    extractors = sorted((PACKAGE_DIR / "extract").rglob("*.py"))
    data = sorted(p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file())
    code = [PACKAGE_DIR / "ingest.py", PACKAGE_DIR / "nlp.py", PACKAGE_DIR / "model.py"]
    for path in [*extractors, *code, *data]:
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def seed_key(source: str, doc_id: str, sha256: str) -> str:
    """The key of one seed version: file name, document id, SHA-256 of its bytes, and the code."""
    material = "\x1f".join([extractor_version(), MODEL_PACKAGE, model_version_static(), source, doc_id, sha256])
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


class ExtractionCache:
    """A folder of `<key>.json` files, one per extracted seed version."""

    def __init__(self, folder: Path):
        self.folder = Path(folder) / "extract"

    def path_for(self, source: str, doc_id: str, sha256: str) -> Path:
        return self.folder / f"{seed_key(source, doc_id, sha256)}.json"

    def lookup(self, seed: Path, doc_id: str) -> Extraction | None:
        """The cached extraction of the seed file as it is now, or None.

        A file that cannot be read, a missing entry or a corrupt one are all misses (ingest then
        reports what is wrong with the file, if anything).
        """
        try:
            digest = hashlib.sha256(seed.read_bytes()).hexdigest()
            path = self.path_for(seed.name, doc_id, digest)
            return Extraction.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, extraction: Extraction) -> None:
        """Store atomically (write a temp file, then rename), under the bytes ingest read."""
        document = extraction.document
        if not document.sha256:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.path_for(document.source, document.id, document.sha256)
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(extraction.to_dict(), out, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, path)
