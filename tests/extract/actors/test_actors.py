"""The stage chain: a text in another language and a block of figures give no actors."""
from __future__ import annotations

import pytest


def test_text_in_another_language_gives_no_actors(parse_with_actors):
    _, table = parse_with_actors(
        [
            "Nabi Muhammad SAW dan Khalifah Ali bin Abi Thalib sering dibicarakan oleh para ulama di Indonesia.",
            "Kaum Syiah menghina para sahabat, kata Imam Malik dan Imam Abu Hanifah dalam kitab mereka.",
            "Sebaliknya Yasir Habib yang sekarang diundang ke London dan diberi dana oleh pendukungnya.",
            "Bahkan Jokowi melawan Prabowo di mana Pilpres 2014 menjadi ajang perdebatan yang panjang.",
        ]
    )
    assert table.actors == []


def names(table):
    return {a.name for a in table.actors}


def test_a_block_of_figures_gives_no_actors(parse_with_actors):
    _, table = parse_with_actors(
        [
            "Shares of Brightwater Tools fell on Tuesday after the report.",
            "Symbol Name Price Change Change %\nBWT BRIGHTWATER TOOLS INC. 41.20 -2.10 -4.85%",
        ]
    )
    assert "Brightwater Tools" in names(table)
    assert not {n for n in names(table) if n.isupper() or "Change" in n or "BRIGHTWATER" in n}


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater Tools cut 3.5 percent of its 41.2 thousand jobs.",  # prose: lower-case words
        "Education: Brightwater Tools Academy, B.A., 2009",  # capitals only, but no two decimals
    ],
)
def test_a_paragraph_of_prose_or_a_capitalized_line_is_read(parse_with_actors, text):
    _, table = parse_with_actors([text])
    assert any(n.startswith("Brightwater Tools") for n in names(table))
