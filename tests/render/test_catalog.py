"""The catalog: file-safe page names, excerpts around names, references that must exist."""
from __future__ import annotations

import json

import pytest

from briefing.errors import BriefingError
from briefing.model import Briefing
from briefing.render import render_site
from briefing.render.catalog import excerpt, unique_names

from .helpers import FIXTURE


def test_excerpt_centres_on_the_name():
    parts = excerpt("word " * 40 + "Fumio Kishida spoke. " + "more " * 40, ["Kishida", "Fumio Kishida"])
    assert parts["match"] == "Fumio Kishida"
    assert parts["before"].startswith("… ") and parts["after"].endswith(" …")


def test_excerpt_without_match_is_the_paragraph_start():
    assert excerpt("Nothing here.", ["Kishida"]) == {"before": "Nothing here.", "match": "", "after": ""}


@pytest.mark.parametrize(
    "ids, expected",
    [
        (["japan", "nato"], {"japan": "japan", "nato": "nato"}),
        (["index"], {"index": "index-2"}),
        (["../evil"], {"../evil": "evil"}),
        (["NATO", "nato"], {"NATO": "NATO", "nato": "nato-2"}),
        (["a/b", "a-b"], {"a-b": "a-b", "a/b": "a-b-2"}),
    ],
)
def test_unique_names_are_file_safe_and_distinct(ids, expected):
    assert unique_names(ids, reserved=["index"]) == expected


def test_dangling_reference_is_a_clear_error(tmp_path):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["quotes"][0]["paragraph"] = 99
    with pytest.raises(BriefingError, match=r"quote 'q-destabilizing' points to paragraph 99 of document 'japan-nato'"):
        render_site(Briefing.from_dict(data), tmp_path)


def test_unsafe_ids_stay_inside_their_folder(tmp_path):
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["actors"][0]["id"] = "../../escape"
    data["programs"][0]["id"] = "index"
    render_site(Briefing.from_dict(data), tmp_path / "docs")
    assert not (tmp_path / "escape.md").exists()
    assert (tmp_path / "docs" / "actors" / "escape.md").is_file()
    assert "# Programs" in (tmp_path / "docs" / "programs" / "index.md").read_text(encoding="utf-8")
