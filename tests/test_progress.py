"""The terminal progress display: drawn on a terminal, silent otherwise."""
from __future__ import annotations

import io

from briefing.progress import Progress


def test_a_disabled_display_writes_nothing():
    out = io.StringIO()
    progress = Progress(out)  # a StringIO is not a terminal
    progress.start("extract", total=3)
    progress.advance("extract")
    progress.finish("extract")
    assert out.getvalue() == ""


def test_an_enabled_display_shows_counts_and_the_stage_time():
    out = io.StringIO()
    progress = Progress(out, enabled=True, width=10)
    progress.start("extract", total=4)
    progress.advance("extract", 2)
    assert "[#####.....] 2/4" in out.getvalue()
    progress.finish("extract")
    assert out.getvalue().rstrip().splitlines()[-1].split("\r")[-1].startswith("extract  2/4 in ")
