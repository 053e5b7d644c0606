"""Every kind of correction on the small fixture briefing, what it changes and marks, and what it
reports when it matches nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.corrections import apply_corrections, load_corrections
from briefing.model import Briefing
from briefing.render import Catalog
from briefing.store import dumps

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "briefing_small.json"


def fixture() -> Briefing:
    return Briefing.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8")))


@pytest.fixture
def correct(tmp_path):
    """correct(yaml) -> (corrected briefing, report), applied to the fixture (or `briefing`)."""

    def _correct(text: str, briefing: Briefing | None = None):
        path = tmp_path / "corrections.yaml"
        path.write_text(text, encoding="utf-8")
        return apply_corrections(briefing or fixture(), load_corrections(path), "corrections.yaml")

    return _correct


def by_id(records):
    return {r.id: r for r in records}


def unchanged(b: Briefing) -> bool:
    """True when `b` holds the fixture's records (in id order, as a merged briefing has them)."""
    before = fixture()
    return all(
        sorted(json.dumps(r.to_dict(), sort_keys=True) for r in getattr(b, key))
        == sorted(json.dumps(r.to_dict(), sort_keys=True) for r in getattr(before, key))
        for key in ("actors", "programs", "quotes", "statements", "events", "glossary")
    )


def refs(record):
    return [(m.document, m.paragraph) for m in record.mentions]


def test_merge_keeps_the_target_id_and_points_everything_at_it(correct):
    b, report = correct("- merge: {actor: Raytheon}\n  into: mitsubishi-heavy-industries\n")
    actors = by_id(b.actors)
    assert "raytheon-technologies" not in actors
    mhi = actors["mitsubishi-heavy-industries"]
    assert mhi.name == "Mitsubishi Heavy Industries"
    assert mhi.aliases == ["MHI", "Raytheon", "Raytheon Technologies"]
    assert refs(mhi) == [("japan-nato", 9), ("japan-nato", 10)]
    assert mhi.corrected == [{"action": "merge", "line": 1}]
    sm3 = by_id(b.programs)["sm-3-block-iia"]
    assert sm3.participants == ["japan", "mitsubishi-heavy-industries", "united-states"]
    assert sm3.corrected == [{"action": "merge", "line": 1}]
    assert [a.id for a in b.actors] == sorted(a.id for a in b.actors)
    assert report.to_dict()["applied"] == [
        {"line": 1, "action": "merge", "items": [{"kind": "actor", "id": "mitsubishi-heavy-industries"}]}
    ]


def test_merge_of_programs_and_of_several_at_once(correct):
    b, _ = correct("- merge: {program: [Tempest, sm-3]}\n  into: F-X\n")
    fx = by_id(b.programs)["f-x"]
    assert set(by_id(b.programs)) == {"f-x", "partnership-interoperability-initiative", "project-onclick-x"}
    assert {"Tempest", "SM-3 Block IIA", "SM-3"} <= set(fx.aliases)
    assert fx.description == "A sixth-generation jet fighter."  # F-X had none: the first one found
    assert fx.participants == ["japan", "mitsubishi-heavy-industries", "raytheon-technologies", "united-kingdom", "united-states"]


def test_a_later_entry_may_name_an_actor_by_an_id_merged_away_or_a_new_name(correct):
    b, report = correct(
        "- merge: {actor: raytheon-technologies}\n  into: MHI\n"
        "- rename: {actor: raytheon-technologies}\n  to: MHI Group\n"
        "- rename: {actor: MHI Group}\n  kind: location\n"
    )
    mhi = by_id(b.actors)["mitsubishi-heavy-industries"]
    assert (mhi.name, mhi.kind) == ("MHI Group", "location")
    assert len(report.applied) == 3 and not report.warnings("c")


@pytest.mark.parametrize(
    "text, warning",
    [
        ("- merge: {actor: Jon Smith}\n  into: NATO\n", "corrections.yaml:1: merge: no actor named 'Jon Smith'"),
        ("- merge: {actor: NATO}\n  into: Jon Smith\n", "corrections.yaml:1: merge: no actor named 'Jon Smith'"),
        ("- merge: {actor: the alliance}\n  into: NATO\n", "corrections.yaml:1: merge: 'the alliance' is already part of 'nato'"),
        ("- merge: {program: SM-3}\n  into: Jon\n", "corrections.yaml:1: merge: no program named 'Jon'"),
    ],
)
def test_a_merge_that_matches_nothing_is_a_warning_and_changes_nothing(correct, text, warning):
    b, report = correct(text)
    assert report.warnings("corrections.yaml") == [warning]
    assert unchanged(b)
    assert report.to_dict()["stale"] == [{"line": 1, "action": "merge", "reason": warning.split(": ", 2)[2]}]


def test_an_ambiguous_name_is_reported_never_guessed(correct):
    two = fixture()
    two.actors.append(type(two.actors[0])(id="kishida-2", name="Kishida Two", kind="person", aliases=["Kishida"]))
    b, report = correct("- drop: {actor: Kishida}\n", two)
    assert report.warnings("c.yaml") == ["c.yaml:1: drop: 'Kishida' names 2 actors (fumio-kishida, kishida-2): name one by its id"]
    assert sorted(a.id for a in b.actors) == sorted(a.id for a in two.actors)


def test_a_partly_stale_merge_applies_what_it_can_and_warns(correct):
    b, report = correct("- merge: {program: [Tempest, Typhoon]}\n  into: F-X\n")
    assert "tempest" not in by_id(b.programs)
    assert report.warnings("c") == ["c:1: merge: no program named 'Typhoon'"]
    assert report.to_dict()["applied"][0]["warnings"] == ["no program named 'Typhoon'"]
    assert report.to_dict()["stale"] == []


def test_detach_makes_an_alias_an_actor_with_the_paragraphs_and_quotes_that_use_it(correct):
    b, report = correct("- detach: {actor: fumio-kishida}\n  alias: Kishida\n  kind: person\n")
    actors = by_id(b.actors)
    fumio, kishida = actors["fumio-kishida"], actors["kishida"]
    assert fumio.aliases == ["Prime Minister Fumio Kishida"]
    assert refs(fumio) == [("japan-nato", 3)]        # 'Fumio Kishida' only: 'Kishida' there is his name
    assert sorted(refs(kishida)) == [("hostile-text", 8), ("japan-nato", 4), ("japan-nato", 5), ("japan-nato", 13)]
    assert (kishida.name, kishida.kind, kishida.corrected) == ("Kishida", "person", [{"action": "detach", "line": 1}])
    assert by_id(b.statements)["s-deepen"].speaker == "kishida"          # attributed to 'Kishida'
    assert by_id(b.quotes)["q-crossroads"].speaker == "fumio-kishida"   # attributed to 'Fumio Kishida'
    assert "fumio-kishida" in by_id(b.events)["e-madrid"].actors
    assert report.to_dict()["applied"][0]["items"] == [{"kind": "actor", "id": "fumio-kishida"}, {"kind": "actor", "id": "kishida"}]


def test_detach_moves_an_event_whose_sentence_uses_only_the_alias(correct):
    b, _ = correct("- detach: {actor: nato}\n  alias: the alliance\n")
    assert by_id(b.events)["e-madrid"].actors == ["fumio-kishida", "japan", "madrid", "nato", "the-alliance"]
    assert refs(by_id(b.actors)["the-alliance"]) == [("japan-nato", 3), ("japan-nato", 8), ("japan-nato", 9)]
    assert refs(by_id(b.actors)["nato"]) == refs(by_id(fixture().actors)["nato"])  # NATO is named there too


@pytest.mark.parametrize(
    "text, problem",
    [
        ("- detach: {actor: nato}\n  alias: OTAN\n", "'nato' has no alias 'OTAN'"),
        ("- detach: {actor: nato}\n  alias: NATO\n", "'nato' has no alias 'NATO' (it is its name: rename it instead)"),
        ("- detach: {actor: nato}\n  alias: North Atlantic Treaty Organization\n",
         "'North Atlantic Treaty Organization' is not found in the paragraphs of 'nato'"),
    ],
)
def test_a_detach_that_cannot_apply_is_reported(correct, text, problem):
    b, report = correct(text)
    assert [o.problems for o in report.stale] == [[problem]]
    assert unchanged(b)


def test_rename_keeps_the_id_and_the_old_name_as_an_alias(correct):
    b, report = correct("- rename: {actor: Fumio Kishida}\n  to: KISHIDA Fumio\n  kind: organization\n")
    actor = by_id(b.actors)["fumio-kishida"]
    assert (actor.name, actor.kind) == ("KISHIDA Fumio", "organization")
    assert actor.aliases == ["Fumio Kishida", "Kishida", "Prime Minister Fumio Kishida"]
    assert by_id(b.quotes)["q-crossroads"].speaker_name == "KISHIDA Fumio"   # was his full name
    assert by_id(b.statements)["s-deepen"].speaker_name == "Kishida"          # as the text had it
    assert report.to_dict()["applied"][0]["items"] == [{"kind": "actor", "id": "fumio-kishida"}]


@pytest.mark.parametrize(
    "text, problem",
    [
        ("- rename: {actor: japan}\n  to: Japan\n", "'japan' is already named 'Japan'"),
        ("- rename: {actor: japan}\n  kind: country\n", "'japan' is already of kind 'country'"),
    ],
)
def test_a_rename_that_changes_nothing_is_stale(correct, text, problem):
    _, report = correct(text)
    assert [o.problems for o in report.stale] == [[problem]]


def test_drop_an_actor_leaves_its_quotes_unnamed_and_its_events(correct):
    b, _ = correct("- drop: {actor: fumio-kishida}\n")
    assert "fumio-kishida" not in by_id(b.actors)
    quote = by_id(b.quotes)["q-crossroads"]
    assert (quote.speaker, quote.speaker_name, quote.corrected) == (None, "Fumio Kishida", [{"action": "drop", "line": 1}])
    assert by_id(b.events)["e-madrid"].actors == ["japan", "madrid", "nato"]
    Catalog(b)  # every reference still resolves


@pytest.mark.parametrize(
    "text, kind, gone",
    [
        ("- drop: {program: Tempest jet fighter}\n", "programs", "tempest"),
        ("- drop: {quote: q-hostile}\n", "quotes", "q-hostile"),
        ("- drop: {quote: destabilizing to the}\n", "quotes", "q-destabilizing"),
        ("- drop: {statement: s-cnad}\n", "statements", "s-cnad"),
        ("- drop: {event: e-budget}\n", "events", "e-budget"),
        ("- drop: {event: adopted an implementation strategy}\n", "events", "e-edt"),
    ],
)
def test_drop_an_item_by_id_or_text(correct, text, kind, gone):
    b, report = correct(text)
    before = [r.id for r in getattr(fixture(), kind)]
    assert sorted(r.id for r in getattr(b, kind)) == sorted(i for i in before if i != gone)
    assert report.to_dict()["applied"][0]["items"][0]["id"] == gone


def test_drop_a_glossary_term_all_its_entries_or_one_expansion(correct):
    b, _ = correct("- drop: {term: cnad}\n")
    assert [t.abbreviation for t in b.glossary] == ["EDTs", "NIAG", "HTML", "*[X]"]
    b, report = correct("- drop: {term: NIAG}\n  expansion: something else\n")
    assert len(b.glossary) == 5
    assert report.warnings("c") == ["c:1: drop: no glossary term 'NIAG' meaning 'something else'"]


@pytest.mark.parametrize(
    "text, problem",
    [
        ("- drop: {quote: q-nothing}\n", "no quote with the id or text 'q-nothing'"),
        ("- drop: {quote: the}\n", "'the' names 2 quotes (q-crossroads, q-destabilizing): name one by its id"),
        ("- drop: {event: e-gone}\n", "no event with the id or text 'e-gone'"),
        ("- drop: {program: Typhoon}\n", "no program named 'Typhoon'"),
    ],
)
def test_a_drop_that_matches_nothing_or_several_is_reported(correct, text, problem):
    _, report = correct(text)
    assert [o.problems for o in report.stale] == [[problem]]


def test_reattribute_to_an_actor_by_alias_and_to_an_unnamed_source(correct):
    b, report = correct(
        "- reattribute: {quote: q-destabilizing}\n  to: Lazar\n"
        "- reattribute: {statement: deepen its relationship}\n  to: {unnamed: a Japanese official}\n"
    )
    quote, statement = by_id(b.quotes)["q-destabilizing"], by_id(b.statements)["s-deepen"]
    assert (quote.speaker, quote.speaker_name) == ("liviu-lazar", "Liviu Lazar")
    assert (statement.speaker, statement.speaker_name) == (None, "a Japanese official")
    assert statement.corrected == [{"action": "reattribute", "line": 3}]
    assert (quote.attribution, statement.attribution) == ("named", "unnamed")  # no longer an inferred speaker
    assert len(report.applied) == 2


@pytest.mark.parametrize(
    "text, problem",
    [
        ("- reattribute: {quote: q-crossroads}\n  to: Kishida\n", "'q-crossroads' is already attributed to 'Fumio Kishida'"),
        ("- reattribute: {quote: q-crossroads}\n  to: Jon Smith\n", "no actor named 'Jon Smith'"),
        ("- reattribute: {statement: s-none}\n  to: Kishida\n", "no statement with the id or text 's-none'"),
    ],
)
def test_a_reattribution_that_cannot_apply_is_reported(correct, text, problem):
    _, report = correct(text)
    assert [o.problems for o in report.stale] == [[problem]]


def test_add_a_program_found_in_the_text(correct):
    b, report = correct("- add: {program: evacuation alerts}\n  aliases: [alerts]\n  description: Civil warnings.\n")
    program = by_id(b.programs)["evacuation-alerts"]
    assert refs(program) == [("japan-nato", 1)]
    assert (program.aliases, program.description, program.participants) == (["alerts"], "Civil warnings.", [])
    assert program.corrected == [{"action": "add", "line": 1}]
    Catalog(b)


def test_add_a_program_with_the_paragraph_that_shows_it(correct):
    b, _ = correct("- add: {program: Missile Tests Programme}\n  document: japan-nato\n  paragraph: 1\n")
    assert refs(by_id(b.programs)["missile-tests-programme"]) == [("japan-nato", 1)]


@pytest.mark.parametrize(
    "text, problem",
    [
        ("- add: {program: Typhoon}\n", "'Typhoon' is not found in any paragraph: name the document and paragraph"),
        ("- add: {program: SM-3}\n", "already a program: sm-3-block-iia (remove this entry or merge)"),
        ("- add: {program: X}\n  document: nowhere\n  paragraph: 1\n", "no document 'nowhere'"),
        ("- add: {program: X}\n  document: japan-nato\n  paragraph: 99\n", "document 'japan-nato' has no paragraph 99"),
    ],
)
def test_an_added_program_needs_evidence_and_must_be_new(correct, text, problem):
    b, report = correct(text)
    assert [o.problems for o in report.stale] == [[problem]]
    assert len(b.programs) == len(fixture().programs)


def test_add_a_glossary_term_where_the_text_uses_it(correct):
    b, _ = correct(
        "- add: {term: MHI}\n  expansion: Mitsubishi Heavy Industries\n"   # only the expansion is in the text
        "- add: {term: EDTs}\n  expansion: emerging technologies\n"        # the abbreviation is
        "- add: {term: UK}\n  expansion: United Kingdom\n  document: japan-nato\n  paragraph: 11\n"
    )
    added = [(t.abbreviation, t.document, t.paragraph) for t in b.glossary[5:]]
    assert added == [("MHI", "japan-nato", 10), ("EDTs", "japan-nato", 7), ("UK", "japan-nato", 11)]
    assert b.glossary[5].corrected == [{"action": "add", "line": 1}]


@pytest.mark.parametrize(
    "text, problem",
    [
        ("- add: {term: CNAD}\n  expansion: conference of national armaments directors\n",
         "'CNAD' meaning 'conference of national armaments directors' is already in the glossary"),
        ("- add: {term: ZZZ}\n  expansion: Nothing Here\n", "'ZZZ' is not found in the text: name the document and paragraph"),
    ],
)
def test_an_added_term_must_be_new_and_in_the_text(correct, text, problem):
    _, report = correct(text)
    assert [o.problems for o in report.stale] == [[problem]]


def test_the_input_briefing_is_never_changed(correct):
    original = fixture()
    before = dumps(original)
    correct(
        "- merge: {actor: Raytheon}\n  into: MHI\n- detach: {actor: nato}\n  alias: the alliance\n"
        "- rename: {actor: japan}\n  to: Nippon\n- drop: {actor: fumio-kishida}\n"
        "- reattribute: {quote: q-leadership}\n  to: Lazar\n- add: {term: UK}\n  expansion: United Kingdom\n",
        original,
    )
    assert dumps(original) == before


def test_only_corrected_items_carry_a_mark_in_the_json(correct):
    b, _ = correct("- rename: {actor: japan}\n  to: Nippon\n  note: as the editor prefers\n")
    data = json.loads(dumps(b))
    marked = [a["id"] for key in ("actors", "programs", "quotes", "statements", "events", "glossary")
              for a in data[key] if "corrected" in a]
    assert marked == ["japan"]
    assert data["corrections"] == {
        "file": "corrections.yaml",
        "applied": [{"line": 1, "action": "rename", "items": [{"kind": "actor", "id": "japan"}], "note": "as the editor prefers"}],
        "stale": [],
    }
    assert Briefing.from_dict(data).corrections == data["corrections"]
    assert "corrections" not in json.loads(dumps(fixture()))
