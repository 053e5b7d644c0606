"""The stage chain: a text in another language gives no actors."""
from __future__ import annotations


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
