"""Serve a built site on this machine, text compressed as a web host would (`briefing serve`)."""
from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
from pathlib import Path

COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; HTML, CSS, JavaScript and JSON gzip-compressed when the browser accepts it."""

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants and os.path.isfile(path) and Path(path).suffix in COMPRESSED):
            return super().send_head()
        stat = os.stat(path)
        body = _compressed(path, stat.st_mtime_ns, stat.st_ino)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@functools.lru_cache(maxsize=512)
def _compressed(path: str, mtime_ns: int, inode: int) -> bytes:
    """The gzip form of a file as it is now (the key changes when the file does)."""
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


def make_server(site: Path, host: str = "127.0.0.1", port: int = 8000) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(SiteHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
