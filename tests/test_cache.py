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


@pytest.mark.parametrize("source", ["ingest.py", "extract/actors/people.py", "extract/quotes/speakers.py", "nlp.py", "model.py",
                                    "data/months.txt", "data/countries.tsv"])
def test_the_extractor_version_covers_every_extractor_file(source, tmp_path, monkeypatch):
    """An edit anywhere extraction reads from, subpackages included, invalidates the cache."""
    package = tmp_path / "briefing"
    for path in [source, "extract/other.py", "ingest.py", "nlp.py", "model.py", "data/other.txt"]:
        (package / path).parent.mkdir(parents=True, exist_ok=True)
        (package / path).write_text("original", encoding="utf-8")
    monkeypatch.setattr(cache_module, "PACKAGE_DIR", package)
    before = cache_module.extractor_version.__wrapped__()
    (package / source).write_text("edited", encoding="utf-8")
    assert cache_module.extractor_version.__wrapped__() != before
