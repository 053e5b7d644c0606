"""The extraction cache: keyed by content, robust to damage."""
from __future__ import annotations

import pytest

from briefing import cache as cache_module
from briefing.cache import ExtractionCache, cache_key
from briefing.model import Document, Extraction, Paragraph, Quote


def _document(text="Some text.") -> Document:
    return Document("d", "d.txt", "Title", [Paragraph(1, text)])


def test_a_stored_extraction_comes_back_equal(tmp_path):
    cache = ExtractionCache(tmp_path)
    extraction = Extraction(_document(), quotes=[Quote("q-1", "Hi there", None, "an aide", "d", 1)])
    cache.put(extraction)
    assert cache.get(_document()) == extraction


def test_a_changed_document_misses(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(Extraction(_document()))
    assert cache.get(_document("Other text.")) is None


def test_the_key_depends_on_text_and_header():
    base = _document()
    retitled = _document()
    retitled.title = "Another title"
    assert cache_key(base) == cache_key(_document())
    assert cache_key(base) != cache_key(retitled)


def test_a_corrupt_entry_is_a_miss(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(Extraction(_document()))
    cache.path_for(_document()).write_text("{not json", encoding="utf-8")
    assert cache.get(_document()) is None


@pytest.mark.parametrize("source", ["extract/actors.py", "extract/quotes/speakers.py", "nlp.py", "model.py",
                                    "data/months.txt", "data/countries.tsv"])
def test_the_extractor_version_covers_every_extractor_file(source, tmp_path, monkeypatch):
    """An edit anywhere extraction reads from, subpackages included, invalidates the cache."""
    package = tmp_path / "briefing"
    for path in [source, "extract/other.py", "nlp.py", "model.py", "data/other.txt"]:
        (package / path).parent.mkdir(parents=True, exist_ok=True)
        (package / path).write_text("original", encoding="utf-8")
    monkeypatch.setattr(cache_module, "PACKAGE_DIR", package)
    before = cache_module.extractor_version.__wrapped__()
    (package / source).write_text("edited", encoding="utf-8")
    assert cache_module.extractor_version.__wrapped__() != before
