"""The relationship maps in Chromium: their links work, from a mouse and a keyboard, axe is clean
with the table alternative open, and nothing is requested outside the site."""
from __future__ import annotations

import pytest

from .helpers import AXE, main_pages, shot
from .test_accessibility import BLOCKING, RUN_AXE, report

pytestmark = pytest.mark.browser

MAP_LINKS = """() => [...document.querySelectorAll('svg.bf-map a')].map(a => new URL(a.getAttribute('href'), location.href).href)"""

# Every link of the map: the page answers 200 and holds the anchor the link points at.
CHECK_TARGETS = """async (urls) => {
  const problems = [];
  const pages = {};
  for (const url of urls) {
    const [path, fragment] = url.split('#');
    if (!(path in pages)) {
      const response = await fetch(path);
      pages[path] = response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : null;
    }
    if (!pages[path]) problems.push('missing page: ' + url);
    else if (fragment && !pages[path].getElementById(fragment)) problems.push('missing anchor: ' + url);
  }
  return problems;
}"""


@pytest.mark.parametrize("name", ["home", "actor"])
def test_every_link_of_the_map_leads_somewhere_real(page, site_url, catalog, name):
    page.goto(site_url + main_pages(catalog)[name])
    links = page.evaluate(MAP_LINKS)
    assert len(links) >= 10
    assert all(link.startswith(site_url + "/") for link in links)
    assert any("/actors/" in link and "#" not in link for link in links)
    assert any("#with-" in link for link in links)
    assert page.evaluate(CHECK_TARGETS, links) == []


def test_a_circle_opens_the_actor_page_and_a_line_its_shared_paragraphs(page, site_url, catalog):
    page.goto(site_url + "/")
    node = page.locator("svg.bf-map .bf-nodes a").first
    name = node.locator("title").text_content().split(" (")[0]
    node.click()
    page.wait_for_url("**/actors/**")
    assert page.locator("article h1").first.text_content().startswith(name)

    page.goto(site_url + "/")
    line = page.locator("svg.bf-map .bf-links a").first
    href = line.get_attribute("href")
    line.dispatch_event("click")  # lines are thin; a real click may land on a crossing line
    page.wait_for_url("**#with-*")
    target = page.locator(f"li#{href.split('#')[1]}")
    assert target.is_visible() and "shared paragraph" in target.text_content()
    assert target.locator("a[href*='#p']").count() >= 1


def test_the_map_is_reachable_and_visibly_focused_from_the_keyboard(page, site_url):
    page.goto(site_url + "/")
    page.locator("h2#map a.headerlink").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => { const a = document.activeElement;
                   const circle = a.querySelector('circle');
                   return {inMap: !!a.closest('svg.bf-map'), stroke: getComputedStyle(circle).strokeWidth,
                           href: a.getAttribute('href')}; }"""
    )
    assert focused["inMap"] and focused["stroke"] == "3px", focused
    page.keyboard.press("Enter")
    page.wait_for_url("**/actors/**")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_maps_and_their_tables_pass_axe(open_page, site_url, catalog, scheme):
    page = open_page((site_url + "/", "data:", "blob:"), color_scheme=scheme)
    for name in ("home", "actor"):
        page.goto(site_url + main_pages(catalog)[name])
        page.locator("details.bf-map-table summary").click()
        assert page.locator("details.bf-map-table table").is_visible()
        page.locator("figure.bf-figure").scroll_into_view_if_needed()
        shot(page.locator("figure.bf-figure"), f"map-{name}-{scheme}")
        page.add_script_tag(path=str(AXE))
        violations = [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING]
        assert not violations, f"axe-core on the {name} map ({scheme}):\n{report(violations)}"


def test_the_map_has_its_text_alternative(page, site_url):
    page.goto(site_url + "/")
    svg = page.locator("svg.bf-map")
    assert svg.get_attribute("aria-labelledby") == "bf-map-title"
    assert page.locator("#bf-map-title").text_content() and page.locator("#bf-map-desc").text_content()
    rows = page.locator("details.bf-map-table tbody tr").count()
    assert rows == page.locator("svg.bf-map .bf-links a").count() > 0


# Whether the browser skips drawing an element (content-visibility: auto, off screen).
DRAWN = "e => e.checkVisibility({contentVisibilityAuto: true})"


def test_a_map_below_the_fold_is_drawn_only_when_the_reader_gets_there(page, site_url, catalog):
    page.set_viewport_size({"width": 412, "height": 823})  # a phone, as Lighthouse's mobile run
    page.goto(site_url + main_pages(catalog)["actor"])
    svg = page.locator("figure.bf-figure svg.bf-map")
    assert svg.evaluate(DRAWN) is False  # skipped at load: no layout of its labels
    svg.scroll_into_view_if_needed()
    page.wait_for_function(f"() => ({DRAWN})(document.querySelector('figure.bf-figure svg.bf-map'))")
    assert svg.bounding_box()["height"] > 100
    node = svg.locator(".bf-nodes a:not([href='./'])").first  # a neighbour, not the actor itself
    name = node.locator("title").text_content().split(" (")[0]
    node.click()
    page.wait_for_url(lambda url: url.rstrip("/").endswith(node_path(name, catalog)))
    assert page.locator("article h1").first.text_content().startswith(name)


def node_path(name: str, catalog) -> str:
    """The site path of the actor page named `name` (directory URLs, no trailing slash)."""
    entity = next(e for e in catalog.actors.values() if e.name == name)
    return entity.url.removesuffix(".md")


def test_a_deep_link_to_the_related_actors_shows_the_map(page, site_url, catalog):
    page.set_viewport_size({"width": 412, "height": 823})
    page.goto(site_url + main_pages(catalog)["actor"] + "#related")
    svg = page.locator("figure.bf-figure svg.bf-map")
    page.wait_for_function(f"() => ({DRAWN})(document.querySelector('figure.bf-figure svg.bf-map'))")
    box = svg.bounding_box()
    assert box["y"] < 823 and box["height"] > 100
