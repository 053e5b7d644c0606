"""corrections.yaml is read with its line numbers; a malformed file is one line: file, line, reason."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing.corrections import CorrectionsError, load_corrections
from briefing.corrections.schema import Correction

ROOT = Path(__file__).resolve().parents[2]


def _load(tmp_path: Path, text: str | bytes) -> list[Correction]:
    path = tmp_path / "corrections.yaml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return load_corrections(path)


def test_every_action_as_a_user_writes_it(tmp_path):
    text = """\
# The editor's corrections
- merge: {actor: [J. Smith, Smith]}
  into: John Smith
  note: the same person in two wire stories
- detach: {actor: john-smith}
  alias: Jon Smith
  kind: person
- rename: {actor: raytheon}
  to: RTX Corporation
  kind: organization
- rename: {program: sm-3}
  to: SM-3 Block IIA
- drop: {quote: q-3f2a9c1b7e}
- drop: {term: EDTs}
  expansion: emerging and disrupting technologies
- reattribute: {statement: s-19a0c2d4e1}
  to: {unnamed: a US official}
- reattribute: {quote: "we will not back down"}
  to: Lloyd Austin
- add: {term: CNAD}
  expansion: Conference of National Armaments Directors
  document: japan-nato
  paragraph: 8
- add: {program: Golden Dome}
  aliases: [Golden Dome for America]
  description: A missile defence shield.
"""
    got = _load(tmp_path, text)
    assert [(c.line, c.action, c.kind, c.targets) for c in got] == [
        (2, "merge", "actor", ("J. Smith", "Smith")),
        (5, "detach", "actor", ("john-smith",)),
        (8, "rename", "actor", ("raytheon",)),
        (11, "rename", "program", ("sm-3",)),
        (13, "drop", "quote", ("q-3f2a9c1b7e",)),
        (14, "drop", "term", ("EDTs",)),
        (16, "reattribute", "statement", ("s-19a0c2d4e1",)),
        (18, "reattribute", "quote", ("we will not back down",)),
        (20, "add", "term", ("CNAD",)),
        (24, "add", "program", ("Golden Dome",)),
    ]
    merge, detach, rename, _, _, drop_term, unnamed, named, term, program = got
    assert (merge.into, merge.note) == ("John Smith", "the same person in two wire stories")
    assert (detach.alias, detach.new_kind) == ("Jon Smith", "person")
    assert (rename.to, rename.new_kind) == ("RTX Corporation", "organization")
    assert drop_term.expansion == "emerging and disrupting technologies"
    assert (unnamed.to, unnamed.unnamed) == (None, "a US official")
    assert (named.to, named.unnamed) == ("Lloyd Austin", None)
    assert (term.expansion, term.document, term.paragraph) == ("Conference of National Armaments Directors", "japan-nato", 8)
    assert (program.aliases, program.description) == (("Golden Dome for America",), "A missile defence shield.")


@pytest.mark.parametrize("text", ["", "# only comments\n# - drop: {term: X}\n", "\n\n"])
def test_a_file_without_entries_corrects_nothing(tmp_path, text):
    assert _load(tmp_path, text) == []


def test_the_shipped_example_does_nothing_and_every_example_in_it_is_valid(tmp_path):
    text = (ROOT / "corrections.yaml").read_text(encoding="utf-8")
    assert load_corrections(ROOT / "corrections.yaml") == []
    uncommented = "\n".join(line[2:] if line.startswith(("# - ", "#   ")) else line for line in text.splitlines())
    assert {c.action for c in _load(tmp_path, uncommented)} == {"merge", "rename", "detach", "drop", "reattribute", "add"}


MALFORMED = [
    ("- merge: {actor: NATO}\n  into: [x\n", 2, "not valid YAML: while parsing a flow sequence that starts here"),
    ('- drop: {actor: x}\n- drop: {actor: "NATO}\n', 2, "not valid YAML: while scanning a quoted scalar that starts here"),
    ("- merge: {actor: NATO}\ninto: x\n", 2, "not valid YAML: expected <block end>"),
    ("- merge: {actor: NATO}\n\tinto: x\n", 2, "not valid YAML"),
    ("merge: {actor: NATO}\n", 1, "must be a list of corrections"),
    ("- merge\n", 1, "a correction is an action"),
    ("- mrege: {actor: NATO}\n  into: x\n", 1, "unknown action 'mrege' (did you mean 'merge'?)"),
    ("- into: x\n", 1, "unknown action 'into'"),
    ("- merge: {actor: A}\n  drop: {actor: B}\n", 1, "one action per entry"),
    ("- merge: {actor: A}\n", 1, "merge: missing 'into'"),
    ("- merge: {actor: A}\n  into: [B, C]\n", 2, "merge: 'into' must be text, not a list"),
    ("- merge: {actor: A}\n  int: B\n", 2, "merge: unknown key 'int'"),
    ("- merge: NATO\n  into: B\n", 1, "merge: say what to merge as {actor: ...} or {program: ...}"),
    ("- merge: {quote: q-1}\n  into: B\n", 1, "merge: cannot merge 'quote'"),
    ("- merge: {actor: []}\n  into: B\n", 1, "the list of actors is empty"),
    ("- drop: {person: x}\n", 1, "drop: cannot drop 'person'"),
    ("- drop: {term: NO}\n", 1, "'term' must be text, not False; put it in quotes"),
    ("- drop: {actor: '  '}\n", 1, "'actor' is empty"),
    ("- drop: {actor: x}\n  expansion: y\n", 2, "unknown key 'expansion' for an actor"),
    ("- rename: {actor: x}\n", 1, "rename: give the new name ('to'), the new 'kind', or both"),
    ("- rename: {actor: x}\n  kind: human\n", 2, "'kind' must be one of person, organization, country, location"),
    ("- rename: {program: x}\n  kind: person\n", 2, "unknown key 'kind' for a program"),
    ("- detach: {actor: x}\n", 1, "detach: missing 'alias'"),
    ("- reattribute: {quote: q-1}\n  to: {named: X}\n", 2, "'to' is an actor's id or name, or {unnamed: a US official}"),
    ("- add: {term: CNAD}\n", 1, "add: a term needs its 'expansion'"),
    ("- add: {actor: X}\n", 1, "add: cannot add 'actor'"),
    ("- add: {program: X}\n  document: d\n", 1, "'document' and 'paragraph' go together"),
    ("- add: {program: X}\n  document: d\n  paragraph: 0\n", 3, "'paragraph' must be a paragraph number"),
    ("- add: {program: X}\n  aliases: Y\n", 2, "'aliases' must be a list"),
    ("- drop: {actor: x}\n  drop: {actor: y}\n", 2, "duplicate key 'drop'"),
    ("- drop: {actor: x}\n- drop: {actor: y}\n- rename: {actor: z}\n  to: [a]\n", 4, "'to' must be text"),
]


@pytest.mark.parametrize("text, line, reason", MALFORMED)
def test_a_malformed_file_is_one_line_naming_file_line_and_reason(tmp_path, text, line, reason):
    with pytest.raises(CorrectionsError) as caught:
        _load(tmp_path, text)
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'corrections.yaml'}:{line}: "), message
    assert reason in message
    assert "\n" not in message and caught.value.line == line


def test_a_file_that_is_not_utf8_is_named_with_its_line(tmp_path):
    with pytest.raises(CorrectionsError, match=r"corrections\.yaml:2: not UTF-8 text"):
        _load(tmp_path, b"# fine\n- drop: {actor: \xff}\n")


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(CorrectionsError, match="corrections file not found"):
        load_corrections(tmp_path / "nowhere.yaml")
