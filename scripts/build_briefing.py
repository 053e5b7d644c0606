#!/usr/bin/env python3
"""The build script of the design card: `python scripts/build_briefing.py [--seeds DIR] [--docs DIR]`.

Same as `briefing build`; run it from the repository root.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["build", *sys.argv[1:]]))
