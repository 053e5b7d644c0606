"""Extraction: the extractors, one module per kind of record, wired by `document.extract_document`.

The package imports nothing itself, so `name_keys` (used by merge) loads without spaCy.
"""
