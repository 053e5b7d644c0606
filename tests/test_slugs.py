"""Slugs and content ids: the stable parts of every deep link."""
from __future__ import annotations

import pytest

from briefing.slugs import content_id, slugify


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Fumio Kishida", "fumio-kishida"),
        ("SM-3 Block IIA", "sm-3-block-iia"),
        ("Société Générale (SG)", "societe-generale-sg"),
        ("  --The  U.S.--  ", "the-u-s"),
    ],
)
def test_slugify_makes_readable_ascii_slugs(text, slug):
    assert slugify(text) == slug


def test_a_name_without_latin_letters_gets_a_stable_hashed_slug():
    assert slugify("岸田文雄") == slugify("岸田文雄")
    assert slugify("岸田文雄").startswith("x-")
    assert slugify("岸田文雄") != slugify("習近平")


def test_long_names_are_cut_at_a_word_boundary():
    slug = slugify("word " * 40, max_length=30)
    assert len(slug) <= 30 and not slug.endswith("-")


def test_content_ids_depend_on_content_only():
    assert content_id("q", "doc", 4, "We agree.") == content_id("q", "doc", 4, "We agree.")
    assert content_id("q", "doc", 4, "We agree.") != content_id("q", "doc", 5, "We agree.")
