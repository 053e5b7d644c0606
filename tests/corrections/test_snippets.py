"""The lines "Correct this" offers: valid YAML that names the item, once uncommented."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from briefing.corrections import apply_corrections, load_corrections
from briefing.corrections.snippets import actor_snippet, program_snippet, quote_snippet, yaml_scalar
from briefing.model import Briefing

from render.helpers import HOSTILE

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "briefing_small.json"


@pytest.mark.parametrize(
    "text, written",
    [
        ("Fumio Kishida", "Fumio Kishida"),
        ("O'Brien", "O'Brien"),
        ("NO", '"NO"'),            # a YAML boolean
        ("1984", '"1984"'),        # a number
        ("a: b", '"a: b"'),        # a mapping
        ("#1 Group", '"#1 Group"'),
        ("- item", '"- item"'),
        ("Zoë Müller-Łukasz", "Zoë Müller-Łukasz"),
        ("~", '"~"'),              # null
        ("on", '"on"'),            # a YAML 1.1 boolean
        ("[Group]", '"[Group]"'),  # a list
        ("*Group", '"*Group"'),    # an alias
        ("Group: The", '"Group: The"'),
        ("Group A", "Group A"),
    ],
)
def test_a_name_is_written_as_yaml_reads_it_back(text, written):
    assert yaml_scalar(text) == written


@pytest.mark.parametrize("text", [t for t in HOSTILE if " ".join(t.split()) and "\x00" not in t and "\x02" not in t])
def test_hostile_names_survive_the_round_trip(text):
    expected = " ".join(text.split())
    assert yaml.safe_load(f"to: {yaml_scalar(text)}") == {"to": expected}


def entries(snippet: str) -> list[str]:
    """Each commented entry of a snippet, uncommented, as its own file's text."""
    blocks: list[list[str]] = []
    for line in snippet.splitlines():
        if line.startswith("# - "):
            blocks.append([line[2:]])
        elif line.startswith("#   ") and blocks:
            blocks[-1].append(line[2:])
    return ["\n".join(block) + "\n" for block in blocks]


def _snippets(b: Briefing):
    for a in b.actors:
        yield "actor", a.id, actor_snippet(a)
    for p in b.programs:
        yield "program", p.id, program_snippet(p)
    for q in b.quotes:
        yield "quote", q.id, quote_snippet(q, q.speaker_name)


def test_every_entry_offered_loads_and_its_drop_removes_the_item(tmp_path):
    b = Briefing.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8")))
    path = tmp_path / "corrections.yaml"
    for kind, item_id, snippet in _snippets(b):
        offered = entries(snippet)
        assert [e.split(":")[0] for e in offered][-1] == "- drop", snippet
        for entry in offered:
            path.write_text(entry, encoding="utf-8")
            (correction,) = load_corrections(path)
            assert (correction.kind, correction.target) == (kind, item_id)
        _, report = apply_corrections(b, load_corrections(path), "corrections.yaml")
        assert report.to_dict()["applied"][0]["items"] == [{"kind": kind, "id": item_id}]


def test_an_actor_snippet_offers_rename_merge_detach_and_drop():
    b = Briefing.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8")))
    actor = next(a for a in b.actors if a.id == "fumio-kishida")
    assert actor_snippet(actor) == (
        "# Fumio Kishida (actor fumio-kishida): uncomment the lines of one entry, edit them, save.\n"
        "# - rename: {actor: fumio-kishida}\n"
        "#   to: Fumio Kishida\n"
        "#   kind: person  # person, organization, country or location\n"
        "# - merge: {actor: fumio-kishida}\n"
        "#   into: ID OR NAME OF THE ACTOR TO KEEP\n"
        "# - detach: {actor: fumio-kishida}\n"
        "#   alias: Kishida  # or: Prime Minister Fumio Kishida\n"
        "# - drop: {actor: fumio-kishida}"
    )
    white_house = next(a for a in b.actors if a.id == "white-house")
    assert "detach" not in actor_snippet(white_house)  # no alias to detach
