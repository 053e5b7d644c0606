"""Gender and title cues that tell apart two people of one surname."""
from __future__ import annotations

import pytest

from briefing.extract.actors.cues import gender_of_words, mention_gender, title_words


def _span(nlp, text, name):
    doc = nlp(text)
    at = text.index(name)
    return doc.char_span(at, at + len(name))


@pytest.mark.parametrize(
    "text, name, gender",
    [
        ("Mrs. Biden has taught for decades.", "Biden", "f"),
        ("Mr. Trump left the stage.", "Trump", "m"),
        ("First lady Jill Biden visited a school.", "Jill Biden", "f"),
        ("Biden said he would sign the bill.", "Biden", "m"),
        ("Biden told reporters she was proud.", "Biden", "f"),
        ("Biden thanked Harris, who said she was ready.", "Biden", None),  # another person comes first
        ("The memo reached Biden before she left.", "Biden", None),  # not the subject
        ("Biden spoke on Monday.", "Biden", None),
    ],
)
def test_mention_gender(nlp, text, name, gender):
    assert mention_gender(_span(nlp, text, name)) == gender


@pytest.mark.parametrize("text, gender", [("former first lady", "f"), ("his wife", None), ("spokesman", "m"), ("senator", None)])
def test_gender_of_words(text, gender):
    assert gender_of_words(text) == gender


def test_title_words_leave_modifiers_out(nlp):
    assert title_words(_span(nlp, "Former President Trump spoke.", "Trump")) == {"president"}
