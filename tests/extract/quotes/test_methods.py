"""How each speaker was found (`attribution`): named, pronoun, description, previous, unnamed."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


@pytest.fixture(scope="module")
def methods_of(parse_with_actors):
    """`methods_of(paragraphs)` -> [(text, speaker name, attribution)] of quotes, then statements."""

    def _methods(paragraphs: list[str]):
        quotes, statements = extract_quotes(*parse_with_actors(paragraphs))
        return [(i.text, i.speaker_name, i.attribution) for i in [*quotes, *statements]]

    return _methods


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([INTRO, "“We will not wait for others to act,” Doe said."],
         [("We will not wait for others to act", "Jane Doe", "named")]),
        ([INTRO, "“We will not wait for others to act,” she said."],
         [("We will not wait for others to act", "Jane Doe", "pronoun")]),
        ([INTRO, "“We will not wait for others to act,” the minister said."],
         [("We will not wait for others to act", "Jane Doe", "description")]),
        ([INTRO, "“We will not wait for others to act,” she said. “The time for talks is over.”"],
         [("We will not wait for others to act", "Jane Doe", "pronoun"),
          ("The time for talks is over.", "Jane Doe", "previous")]),
        (["“We will not wait for others to act,” a senior diplomat said."],
         [("We will not wait for others to act", "a senior diplomat", "unnamed")]),
        ([INTRO, "She said the alliance would send more ships to the region."],
         [("She said the alliance would send more ships to the region", "Jane Doe", "pronoun")]),
    ],
)
def test_each_speaker_says_how_it_was_found(methods_of, paragraphs, expected):
    assert methods_of(paragraphs) == expected
