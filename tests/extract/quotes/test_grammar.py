"""Parse-tree tests of `grammar`, on parses written out by hand (the model's parse of such
sentences varies): the subject of a participle in a "with" clause."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from briefing.extract.quotes.grammar import in_with_clause, next_preposition, subjects, with_subject

# "Talks stalled, with spokesman Jo Lee on Sunday saying the offer was poor ."
# as the model often parses it: "Lee" the object of "with", "saying" hung on the main verb
WORDS = ["Talks", "stalled", ",", "with", "spokesman", "Jo", "Lee", "on", "Sunday", "saying", "the", "offer", "was",
         "poor", "."]
HEADS = [1, 1, 1, 1, 6, 6, 3, 1, 7, 1, 11, 12, 9, 12, 1]
DEPS = ["nsubj", "ROOT", "punct", "prep", "compound", "compound", "pobj", "prep", "pobj", "advcl", "det", "nsubj",
        "ccomp", "acomp", "punct"]
TAGS = ["NNS", "VBD", ",", "IN", "NN", "NNP", "NNP", "IN", "NNP", "VBG", "DT", "NN", "VBD", "JJ", "."]
POS = ["NOUN", "VERB", "PUNCT", "ADP", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ",
       "PUNCT"]
ENTS = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O", "O", "O", "O", "O", "O"]


@pytest.fixture(scope="module")
def parsed_by_hand(nlp):
    """`parsed_by_hand(words=...)` -> the Doc of the parse above, with the model's vocabulary."""

    def _doc(words=WORDS) -> Doc:
        return Doc(nlp.vocab, words=words, heads=HEADS, deps=DEPS, tags=TAGS, pos=POS, ents=ENTS)

    return _doc


def test_the_object_of_with_before_a_participle_is_its_subject(parsed_by_hand):
    doc = parsed_by_hand()
    assert with_subject(doc[9]).text == "Lee"
    assert in_with_clause(doc[9])
    assert [t.text for t in subjects(doc[9])] == ["Lee"]


@pytest.mark.parametrize(
    "preposition, index",
    [
        ("after", 9),  # the noun before the participle belongs to another preposition
        ("with", 3),  # not a participle
    ],
)
def test_no_with_subject_otherwise(parsed_by_hand, preposition, index):
    doc = parsed_by_hand(words=[preposition if k == 3 else w for k, w in enumerate(WORDS)])
    assert with_subject(doc[index]) is None
    assert not in_with_clause(doc[index])


# "According to the union ’s chair Jo Lee , they found cracks ." as the model sometimes parses
# it: the possessor "union" a second object of "to" beside "Lee"
ACCORDING_WORDS = ["According", "to", "the", "union", "’s", "chair", "Jo", "Lee", ",", "they", "found", "cracks", "."]
ACCORDING_DEPS = ["prep", "prep", "det", "pobj", "case", "compound", "compound", "pobj", "punct", "nsubj", "ROOT",
                  "dobj", "punct"]
ACCORDING_TAGS = ["VBG", "IN", "DT", "NN", "POS", "NN", "NNP", "NNP", ",", "PRP", "VBD", "NNS", "."]
ACCORDING_POS = ["VERB", "ADP", "DET", "NOUN", "PART", "NOUN", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "NOUN",
                 "PUNCT"]


@pytest.mark.parametrize(
    "heads, deps, expected",
    [
        # the possessor hung beside the noun it owns is not the speaker
        ([10, 0, 3, 1, 3, 7, 7, 1, 10, 10, 10, 10, 10], ACCORDING_DEPS, ["Lee"]),
        # parsed right: "union’s" owns "Lee"
        ([10, 0, 3, 7, 3, 7, 7, 1, 10, 10, 10, 10, 10],
         [d if k != 3 else "poss" for k, d in enumerate(ACCORDING_DEPS)], ["Lee"]),
        # a possessor alone ("according to the union’s") stays the speaker
        ([10, 0, 3, 1, 3, 3, 3, 3, 10, 10, 10, 10, 10],
         [d if k not in (5, 6, 7) else "dep" for k, d in enumerate(ACCORDING_DEPS)], ["union"]),
    ],
)
def test_according_to_names_the_owned_noun_not_its_possessor(nlp, heads, deps, expected):
    doc = Doc(nlp.vocab, words=ACCORDING_WORDS, heads=heads, deps=deps, tags=ACCORDING_TAGS, pos=ACCORDING_POS)
    assert [t.text for t in subjects(doc[0])] == expected


# "Jo Lee called for the crew to be freed ." as the model parses it: "for" marks the clause
APPEAL_WORDS = ["Jo", "Lee", "called", "for", "the", "crew", "to", "be", "freed", "."]
APPEAL_TAGS = ["NNP", "NNP", "VBD", "IN", "DT", "NN", "TO", "VB", "VBN", "."]
APPEAL_POS = ["PROPN", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "PART", "AUX", "VERB", "PUNCT"]


@pytest.mark.parametrize(
    "heads, deps, expected",
    [
        # "for" marking a clause the verb governs completes the verb
        ([1, 2, 2, 8, 5, 8, 8, 8, 2, 2],
         ["compound", "nsubj", "ROOT", "mark", "det", "nsubjpass", "aux", "auxpass", "advcl", "punct"], ["for"]),
        # "for" heading the verb's own prepositional phrase ("called for the crew")
        ([1, 2, 2, 2, 5, 3, 8, 8, 2, 2],
         ["compound", "nsubj", "ROOT", "prep", "det", "pobj", "aux", "auxpass", "advcl", "punct"], ["for"]),
        # "for" marking a clause of another word does not
        ([1, 2, 2, 8, 5, 8, 8, 8, 5, 2],
         ["compound", "nsubj", "ROOT", "mark", "det", "dobj", "aux", "auxpass", "acl", "punct"], []),
    ],
)
def test_the_preposition_after_a_verb(nlp, heads, deps, expected):
    doc = Doc(nlp.vocab, words=APPEAL_WORDS, heads=heads, deps=deps, tags=APPEAL_TAGS, pos=APPEAL_POS)
    assert next_preposition(doc[2]) == expected
