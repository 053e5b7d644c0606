"""The `briefing` MkDocs plugin: Pagefind search, and pages that did not change taken from the last build.

- `search: pagefind` (the default) runs Pagefind (the `pagefind[bin]` wheel's binary, nothing
  downloaded) over the built site in `on_post_build` and tells the theme (`extra.pagefind`) to
  put the Pagefind search in the header; `search: lunr` leaves Material's own search (used by the
  offline copy, as Pagefind cannot load its index over `file://`).
- With a manifest and a previous site (set by `briefing.site.mkdocs_build`), a page whose
  Markdown and site-wide inputs hash as in the manifest, and whose HTML in the previous site is
  still the very file recorded, is not rendered again: it is hard-linked into the new site. The
  build itself writes into a fresh folder, so the result is what a cold build writes.
  A Markdown file that is still the very file recorded (same inode, size and modification time:
  `briefing build` hard-links the pages that did not change) keeps its recorded hash without
  being read, so an unchanged page costs two `stat` calls (`source_key`).
- Pagefind reads lean copies of the pages (`briefing.pagefind_source`), not the site: a folder
  beside the manifest keeps them, so a page taken from the last build keeps its lean copy too.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import InclusionLevel

from .folders import fresh_beside, swap
from .pagefind_source import lean_page

log = logging.getLogger("mkdocs.plugins.briefing")
PAGEFIND_FOLDER = "pagefind"


class BriefingConfig(Config):
    search = config_options.Choice(("pagefind", "lunr"), default="pagefind")


def _identity(path: str) -> list[int]:
    info = os.stat(path)
    return [info.st_ino, info.st_size, info.st_mtime_ns]


def source_key(path: str, src_uri: str, recorded: list | None = None) -> tuple[str, list[int]]:
    """The hash of a page's name and Markdown, and the identity of its file (inode, size, mtime).

    `recorded` is `[hash, *identity]` from the last build: when the file is still that very file,
    the recorded hash is its hash, and the file is not read.
    """
    identity = _identity(path)
    if recorded and recorded[1:] == identity and isinstance(recorded[0], str):
        return recorded[0], identity
    with open(path, "rb") as source:
        return hashlib.sha256(src_uri.encode() + b"\0" + source.read()).hexdigest(), identity


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """See the module docstring. `manifest` and `previous_site` are set by `mkdocs_build`."""

    manifest: Path | None = None
    previous_site: Path | None = None

    def on_config(self, config):
        config.extra["pagefind"] = self.config.search == "pagefind"
        # Without `site_url` the sitemap lists no usable address: not worth a pass over every page.
        config.theme.static_templates.discard("sitemap.xml")
        self._site_key = self._key_of_site(config)
        self._old = self._load() if self.config.search == "pagefind" else {}
        self._reused: list = []
        return config

    def _key_of_site(self, config) -> str:
        """What every page's HTML depends on besides its own Markdown: configuration, theme, code."""
        digest = hashlib.sha256()
        digest.update(Path(config.config_file_path).read_bytes())
        for name in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions"):
            digest.update(f"{name}={version(name)}\0".encode())
        digest.update(Path(__file__).read_bytes())
        digest.update(json.dumps([config.use_directory_urls, self.config.search, sorted(config.extra.items(), key=str)],
                                 default=str).encode())
        custom = config.theme.custom_dir
        if custom:
            for path in sorted(Path(custom).rglob("*")):
                if path.is_file():
                    digest.update(path.relative_to(custom).as_posix().encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()

    def _load(self) -> dict:
        if not (self.manifest and self.previous_site and self.previous_site.is_dir()):
            return {}
        try:
            data = json.loads(self.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("site") != str(self.previous_site) or data.get("key") != self._site_key:
            return {}
        return data.get("pages") if isinstance(data.get("pages"), dict) else {}

    def on_files(self, files, config):
        """Leave out of the build the pages whose previous HTML can be taken over as it is.

        A manifest entry is `[hash of the Markdown, *identity of the HTML, *identity of the Markdown]`.
        """
        self._keys: dict[str, tuple[str, list[int]]] = {}
        if not self.manifest:
            return files
        previous_site = str(self.previous_site)
        for file in files.documentation_pages():
            entry = self._old.get(file.src_uri)
            entry = entry if isinstance(entry, list) and len(entry) == 7 else None
            key, source = self._keys[file.src_uri] = source_key(
                file.abs_src_path, file.src_uri, [entry[0], *entry[4:]] if entry else None
            )
            if entry is None or entry[0] != key:
                continue
            try:
                if _identity(os.path.join(previous_site, file.dest_uri)) == entry[1:4]:
                    file.inclusion = InclusionLevel.EXCLUDED
                    self._reused.append(file)
            except OSError:
                continue
        if self._reused:
            log.info(f"briefing: {len(self._reused)} unchanged pages taken from the previous build")
        return files

    def on_post_build(self, config):
        site = Path(config.site_dir)
        pages: dict[str, list] = {}
        for file in self._reused:
            target = os.path.join(site, file.dest_uri)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.link(os.path.join(self.previous_site, file.dest_uri), target)  # type: ignore[arg-type]
        for file in [*self._built, *self._reused]:
            key, source = self._keys.get(file.src_uri, ("", []))
            target = os.path.join(site, file.dest_uri)
            if source and os.path.isfile(target):
                pages[file.src_uri] = [key, *_identity(target), *source]
        if self.config.search == "pagefind":
            self._index(site)
        self._save(pages)

    def on_pre_build(self, config):
        self._built: list = []
        self._lean: dict[str, str | None] = {}

    def on_page_markdown(self, markdown, page, config, files):
        self._built.append(page.file)
        return markdown

    def on_post_page(self, output, page, config):
        if self.config.search == "pagefind":
            self._lean[page.file.dest_uri] = lean_page(output)
        return output

    def _index(self, site: Path) -> None:
        """Run Pagefind over lean copies of the pages, written into a fresh folder (a page taken
        from the last build links its copy from the last build's folder), then keep that folder."""
        previous = self._lean_folder()
        folder = fresh_beside(previous) if previous else Path(tempfile.mkdtemp(prefix="briefing-pagefind-"))
        try:
            for file in self._reused:
                if not _link(previous, folder, file.dest_uri):
                    self._lean[file.dest_uri] = lean_page((site / file.dest_uri).read_text(encoding="utf-8"))
            for dest_uri, lean in self._lean.items():
                if lean is not None:
                    _write(folder / dest_uri, lean)
            if not any(folder.iterdir()):
                shutil.copytree(site, folder, dirs_exist_ok=True)  # no page marks a body: Pagefind reads them whole
            run_pagefind(site, folder)
            if previous:
                swap(folder, previous)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _lean_folder(self) -> Path | None:
        """Where the lean copies are kept between builds: beside the manifest (None without one)."""
        return self.manifest.with_suffix(".pagefind") if self.manifest and self.previous_site else None

    def _save(self, pages: dict[str, list]) -> None:
        """Store the manifest for the next build into the same place (a failure only costs time)."""
        if not (self.manifest and self.previous_site):
            return
        try:
            self.manifest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.manifest.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"site": str(self.previous_site), "key": self._site_key, "pages": pages}, out, sort_keys=True)
            os.replace(tmp, self.manifest)
        except OSError:
            pass


def _link(previous: Path | None, folder: Path, dest_uri: str) -> bool:
    """Hard-link the last build's lean copy of a page into `folder`; False if there is none."""
    if previous is None:
        return False
    target = folder / dest_uri
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(previous / dest_uri, target)
    except OSError:
        return False
    return True


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def run_pagefind(site: Path, pages: Path | None = None) -> None:
    """Index the built site with the Pagefind binary of the `pagefind[bin]` wheel (no download).

    `pages` is the folder Pagefind reads (lean copies of the site's pages, same paths); the index
    goes into the site's `pagefind/` folder either way."""
    done = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(pages or site), "--output-path", str(site / PAGEFIND_FOLDER),
         "--exclude-selectors", ".headerlink", "--exclude-selectors", ".src-num", "--quiet"],
        capture_output=True, text=True,
    )
    if done.returncode:
        raise PluginError(f"pagefind failed on {site}: {(done.stderr or done.stdout).strip()[-2000:]}")
