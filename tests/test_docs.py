"""The README documents every command and option of the CLI, and the two setup commands."""
from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from briefing.cli import _parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("command", sorted(_commands()))
def test_every_command_is_in_the_readme(command):
    assert f"briefing {command}" in README


@pytest.mark.parametrize(
    "command, option",
    [(name, opt) for name, sub in sorted(_commands().items()) for a in sub._actions for opt in a.option_strings
     if opt.startswith("--") and opt != "--help"],
)
def test_every_option_is_in_the_readme(command, option):
    assert option in README, f"{command} {option}"


@pytest.mark.parametrize("target", ["make serve", "make test"])
def test_the_two_commands_are_in_the_readme(target):
    assert target in README
