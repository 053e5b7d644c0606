""""Correct this" blocks: on every actor, program and quote, the exact lines (escaped, never
markup), out of the search index; the editor's mark on corrected items only."""
from __future__ import annotations

import html
import re
from briefing.corrections import apply_corrections, load_corrections
from briefing.corrections.snippets import actor_snippet, program_snippet, quote_snippet

from .helpers import Tree, load_fixture, render_to, to_html

_CODE = re.compile(r'<details class="bf-correct"[^>]*>.*?<pre><code>(.*?)</code></pre>', re.S)


def blocks(page_html: str) -> list[str]:
    """The text of every "Correct this" code block, as the browser shows (and copies) it."""
    return [html.unescape(code) for code in _CODE.findall(page_html)]


def test_every_actor_program_and_quote_offers_its_lines(tmp_path):
    b = load_fixture()
    pages = render_to(tmp_path, b)
    for actor in b.actors:
        shown = blocks(to_html(pages[f"actors/{actor.id}.md"]))
        assert shown[0] == actor_snippet(actor)
        speaker_quotes = [q for q in b.quotes if q.speaker == actor.id]
        assert len(shown) == 1 + len(speaker_quotes)
    for program in b.programs:
        assert blocks(to_html(pages[f"programs/{program.id}.md"])) == [program_snippet(program)]
    names = {a.id: a.name for a in b.actors}
    shown = [block for path, page in pages.items() if path.startswith("quotes/") for block in blocks(to_html(page))]
    assert sorted(shown) == sorted(quote_snippet(q, names.get(q.speaker or "", q.speaker_name)) for q in b.quotes)


def test_the_block_is_collapsed_and_its_button_labelled_and_hidden_until_the_script_runs(tmp_path):
    page = to_html(render_to(tmp_path)["programs/project-onclick-x.md"])
    tags = Tree(page).tags
    details = next(attrs for tag, attrs in tags if tag == "details")
    assert "open" not in details and "data-search-exclude" in details and "data-pagefind-ignore" in details
    button = next(attrs for tag, attrs in tags if tag == "button")
    assert button["type"] == "button" and "hidden" in button
    assert button["aria-label"] == "Copy the corrections.yaml lines for Project {: onclick=x }"


def test_seed_text_in_the_block_stays_text(tmp_path):
    pages = render_to(tmp_path)
    quote_pages = [path for path in pages if path.startswith("quotes/")]
    for page in ("programs/project-onclick-x.md", "actors/institut-sao-paulo.md", *quote_pages):
        tree = Tree(to_html(pages[page]))
        assert "script" not in tree.names() and all("onclick" not in attrs for _, attrs in tree.tags)
    assert 'alias: --8<-- "/etc/passwd"' in blocks(to_html(pages["actors/institut-sao-paulo.md"]))[0]


def test_only_corrected_items_carry_the_editors_mark(tmp_path):
    path = tmp_path / "corrections.yaml"
    path.write_text("- rename: {actor: japan}\n  to: Nippon\n- reattribute: {quote: q-hostile}\n  to: Kishida\n")
    b, _ = apply_corrections(load_fixture(), load_corrections(path), "corrections.yaml")
    pages = render_to(tmp_path / "docs", b)
    mark = '<p class="bf-corrected"><span aria-hidden="true">✎ </span>Corrected by the editor'
    assert Tree(to_html(pages["actors/japan.md"])).text.count("Corrected by the editor (corrections.yaml: rename, line 1)") == 1
    assert mark in to_html(pages["actors/japan.md"])
    assert "Corrected by the editor (corrections.yaml: reattribute, line 3)" in Tree(to_html(pages["actors/fumio-kishida.md"])).text
    assert sum(mark in text for text in pages.values()) == 3  # japan, the quote on Kishida's page and on his quotes page
    assert not any(mark in text for name, text in pages.items() if name.startswith("programs/"))


def test_a_page_without_corrections_renders_as_before(tmp_path):
    """The mark is the only difference a correction makes to a page it does not change."""
    first = render_to(tmp_path / "a")
    path = tmp_path / "corrections.yaml"
    path.write_text("- drop: {term: nothing-like-this}\n")
    b, _ = apply_corrections(load_fixture(), load_corrections(path), "corrections.yaml")
    assert render_to(tmp_path / "b", b) == first
