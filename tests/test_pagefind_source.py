"""Lean copies for Pagefind: only what it indexes, and the very same index as the whole pages."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefing.pagefind_source import lean_page

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ada Vale - Briefing</title>
<link rel="stylesheet" href="x.css"><script>var big = "header script";</script>
<style>.a{}</style></head>
<body><header><nav class="md-nav">Navigation Overview Timeline Actors</nav></header>
<main><article class="md-content__inner">
<div data-pagefind-body>
<h1 id="ada-vale">Ada Vale</h1>
<div class="bf-facets" hidden data-pagefind-ignore>
<span data-pagefind-meta="title">Ada Vale</span>
<span data-pagefind-filter="type">actor</span>
</div>
<p>Ada Vale leads the harbour <em>pilot</em> program.</p>
<div data-pagefind-ignore="all"><div><p>Evidence repeated from the sources: lighthouse keeper.</p></div></div>
<h2 id="mentions">Mentions</h2>
<ul><li><a href="#">Source 1</a> <span data-pagefind-ignore>said the lighthouse keeper</span></li></ul>
</div>
</article></main>
<footer>Made with Material</footer><script src="bundle.js"></script></body></html>
"""


def test_the_lean_copy_keeps_what_pagefind_indexes():
    lean = lean_page(PAGE)
    assert lean.startswith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Ada Vale - Briefing</title>')
    for kept in ('data-pagefind-meta="title">Ada Vale', 'data-pagefind-filter="type">actor', "harbour <em>pilot</em>",
                 '<h2 id="mentions">', '<a href="#">Source 1</a>'):
        assert kept in lean


def test_the_lean_copy_drops_the_chrome_scripts_and_ignored_evidence():
    lean = lean_page(PAGE)
    for dropped in ("Navigation", "header script", "x.css", ".a{}", "Made with Material", "bundle.js", "lighthouse"):
        assert dropped not in lean
    assert lean.count("<div") == lean.count("</div>")


def test_a_page_without_a_body_element_has_no_lean_copy():
    assert lean_page(PAGE.replace(" data-pagefind-body", "")) is None


def test_an_unclosed_body_runs_to_the_end_of_the_page():
    lean = lean_page('<html lang="en"><head><title>T</title></head><body><div data-pagefind-body><p>kept text')
    assert "kept text" in lean


def _index(site: Path, out: Path) -> set[str]:
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(out), "--quiet"],
                   check=True, capture_output=True)
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.parent.name in ("fragment", "index")}


def test_pagefind_writes_the_same_fragments_and_words_from_lean_copies(tmp_path):
    site, lean = tmp_path / "site", tmp_path / "lean"
    for n in range(2):
        text = PAGE.replace("Ada Vale", f"Person {n}").replace("harbour", f"harbour{n}")
        for folder, html in ((site, text), (lean, lean_page(text))):
            (folder / f"p{n}").mkdir(parents=True)
            (folder / f"p{n}" / "index.html").write_text(html, encoding="utf-8")
    whole, lean_index = _index(site, tmp_path / "i1"), _index(lean, tmp_path / "i2")
    assert whole and whole == lean_index  # content-hashed file names: same fragments, same word chunks
