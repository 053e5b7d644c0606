"""The hook that keeps the offline copy's own files (the file:// worker shim) out of the hosted site."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.structure.files import File, Files

from briefing.mkdocs_offline import on_files


def _config(*, offline: bool | None) -> SimpleNamespace:
    plugins = {} if offline is None else {"material/offline": SimpleNamespace(config=SimpleNamespace(enabled=offline))}
    return SimpleNamespace(plugins=plugins)


def _files(tmp_path, *paths: str) -> Files:
    return Files([File(path, str(tmp_path), str(tmp_path / "site"), use_directory_urls=True) for path in paths])


PATHS = (
    "assets/javascripts/offline/iframe-worker.js",
    "assets/stylesheets/offline/print.css",
    "assets/javascripts/briefing.js",
    "assets/javascripts/offline.js",
    "offline/index.md",
    "sources/offline/index.md",
)


@pytest.mark.parametrize(
    "offline, kept",
    [
        (True, set(PATHS)),
        (False, set(PATHS[2:])),
        (None, set(PATHS[2:])),
    ],
)
def test_offline_only_files_are_published_in_the_offline_copy_only(tmp_path, offline, kept):
    files = on_files(_files(tmp_path, *PATHS), _config(offline=offline))
    assert {f.src_uri for f in files} == kept
