"""Extraction results cached per seed file, keyed by its bytes, its name and id, and the code.

A cached file is the JSON form of one `Extraction` (its `Document` included). The key hashes
the seed's bytes (`Document.sha256`), its file name and document id, the code, word lists and
libraries that turn a file into an extraction (`extractor_version()`: every module extraction
imports) and the spaCy model's name and version. So a changed seed, extractor or model each miss the cache, and
nothing else does; and a hit needs no ingest at all, only the file's bytes.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .model import Extraction
from .nlp import MODEL_PACKAGE, model_version_static

PACKAGE_DIR = Path(__file__).resolve().parent


# Where extraction starts: reading seeds, parsing, extracting (in this process or in workers).
EXTRACTION_ENTRIES = ("briefing.ingest", "briefing.nlp", "briefing.extract.document", "briefing.parallel")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the code, word lists and libraries that extraction depends on (part of the cache key).

    The code is every module of the package that extraction imports, followed through the import
    graph from `EXTRACTION_ENTRIES` (`extraction_modules`), so an edit to any of them (an
    extractor, `ingest.py`, `slugs.py`...) or to a data file changes the key, and a cached
    extraction never outlives its code; so does a new version of a library those modules import.
    """
    digest = hashlib.sha256()
    modules, outside = _import_graph(EXTRACTION_ENTRIES)
    data = sorted(p for p in (PACKAGE_DIR / "data").rglob("*") if p.is_file())
    for path in [*sorted(modules), *data]:
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    for library in _libraries(outside):
        digest.update(library.encode("utf-8") + b"\0")
    return digest.hexdigest()[:16]


def extraction_modules(entries: tuple[str, ...] = EXTRACTION_ENTRIES) -> list[Path]:
    """The source files of every package module that `entries` import, directly or not (imports
    inside functions included), with the `__init__.py` of each package on the way, sorted."""
    return sorted(_import_graph(entries)[0])


def _import_graph(entries: tuple[str, ...]) -> tuple[frozenset[Path], frozenset[str]]:
    """(package files reached from `entries`, top-level names of the other modules they import)."""
    package = PACKAGE_DIR.name
    seen: set[Path] = set()
    outside: set[str] = set()
    todo = [name for entry in entries for name in _with_parents(entry)]
    while todo:
        name = todo.pop()
        if name.split(".")[0] != package:
            outside.add(name.split(".")[0])
            continue
        path = _module_file(name)
        if path is None or path in seen:
            continue
        seen.add(path)
        todo.extend(parent for imported in _imports(path) for parent in _with_parents(imported))
    return frozenset(seen), frozenset(outside - set(sys.stdlib_module_names))


def _with_parents(module: str) -> list[str]:
    """'a.b.c' -> ['a', 'a.b', 'a.b.c']: importing a module runs its packages' `__init__` first."""
    parts = module.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def _module_file(module: str) -> Path | None:
    """The file of a module of the package (`briefing.x.y` -> x/y.py or x/y/__init__.py), if any."""
    base = PACKAGE_DIR.joinpath(*module.split(".")[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE)
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)", re.MULTILINE)


def _imports(path: Path) -> list[str]:
    """The absolute names of the modules a source file imports; `from . import x` gives both the
    package and `package.x` (x may be a module). A line in a docstring that reads like an import
    only adds a file to hash, never leaves one out."""
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    here = parts[:-1]  # the package a relative import starts from (an __init__'s own package)
    text = path.read_text(encoding="utf-8")
    out = [name.split(" as ")[0].strip() for m in _IMPORT.finditer(text) for name in m.group(1).split(",")]
    for m in _FROM_IMPORT.finditer(text):
        dots, module, names = len(m.group(1)), m.group(2), m.group(3).split("#")[0].strip("() \n")
        base = here[: len(here) - dots + 1] if dots else []
        absolute = ".".join([*base, *([module] if module else [])])
        out.append(absolute)
        out.extend(f"{absolute}.{n.split(' as ')[0].strip()}" for n in names.split(",") if n.strip())
    return out


def _libraries(tops: frozenset[str]) -> list[str]:
    """'name==version' of the installed distributions that provide the top-level modules `tops`."""
    found = set()
    for top in tops:
        for dist in _distributions(top):
            found.add(f"{dist}=={metadata.version(dist)}")
    return sorted(found)


def _distributions(top: str) -> list[str]:
    """The distributions that provide a top-level module (mostly one of the same name)."""
    try:
        metadata.version(top)
        return [top]
    except metadata.PackageNotFoundError:
        return _all_distributions().get(top, [])


@lru_cache(maxsize=1)
def _all_distributions() -> dict[str, list[str]]:
    """Top-level module -> distributions, for the few whose names differ ('yaml' -> 'PyYAML')."""
    return metadata.packages_distributions()


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
