"""The extraction cache: keyed by content, robust to damage."""
from __future__ import annotations

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
