"""The Jinja environment: every value escaped by `finalize`, undefined names an error."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .escape import finalize, link, md_text

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"


def make_environment(templates_dir: Path = TEMPLATES_DIR) -> Environment:
    """The Jinja environment: escaping by `finalize`, strict undefined, no autoescape."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        autoescape=False,
        finalize=finalize,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        comment_start_string="<##",
        comment_end_string="##>",
    )
    env.globals["link"] = link
    env.filters["attr"] = lambda value: Markup(md_text(value))
    env.filters["plural"] = plural
    return env


def plural(count: int, word: str) -> str:
    """'1 paragraph', '3 paragraphs' (template words only, all regular)."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
