""""Correct this" on actor, program and quote pages: the corrections.yaml lines to copy, escaped
for a `<pre>` block, and the editor's mark on an item that a correction changed."""
from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..corrections.snippets import actor_snippet, program_snippet, quote_snippet
from ..model import Actor, Program, Quote
from .catalog import Catalog
from .escape import md_lines


def _view(cat: Catalog, snippet: str, subject: str, marks: list[dict]) -> dict[str, Any]:
    return {
        "code": Markup(md_lines(snippet)),
        "label": f"Copy the corrections.yaml lines for {subject}",
        "note": corrected_note(cat, marks),
    }


def corrected_note(cat: Catalog, marks: list[dict]) -> str | None:
    """'Corrected by the editor (corrections.yaml: rename, line 4)', or None when not corrected."""
    if not marks:
        return None
    file = cat.briefing.corrections.get("file", "corrections.yaml")
    which = "; ".join(f"{m['action']}, line {m['line']}" for m in marks)
    return f"Corrected by the editor ({file}: {which})"


def actor_correction(cat: Catalog, actor: Actor) -> dict[str, Any]:
    return _view(cat, actor_snippet(actor), actor.name, actor.corrected)


def program_correction(cat: Catalog, program: Program) -> dict[str, Any]:
    return _view(cat, program_snippet(program), program.name, program.corrected)


def quote_correction(cat: Catalog, quote: Quote) -> dict[str, Any]:
    speaker = cat.actors[quote.speaker].name if quote.speaker in cat.actors else quote.speaker_name
    return _view(cat, quote_snippet(quote, speaker), f"the quote {quote.id}", quote.corrected)
