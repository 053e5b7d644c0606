"""The extraction cache: keyed by the seed's bytes, name, id and the code; robust to damage."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from briefing import cache as cache_module
from briefing.cache import ExtractionCache, seed_key
from briefing.ingest import read_seed
from briefing.model import Extraction, Quote

TEXT = "A Title\n\nSome text of the body.\n"


def _seed(folder: Path, text: str = TEXT, name: str = "d.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _stored(cache: ExtractionCache, seed: Path, doc_id: str = "d") -> Extraction:
    extraction = Extraction(read_seed(seed, doc_id), quotes=[Quote("q-1", "Hi there", None, "an aide", doc_id, 1)])
    cache.put(extraction)
    return extraction


def test_a_stored_extraction_comes_back_equal(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    extraction = _stored(cache, _seed(tmp_path))
    assert cache.lookup(tmp_path / "d.txt", "d") == extraction


def test_a_changed_seed_misses(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    _stored(cache, _seed(tmp_path))
    _seed(tmp_path, TEXT + "\nOne more paragraph.\n")
    assert cache.lookup(tmp_path / "d.txt", "d") is None


def test_a_renamed_seed_or_another_id_misses(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    _stored(cache, _seed(tmp_path))
    assert cache.lookup(_seed(tmp_path, name="e.txt"), "d") is None
    assert cache.lookup(tmp_path / "d.txt", "d-2") is None


def test_the_key_depends_on_bytes_name_and_id():
    digest = hashlib.sha256(b"x").hexdigest()
    base = seed_key("d.txt", "d", digest)
    assert base == seed_key("d.txt", "d", digest)
    others = {seed_key("e.txt", "d", digest), seed_key("d.txt", "e", digest), seed_key("d.txt", "d", "0" * 64)}
    assert base not in others and len(others) == 3


def test_a_corrupt_entry_is_a_miss(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    seed = _seed(tmp_path)
    _stored(cache, seed)
    digest = hashlib.sha256(seed.read_bytes()).hexdigest()
    cache.path_for("d.txt", "d", digest).write_text("{not json", encoding="utf-8")
    assert cache.lookup(seed, "d") is None


def test_an_unreadable_or_missing_seed_is_a_miss(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    _stored(cache, _seed(tmp_path))
    assert cache.lookup(tmp_path / "missing.txt", "d") is None
    assert cache.lookup(tmp_path, "d") is None  # a folder


# A small package laid out like the real one: what extraction imports, and what it does not.
FAKE_PACKAGE = {
    "__init__.py": "",
    "ingest.py": "from .slugs import slugify\nfrom . import model\n",
    "slugs.py": "import re\n",
    "model.py": "",
    "nlp.py": "def load():\n    import spacy\n",
    "parallel.py": "def work():\n    from .extract.document import run\n",
    "extract/__init__.py": "",
    "extract/document.py": "from .actors import extract\nfrom ..slugs import slugify\n",
    "extract/actors/__init__.py": "from .people import (\n    resolve,\n    join,\n)\n",
    "extract/actors/people.py": "from ..lexicon import words as w\n",
    "extract/lexicon.py": "",
    "render.py": "from .model import Briefing\n",
    "merge.py": "from .extract.lexicon import words\n",
    "data/months.txt": "January\n",
}


@pytest.fixture
def fake_package(tmp_path, monkeypatch) -> Path:
    package = tmp_path / "briefing"
    for name, text in FAKE_PACKAGE.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(cache_module, "PACKAGE_DIR", package)
    return package


def test_the_modules_extraction_imports_come_from_the_import_graph(fake_package):
    found = {p.relative_to(fake_package).as_posix() for p in cache_module.extraction_modules()}
    assert found == set(FAKE_PACKAGE) - {"render.py", "merge.py", "data/months.txt"}


@pytest.mark.parametrize("source", ["ingest.py", "slugs.py", "extract/actors/people.py", "extract/lexicon.py",
                                    "extract/__init__.py", "nlp.py", "model.py", "data/months.txt"])
def test_an_edit_to_what_extraction_imports_changes_the_key(fake_package, source):
    """An edit anywhere extraction reads from, subpackages, relative and nested imports included,
    invalidates the cache."""
    before = cache_module.extractor_version.__wrapped__()
    (fake_package / source).write_text(FAKE_PACKAGE[source] + "# edited\n", encoding="utf-8")
    assert cache_module.extractor_version.__wrapped__() != before


@pytest.mark.parametrize("source", ["render.py", "merge.py"])
def test_an_edit_elsewhere_keeps_the_key(fake_package, source):
    before = cache_module.extractor_version.__wrapped__()
    (fake_package / source).write_text("# edited\n", encoding="utf-8")
    assert cache_module.extractor_version.__wrapped__() == before


def test_the_real_extraction_modules_include_slugs_and_leave_rendering_out():
    found = {p.relative_to(cache_module.PACKAGE_DIR).as_posix() for p in cache_module.extraction_modules()}
    assert {"slugs.py", "ingest.py", "extract/actors/people.py", "extract/quotes/speakers.py", "model.py"} <= found
    assert not {"merge.py", "cli.py", "render/__init__.py"} & found


def test_the_key_names_the_libraries_extraction_imports():
    assert any(lib.startswith("spacy==") for lib in cache_module._libraries(frozenset({"spacy"})))
