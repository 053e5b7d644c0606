"""The `briefing` MkDocs plugin's page keys: an unchanged Markdown file is known without reading it."""
from __future__ import annotations

import hashlib
import os

import pytest

from briefing.mkdocs_plugin import source_key


def hashed(src_uri: str, data: bytes) -> str:
    return hashlib.sha256(src_uri.encode() + b"\0" + data).hexdigest()


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "actors" / "a.md"
    path.parent.mkdir()
    path.write_bytes(b"# A\n")
    return str(path)


def test_the_key_hashes_the_name_and_the_bytes(page):
    key, identity = source_key(page, "actors/a.md")
    assert key == hashed("actors/a.md", b"# A\n")
    assert key != source_key(page, "actors/b.md")[0]
    info = os.stat(page)
    assert identity == [info.st_ino, info.st_size, info.st_mtime_ns]


def test_the_very_file_recorded_keeps_its_recorded_key_unread(page):
    _, identity = source_key(page, "actors/a.md")
    # The recorded key is taken as it is: the file is not read (a made-up key proves it).
    assert source_key(page, "actors/a.md", ["recorded", *identity]) == ("recorded", identity)


@pytest.mark.parametrize("change", ["edit in place", "new file, same bytes", "new file, other bytes"])
def test_another_file_or_an_edit_is_read_and_hashed_again(page, tmp_path, change):
    _, identity = source_key(page, "actors/a.md")
    data = b"# A\n" if change == "new file, same bytes" else b"# B, longer\n"
    if change == "edit in place":
        with open(page, "r+b") as f:
            f.write(data)
    else:
        os.unlink(page)
        other = tmp_path / "other.md"
        other.write_bytes(data)
        os.link(other, page)
    key, now = source_key(page, "actors/a.md", ["recorded", *identity])
    assert now != identity
    assert key == hashed("actors/a.md", data)


@pytest.mark.parametrize("recorded", [None, [], ["recorded"], ["recorded", 1, 2], [5, "x", "y", "z"]])
def test_a_damaged_record_means_reading_the_file(page, recorded):
    assert source_key(page, "actors/a.md", recorded)[0] == hashed("actors/a.md", b"# A\n")


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(OSError):
        source_key(str(tmp_path / "gone.md"), "gone.md")
