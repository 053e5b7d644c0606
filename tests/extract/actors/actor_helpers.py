"""Helpers for the actor tests: look actors up in a table."""
from __future__ import annotations


def names(table) -> dict[str, str]:
    """canonical name -> kind"""
    return {a.name: a.kind for a in table.actors}


def actor(table, name):
    """The actor `name` resolves to; fails with the table's names when there is none."""
    found = table.resolve(name)
    assert found is not None, f"{name!r} not among {names(table)}"
    return found
