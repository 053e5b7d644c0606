"""`briefing serve`: the built site over HTTP, text gzip-compressed when the browser accepts it."""
from __future__ import annotations

import gzip
import threading
import urllib.request

import pytest

from briefing.serve import make_server


@pytest.fixture
def served(tmp_path):
    (tmp_path / "index.html").write_text("<p>home</p>" * 50, encoding="utf-8")
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "x.pf_index").write_bytes(b"\x1f\x8b binary")
    server = make_server(tmp_path, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def get(url: str, gzip_ok: bool):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    return urllib.request.urlopen(request)


def test_text_is_compressed_when_accepted(served):
    response = get(served + "/", gzip_ok=True)
    assert response.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.read()) == b"<p>home</p>" * 50


@pytest.mark.parametrize("path, gzip_ok", [("/", False), ("/pagefind/x.pf_index", True)])
def test_served_as_is_otherwise(served, path, gzip_ok):
    response = get(served + path, gzip_ok)
    assert response.headers["Content-Encoding"] is None
    assert response.read()


def test_missing_files_are_404(served):
    with pytest.raises(urllib.error.HTTPError) as err:
        get(served + "/nope.html", gzip_ok=True)
    assert err.value.code == 404
