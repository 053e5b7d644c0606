"""The `corrections.yaml` lines a page offers to copy ("Correct this"): the item's id filled in,
the likely actions as commented alternatives, so pasting them changes nothing until one entry
is uncommented. Uncommented, every entry is valid (`load_corrections` reads it).
"""
from __future__ import annotations

import json

import yaml

from ..model import ACTOR_KINDS, Actor, Program, Quote

OTHER_ACTOR = "ID OR NAME OF THE ACTOR TO KEEP"
OTHER_PROGRAM = "ID OR NAME OF THE PROGRAM TO KEEP"
SPEAKER = "ID OR NAME OF THE SPEAKER"
# libyaml's safe loader when PyYAML was built with it (the same answers, several times faster:
# every actor and program page asks, on every build).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
HOW = "uncomment the lines of one entry, edit them, save"


def yaml_scalar(text: str) -> str:
    """`text` as a YAML value: as it is when YAML reads it back unchanged, else double-quoted.

    >>> yaml_scalar("Fumio Kishida"), yaml_scalar("NO"), yaml_scalar("a: b")
    ('Fumio Kishida', '"NO"', '"a: b"')
    """
    text = " ".join(str(text).split())
    try:
        plain = "#" not in text and yaml.load(f"v: {text}", Loader=_LOADER) == {"v": text}
    except yaml.YAMLError:
        plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def actor_snippet(actor: Actor) -> str:
    subject = f"{{actor: {actor.id}}}"
    aliases = sorted(set(actor.aliases) - {actor.name})
    lines = [
        f"# {_one_line(actor.name)} (actor {actor.id}): {HOW}.",
        f"# - rename: {subject}",
        f"#   to: {yaml_scalar(actor.name)}",
        f"#   kind: {actor.kind}  # {', '.join(ACTOR_KINDS[:-1])} or {ACTOR_KINDS[-1]}",
        f"# - merge: {subject}",
        f"#   into: {OTHER_ACTOR}",
    ]
    if aliases:
        others = f"  # or: {'; '.join(_one_line(a) for a in aliases[1:])}" if len(aliases) > 1 else ""
        lines += [f"# - detach: {subject}", f"#   alias: {yaml_scalar(aliases[0])}{others}"]
    lines.append(f"# - drop: {subject}")
    return "\n".join(lines)


def program_snippet(program: Program) -> str:
    subject = f"{{program: {program.id}}}"
    return "\n".join([
        f"# {_one_line(program.name)} (program {program.id}): {HOW}.",
        f"# - rename: {subject}",
        f"#   to: {yaml_scalar(program.name)}",
        f"# - merge: {subject}",
        f"#   into: {OTHER_PROGRAM}",
        f"# - drop: {subject}",
    ])


def quote_snippet(quote: Quote, speaker: str, words: int = 8) -> str:
    """The lines for a quote; `speaker` is the name it is shown under."""
    text = _one_line(quote.text).split(" ")
    opening = " ".join(text[:words]) + (" …" if len(text) > words else "")
    subject = f"{{quote: {quote.id}}}"
    return "\n".join([
        f"# Quote {quote.id} by {_one_line(speaker)}: “{opening}”",
        f"# ({HOW}.)",
        f"# - reattribute: {subject}",
        f"#   to: {SPEAKER}  # or: {{unnamed: a US official}}",
        f"# - drop: {subject}",
    ])
