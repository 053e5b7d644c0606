"""MkDocs hook: what only the offline copy needs stays out of the hosted site.

Files under `assets/<kind>/offline/` (the `file://` worker shim,
`assets/javascripts/offline/iframe-worker.js`, which `briefing site --offline` lists as a
polyfill) are published only when Material's `offline` plugin is on. The hosted site neither
loads nor carries them.
"""
from __future__ import annotations

import re

OFFLINE_ONLY = re.compile(r"^assets/[^/]+/offline/")


def offline_build(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


def on_files(files, config):
    """Leave the offline-only files out unless this is the offline copy."""
    if not offline_build(config):
        for file in [f for f in files if OFFLINE_ONLY.match(f.src_uri)]:
            files.remove(file)
    return files
