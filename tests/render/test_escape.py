"""Escaping: `md_text` shows any seed text literally; the Jinja environment escapes every value."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from briefing.errors import BriefingError
from briefing.render.environment import make_environment
from briefing.render.escape import md_text, normalize_text, web_url

from .helpers import HOSTILE, Tree, to_html, visible


# --- md_text: nothing from a seed comes alive -------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_paragraph_renders_literally(hostile):
    tree = Tree(to_html(md_text(hostile)))
    assert tree.names() == ["p"]
    assert tree.tags[0][1] == {}
    assert tree.text == visible(hostile)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_in_heading_keeps_only_our_id(hostile):
    tree = Tree(to_html(f"## {md_text(hostile)} {{: #safe-id }}"))
    assert tree.names() == ["h2", "a"]  # the heading and its permalink
    assert tree.tags[0][1] == {"id": "safe-id"}
    assert tree.text == (visible(hostile) + "¶").strip()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_in_list_item_and_link_text(hostile):
    tree = Tree(to_html(f"- [{md_text(hostile)}](page.md) {md_text(hostile)}"))
    assert tree.names() == ["ul", "li", "a"]
    assert tree.tags[2][1] == {"href": "page.md"}
    assert tree.text == f"{visible(hostile)} {visible(hostile)}".strip()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_in_table_cell(hostile):
    tree = Tree(to_html(f"| A | B |\n| --- | --- |\n| {md_text(hostile)} | x |"))
    assert sorted(set(tree.names())) == ["table", "tbody", "td", "th", "thead", "tr"]
    assert visible(hostile) in tree.text


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_in_html_attribute(hostile):
    tree = Tree(to_html(f'Text <mark class="quote" title="{md_text(hostile)}">x</mark> end'))
    assert tree.names() == ["p", "mark"]
    assert tree.tags[1][1] == {"class": "quote", "title": visible(hostile)}


@pytest.mark.parametrize("hostile", HOSTILE)
def test_md_text_output_uses_only_safe_characters(hostile):
    assert re.fullmatch(r"(?:[A-Za-z0-9 ,]|&#\d+;|[^\x00-\x7f])*", md_text(hostile))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_md_text_any_text_renders_literally(text):
    tree = Tree(to_html("x " + md_text(text)))
    assert tree.names() == ["p"]
    assert tree.text == visible("x " + normalize_text(text))


def test_md_text_collapses_whitespace_and_drops_controls():
    assert md_text("  a\n\n b\t\x00c\x85 ") == "a b c"


def test_md_text_of_none_is_empty():
    assert md_text(None) == ""


# --- the Jinja environment escapes every value ---------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_template_values_are_escaped_by_finalize(hostile):
    env = make_environment()
    assert env.from_string("{{ value }}").render(value=hostile) == md_text(hostile)


def test_template_markup_passes_unescaped():
    env = make_environment()
    assert env.from_string("{{ value }}").render(value=Markup("[x](a.md)")) == "[x](a.md)"


def test_template_link_escapes_text_and_prefixes_base():
    env = make_environment()
    out = env.from_string('{{ link(name, "actors/x.md") }}').render(name="<b>[x]</b>", base="../")
    assert out == f"[{md_text('<b>[x]</b>')}](../actors/x.md)"


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "http://evil.example/", "a b.md", "x.md)", "x.md#a b", "x.md#<b>"]
)
def test_template_link_refuses_unsafe_targets(url):
    env = make_environment()
    with pytest.raises(BriefingError, match="unsafe link"):
        env.from_string("{{ link('x', url) }}").render(url=url)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://www.example.com/a?b=1&c=2", "https://www.example.com/a?b=1&c=2"),
        ("http://example.com", "http://example.com"),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("//evil.example/x", None),
        ('https://example.com/"onmouseover="x', None),
        ("ftp://example.com/x", None),
        (None, None),
    ],
)
def test_web_url_accepts_only_plain_http_addresses(url, expected):
    assert web_url(url) == expected
