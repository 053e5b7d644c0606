"""`briefing eval`: the scoring rules, and the quality thresholds the project holds itself to."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing.evaluate import (
    Report, attributions, containment, evaluate, evaluate_document, format_methods, normalize, score_glossary,
    score_named, score_passages, speaker_matches,
)
from briefing.store import read_json

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_GOLD = FIXTURES / "gold" / "000_3a1a43320c41dcd8.gold.json"
UNSEEN_GOLD = sorted(p for p in (FIXTURES / "gold").glob("*.gold.json") if p != SEED_GOLD)
PATTERNS = FIXTURES / "patterns"


@pytest.mark.parametrize(
    "a, b",
    [("The White House", "white house"), ("Japan’s", "Japan's"), ("“destabilizing,”", '"destabilizing"')],
)
def test_normalize_ignores_case_quotes_and_articles(a, b):
    assert normalize(a) == normalize(b)


def test_normalize_keeps_different_words_apart():
    assert normalize("North Korea") != normalize("South Korea")


@pytest.mark.parametrize(
    "short, long_, expected",
    [("k l m", "x k l m y", 1.0), ("k l m n", "k l", 1.0), ("k l m n", "k l x y z", 0.5), ("", "k", 0.0)],
)
def test_containment_is_the_share_of_the_shorter_text(short, long_, expected):
    assert containment(short, long_) == expected


def test_a_split_entity_counts_as_a_false_positive():
    gold = [{"name": "Fumio Kishida", "aliases": ["Kishida"]}]
    score = score_named([{"name": "Fumio Kishida"}, {"name": "Kishida"}], gold, optional=[])
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_optional_entities_are_neither_hits_nor_errors():
    score = score_named([{"name": "Madrid"}], [{"name": "NATO", "aliases": []}], optional=["Madrid"])
    assert (score.tp, score.fp, score.fn) == (0, 0, 1)


def test_a_glossary_term_needs_the_right_expansion():
    gold = [{"abbreviation": "CNAD", "expansion": "Conference of National Armaments Directors"}]
    wrong = score_glossary([{"abbreviation": "CNAD", "expansion": "Committee of Naval Affairs"}], gold)
    right = score_glossary([{"abbreviation": "CNAD", "expansion": "Conference of National Armaments Directors"}], gold)
    assert (wrong.tp, wrong.fp, right.tp, right.fp) == (0, 1, 1, 0)


def test_an_optional_quote_is_neither_a_hit_nor_an_error():
    gold = [{"text": "we will act now"}]
    predicted = [{"text": "We will act now."}, {"text": "not to lose sight of"}, {"text": "a made-up quote here"}]
    score = score_passages(predicted, gold, gold_key="text", threshold=0.9, optional=["not to lose sight of"])
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


GOLD_ACTORS = [
    {"name": "James Brown", "aliases": ["Brown"]},
    {"name": "CQ Brown", "aliases": ["Gen. Brown", "Brown"]},
    {"name": "Ana Ruiz", "aliases": ["Ruiz"]},
]
ACTORS = {"james-brown": {"name": "James Brown"}, "ruiz": {"name": "Ruiz"}, "ana": {"name": "Superintendent Ana Ruiz"}}


@pytest.mark.parametrize(
    "predicted, gold_speaker, right",
    [
        ({"speaker": "ruiz", "speaker_name": "Ruiz"}, "Ana Ruiz", True),  # a name only she carries
        ({"speaker": "ana", "speaker_name": "Superintendent Ana Ruiz"}, "Ana Ruiz", True),
        ({"speaker": None, "speaker_name": "a senior US official"}, "US official", True),
        ({"speaker": "james-brown", "speaker_name": "James Brown"}, "CQ Brown", False),  # same surname only
        ({"speaker": None, "speaker_name": "Brown"}, "CQ Brown", False),  # a name two gold actors share
        ({"speaker": None, "speaker_name": "Jr."}, "Johnny Taylor, Jr.", False),
        ({"speaker": None, "speaker_name": "Members"}, "Members of Parliament", False),
    ],
)
def test_attribution_is_strict(predicted, gold_speaker, right):
    assert speaker_matches(predicted, {"speaker": gold_speaker}, GOLD_ACTORS, ACTORS) is right


def test_speaker_alternatives_count():
    gold = {"speaker": "teachers unions", "speaker_alt": ["unions"]}
    assert speaker_matches({"speaker": None, "speaker_name": "The unions"}, gold, [], {})


def test_attribution_is_counted_per_method():
    gold = [{"text": "we will act now", "speaker": "Ana Ruiz"}, {"text": "the threat is real", "speaker": "Ana Ruiz"},
            {"text": "nothing was found", "speaker": "Ana Ruiz"}]
    predicted = [
        {"text": "We will act now.", "speaker": "ruiz", "speaker_name": "Ruiz", "attribution": "pronoun"},
        {"text": "The threat is real", "speaker": "james-brown", "speaker_name": "James Brown", "attribution": "previous"},
    ]
    found = attributions(predicted, gold, GOLD_ACTORS, ACTORS, gold_key="text", threshold=0.9)
    assert found == [("pronoun", True), ("previous", False)]
    table = "\n".join(format_methods(Report({}, {}, {"quotes": {"pronoun": [1, 1], "previous": [1, 0]}})))
    assert "pronoun               1        1     1.000" in table and "previous              1        0     0.000" in table


# --- thresholds -------------------------------------------------------------------------------

CATEGORIES = ("actors", "quotes", "events", "programs", "glossary")


def test_seed_meets_the_bar(seed_docs):
    report = evaluate(read_json(seed_docs / "briefing.json"), [SEED_GOLD])
    for category in CATEGORIES:
        assert report.mean_f1(category) >= 0.95, category
    assert report.attribution[SEED_GOLD.name.replace(".gold.json", ".txt")] >= 0.95


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The pattern article and the annotated unseen articles, built together once."""
    from briefing.pipeline import build

    seeds = tmp_path_factory.mktemp("gold") / "seeds"
    seeds.mkdir()
    for text in [*(FIXTURES / "gold").glob("*.txt"), PATTERNS / "patterns.txt"]:
        shutil.copy(text, seeds)
    docs = seeds.parent / "docs"
    build(seeds, docs, jobs=1, cache_dir=None)
    return read_json(docs / "briefing.json")


def test_the_pattern_article_meets_the_bar(built):
    report = evaluate(built, [PATTERNS / "patterns.gold.json"])
    for category in (*CATEGORIES, "statements"):
        assert report.mean_f1(category) >= 0.9, category
    assert report.attribution["patterns.txt"] == 1.0


# Floors a little under the measured figures on articles the extractors were not written
# against: they catch regressions; the figures themselves are in the issue notes.
UNSEEN_FLOORS = {"actors": 0.8, "quotes": 0.95, "events": 0.96, "programs": 0.95, "glossary": 0.97, "statements": 0.79}
ATTRIBUTION_FLOOR = 0.93  # quotes with the gold speaker, strictly (0.953 measured)


@pytest.mark.parametrize("category", sorted(UNSEEN_FLOORS))
def test_unseen_articles_stay_above_their_floor(built, category):
    report = evaluate(built, UNSEEN_GOLD)
    assert report.mean_f1(category) >= UNSEEN_FLOORS[category]


def test_a_gold_file_of_an_earlier_version_scores_its_story_and_quotes_cited_as_second_source():
    quote = {"id": "q1", "text": "We agree on the essentials", "speaker": "anna-berg", "speaker_name": "Anna Berg",
             "document": "budgets", "paragraph": 2,
             "sources": [{"document": "budgets", "paragraph": 2}, {"document": "oslo-1", "paragraph": 2}]}
    briefing = {
        "documents": [
            {"id": "oslo-1", "source": "oslo-2.txt", "versions": [{"source": "oslo-1.txt"}, {"source": "oslo-2.txt"}]},
            {"id": "budgets", "source": "budgets.txt"},
        ],
        "actors": [{"id": "anna-berg", "name": "Anna Berg", "kind": "person", "aliases": [],
                    "mentions": [{"document": "oslo-1", "paragraph": 2}]}],
        "quotes": [quote], "statements": [], "events": [], "programs": [], "glossary": [],
    }
    gold = {"document": "oslo-1.txt", "actors": [{"name": "Anna Berg", "kind": "person"}],
            "quotes": [{"text": "We agree on the essentials", "speaker": "Anna Berg"}], "events": [], "programs": []}
    scores, attribution, _ = evaluate_document(briefing, gold)
    assert (scores["quotes"].tp, scores["quotes"].fp, scores["actors"].tp) == (1, 0, 1)
    assert attribution == 1.0


def test_unseen_quotes_keep_their_speakers(built):
    report = evaluate(built, UNSEEN_GOLD)
    assert sum(report.attribution.values()) / len(report.attribution) >= ATTRIBUTION_FLOOR
