"""axe-core on the key pages: no violation of impact "serious" or "critical".

axe-core comes from node_modules/ (`npm ci`, pinned in package-lock.json; `make test` installs it)
and is injected as an inline script, so the check itself requests nothing from anywhere.
"""
from __future__ import annotations

import pytest

from .helpers import AXE, main_pages, quoted_paragraph

pytestmark = pytest.mark.browser

BLOCKING = ("serious", "critical")

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary})),
  }));
}"""


def report(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} elements) {v['url']}")
        for node in v["nodes"][:5]:
            summary = " ".join(node["summary"].split())[:300]
            lines.append(f"    {node['target']}\n        {summary}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` (or `make test`) to install axe-core.", pytrace=False)
    return str(AXE)


@pytest.mark.parametrize(
    "name, scheme",
    [
        ("home", "light"),
        ("actor", "light"),
        ("timeline", "light"),
        ("source-paragraph", "light"),
        ("home", "dark"),
        ("source-paragraph", "dark"),
    ],
)
def test_no_serious_accessibility_violations(open_page, site_url, catalog, axe_source, name, scheme):
    page = open_page((site_url + "/", "data:", "blob:"), color_scheme=scheme)
    # the source page opened at a quoted paragraph: link, quote and target tints all at once
    path = quoted_paragraph(catalog) if name == "source-paragraph" else main_pages(catalog)[name]
    page.goto(site_url + path)
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    page.add_script_tag(path=axe_source)
    violations = page.evaluate(RUN_AXE)
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, f"axe-core on {path} ({scheme}):\n{report(blocking)}"
