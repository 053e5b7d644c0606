"""Property tests of the whole build: any text (and any file name) written as a seed either builds
or fails with a `BriefingError`, never with another exception; a build that succeeds renders
with `mkdocs build --strict` and shows every paragraph literally on its source page.

Costs: `briefing.pipeline.build` runs in-process, so the spaCy model is loaded once for the
session. The build-only property runs 25 examples; the one that also renders the site with
MkDocs (about a second or two per example) runs 12.
"""
from __future__ import annotations

import json
import re
import shutil
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefing.errors import BriefingError
from briefing.pipeline import build
from briefing.render import normalize_text
from briefing.site import mkdocs_build

# Markup of every kind that Markdown, its extensions, HTML or Jinja might act on, as whole
# tokens so that examples hit them often, plus single characters from all of Unicode
# (control characters included, surrogates excluded since they cannot be written as UTF-8).
TOKENS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//evil.example>",
    "<style>body{display:none}</style>", "[a](javascript:alert(1))", "![x](http://evil.example/x.png)",
    "# ", "## ", "- ", "1. ", "> ", "| a | b |", "|---|", "```", "~~~", "    ", "{: onclick=\"alert(1)\" }",
    "{: #id .cls }", '--8<-- "/etc/passwd"', "*[HTML]: x", "[^1]: x", "[^1]", "{{ 7*7 }}", "{% include 'x' %}",
    "{# c #}", "<## ##>", ":smile:", "&amp;", "&#60;", "&lt;", "<!--", "-->", "<?php", "]]>", "\\", "*", "_", "`",
    "~", "^", "=", "==", "'", '"', "“", "”", "‘", "’", "(", ")", "[", "]", "{", "}", "<", ">", "&", "#",
    "---", "...", "\n", "\n\n", "\r\n", "\r", "\t", "\x00", "\x02", "\x03", "\x1b", "\x85", "\ufeff",
    "\u200b", "\u200f", "\u2028", "\u2029", "\ufffe", "\uffff", "日本", "👍", "Topics: a, b", "said John Smith",
    "Officials in Berlin said", "title: x", "date: 2022-02-30",
]
CHARACTERS = st.characters(blacklist_categories=("Cs",))
FRAGMENT = st.one_of(CHARACTERS, st.sampled_from(TOKENS), st.text(alphabet=CHARACTERS, max_size=8))
LINE = st.lists(st.one_of(FRAGMENT, st.just(" "), st.sampled_from(["word", "Minister", "said", "."])), max_size=25).map(
    "".join
)
# A body paragraph opens with words, so that the build gets past ingest more often.
PARAGRAPH = st.builds(
    lambda opening, rest: opening + " " + rest,
    st.sampled_from(
        ["The minister said", "Officials in Berlin said on Tuesday that", "“We agree,” said Anna Berg,"]
    ),
    LINE,
)
# Either any text at all, or a title and paragraphs in the blank-line layout (which builds more often).
SEED_TEXT = st.one_of(
    st.lists(FRAGMENT, max_size=60).map("".join),
    st.builds(
        lambda title, paragraphs, front: front + title + "\n\n" + "\n\n".join(paragraphs) + "\n",
        LINE,
        st.lists(PARAGRAPH, min_size=1, max_size=6),
        st.sampled_from(["", "---\ntitle: x\n---\n", "---\nauthor: <b>\n---\n", "---\n"]),
    ),
)
FILE_NAME = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=30
).filter(lambda s: not s.startswith(".") and len((s + ".txt").encode("utf-8")) <= 255)


class SourcePage(HTMLParser):
    """The text of each source paragraph (`p.src-para`), without its number link."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: dict[str, str] = {}
        self._p: str | None = None
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "p" and "src-para" in (attrs.get("class") or "").split():
            self._p = attrs["id"]
            self.paragraphs[self._p] = ""

    def handle_endtag(self, tag):
        if tag == "p":
            self._p = None

    def handle_data(self, data):
        if self._p:
            self.paragraphs[self._p] += data


def _flat(text: str) -> str:
    return " ".join(text.split())


def _build(tmp: Path, name: str, text: str) -> dict | None:
    """Build one seed; the briefing as JSON, or None when the build refused the seed."""
    seeds = tmp / "seeds"
    seeds.mkdir()
    (seeds / name).write_bytes(text.encode("utf-8"))
    try:
        build(seeds, tmp / "docs", jobs=1, cache_dir=None)
    except BriefingError as err:
        assert str(err).strip(), "a BriefingError must say why"
        assert not (tmp / "docs").exists(), "a failed build must not leave a docs folder"
        assert sorted(p.name for p in tmp.iterdir()) == ["seeds"], "no temporary folder may be left"
        event(f"refused: {getattr(err, 'reason', 'other')}"[:60])
        return None
    event("built")
    return json.loads((tmp / "docs" / "briefing.json").read_text(encoding="utf-8"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(name=st.one_of(st.just("seed"), FILE_NAME), text=SEED_TEXT)
def test_any_seed_builds_or_fails_with_a_briefing_error(name, text):
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        briefing = _build(tmp, name + ".txt", text)
        if briefing is None:
            return
        (doc,) = briefing["documents"]
        assert doc["source"] == name + ".txt"
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", doc["id"])
        assert doc["paragraphs"] and all(p["text"].strip() for p in doc["paragraphs"])
        source_md = (tmp / "docs" / "sources" / f"{doc['id']}.md").read_text(encoding="utf-8")
        assert "<script" not in source_md.lower() and "{{" not in source_md and "--8<--" not in source_md


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=SEED_TEXT)
def test_a_built_seed_renders_strictly_and_shows_literally(text):
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        briefing = _build(tmp, "seed.txt", text)
        if briefing is None:
            return
        mkdocs_build(tmp / "docs", tmp / "site", strict=True)
        (doc,) = briefing["documents"]
        html = (tmp / "site" / "sources" / doc["id"] / "index.html").read_text(encoding="utf-8")
        page = SourcePage(html)
        for p in doc["paragraphs"]:
            shown = _flat(page.paragraphs[f"p{p['n']}"]).split(" ", 1)
            assert shown[0] == str(p["n"])
            assert (shown[1] if len(shown) > 1 else "") == _flat(normalize_text(p["text"])), p["n"]
        shutil.rmtree(tmp / "site")
