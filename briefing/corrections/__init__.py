"""The analyst's corrections (`corrections.yaml`), applied to the merged briefing before render.

`load` reads and checks the file (a malformed one stops the build naming file and line),
`schema` says what an entry may hold, `find` looks up what an entry names, `apply` makes the
changes and `report` says what each entry did; `snippets` writes the entries a page offers to
copy ("Correct this").
"""
from __future__ import annotations

from .apply import apply_corrections
from .load import CorrectionsError, corrections_for, default_path, load_corrections
from .report import Report
from .schema import Correction

__all__ = [
    "Correction", "CorrectionsError", "Report", "apply_corrections", "corrections_for", "default_path", "load_corrections",
]
