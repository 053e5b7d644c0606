"""What the render tests share: the fixture, hostile strings, and Markdown as MkDocs converts it."""
from __future__ import annotations

import functools
import json
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml

from briefing.model import Briefing
from briefing.render import normalize_text, render_site

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "briefing_small.json"

HOSTILE = [
    "<script>alert(1)</script>",
    '{: onclick="x" }',
    '--8<-- "/etc/passwd"',
    "*[HTML]: x",
    "[^1]: note",
    "{{ 7*7 }}",
    "{% raw %}",
    "# heading",
    "1. list",
    "| a | b |",
    "```",
    "![x](http://evil.example/x.png)",
    "[a](javascript:alert(1))",
    ":smile:",
    "(c)",
    "<!-- comment -->",
    "<div markdown>**x**</div>",
    "<http://auto.example>",
    "**bold** _em_ `code` ~~del~~ ==mark== ^^ins^^",
    "&amp; &#42; &lt;b&gt;",
    "    indented code",
    "> block quote",
    "- item",
    "---",
    "Title\n=====",
    "line one  \nline two",
    "[ref]: http://ref.example",
    "\\*backslash\\*",
    "<?php echo 1; ?>",
    "\x02wzxhzdk:0\x03 stash marker",
    "a\x00b\x1bc\x85d",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)",
]


@functools.lru_cache(maxsize=1)
def _mkdocs_markdown() -> markdown.Markdown:
    """A Markdown converter with exactly the extensions configured in mkdocs.yml."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, options = [], {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict):
            (name, opts), = entry.items()
            names.append(name)
            options[name] = opts or {}
        else:
            names.append(entry)
    return markdown.Markdown(extensions=names, extension_configs=options)


def to_html(source: str) -> str:
    return _mkdocs_markdown().reset().convert(source)


class Tree(HTMLParser):
    """Tags with their attributes, and the text, of an HTML fragment."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())

    def names(self) -> list[str]:
        return [t for t, _ in self.tags]


def load_fixture() -> Briefing:
    return Briefing.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8")))


def render_to(tmp_path: Path, briefing: Briefing | None = None) -> dict[str, str]:
    render_site(briefing or load_fixture(), tmp_path)
    return {str(p.relative_to(tmp_path)): p.read_text(encoding="utf-8") for p in sorted(tmp_path.rglob("*.md"))}


def visible(text: str) -> str:
    return " ".join(normalize_text(text).split())
