"""Reading the briefing: deep links, permalinks, evidence links, acronym tooltips, palette, print."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from briefing.model import ACTOR_KINDS
from briefing.render import abbreviation_definitions

from .helpers import (
    content_text, heading_text, in_viewport, last_quote, main_pages, most_mentioned, page_path, reading_text, shot,
    speaker_of,
)

pytestmark = pytest.mark.browser


def wait_in_viewport(page, locator, what: str) -> None:
    """The element's top ends up on screen, below the fixed header (scrolling may lag a frame)."""
    try:
        page.wait_for_function(
            """el => { const r = el.getBoundingClientRect();
                       const h = document.querySelector('.md-header');
                       const top = h ? h.getBoundingClientRect().bottom : 0;
                       return r.height > 0 && r.top >= top - 1 && r.top < innerHeight; }""",
            arg=locator.element_handle(),
            timeout=3000,
        )
    except PlaywrightTimeout:
        pass  # the assertion below says where it is
    where = in_viewport(locator)
    assert where["visible"], f"{what} is not in the viewport: {where}"


# --- Deep links -----------------------------------------------------------------------------


def deep_link(cat, name: str) -> str:
    """A site path with #fragment, far enough down its page that the browser has to scroll."""
    if name == "actors-kind":
        kinds = {e.record.kind for e in cat.actors.values()}
        last = [k for k in ACTOR_KINDS if k in kinds][-1]
        return page_path(f"actors/index.md#{last}")
    if name == "actor-section":
        return page_path(most_mentioned(cat.actors, "person").url + "#mentions")
    if name == "program-section":
        return page_path(most_mentioned(cat.programs).url + "#mentions")
    if name == "source-paragraph":
        document = cat.sorted_documents()[0]
        return page_path(f"{cat.doc_urls[document.id]}#p{max(p.n for p in document.paragraphs)}")
    raise ValueError(name)


@pytest.mark.parametrize("name", ["actors-kind", "actor-section", "program-section", "source-paragraph"])
def test_deep_link_shows_its_target_in_the_viewport(page, site_url, catalog, name):
    path = deep_link(catalog, name)
    page.goto(site_url + path)
    fragment = path.partition("#")[2]
    target = page.locator(f'[id="{fragment}"]')
    assert target.count() == 1, f"{path}: no element with id {fragment!r}"
    wait_in_viewport(page, target, f"{path}: #{fragment}")
    assert page.evaluate("document.querySelector(':target')?.id") == fragment


def moved_link(cat, name: str) -> tuple[str, str]:
    """(an old deep link, where it now leads): a year of the timeline, a speaker's quotes."""
    if name == "timeline-year":
        year = cat.timeline.parts[-1].key
        return page_path(f"timeline/index.md#y{year}"), page_path(f"timeline/{year}.md")
    speaker = speaker_of(cat, last_quote(cat))
    return page_path(f"quotes/index.md#{speaker.anchor}"), page_path(speaker.url)


@pytest.mark.parametrize("name", ["timeline-year", "quotes-speaker"])
def test_old_deep_links_lead_to_the_page_the_list_moved_to(page, open_page, site_url, catalog, name):
    old, new = moved_link(catalog, name)
    page.goto(site_url + old)
    page.wait_for_url(site_url + new)
    assert heading_text(page.locator("article h1").first)

    # Without JavaScript the old address still shows the entry, which links on.
    plain = open_page((site_url + "/", "data:", "blob:"), java_script_enabled=False)
    plain.goto(site_url + old)
    fragment = old.partition("#")[2]
    entry = plain.locator(f'[id="{fragment}"]')
    assert entry.is_visible(), f"{old}: the entry is not shown without JavaScript"
    href = entry.locator("a").first.get_attribute("href")
    assert plain.evaluate("h => new URL(h, location.href).pathname", href) == new


def test_every_heading_has_a_permalink(page, site_url, catalog):
    problems, headings = [], 0
    for name, path in main_pages(catalog).items():
        page.goto(site_url + path)
        found = page.eval_on_selector_all(
            "article.md-content__inner :is(h2, h3, h4, h5, h6)",
            """hs => hs.map(h => {
                 const a = h.querySelector(':scope > a.headerlink');
                 return {tag: h.tagName, id: h.id, text: h.textContent.trim().slice(0, 60),
                         href: a ? a.getAttribute('href') : null};
               })""",
        )
        headings += len(found)
        problems += [
            f"{path}: <{h['tag']}> {h['text']!r} (id={h['id']!r}) has permalink {h['href']!r}"
            for h in found
            if not h["id"] or h["href"] != f"#{h['id']}"
        ]
    assert headings > 20, f"only {headings} h2-h6 headings on the main pages"
    assert not problems, "headings without a working permalink:\n" + "\n".join(problems)


# --- Evidence links ---------------------------------------------------------------------------

def evidence_link(page, cat, kind: str):
    """On the current page, the evidence link of the last quote / event / mention."""
    if kind == "quote":
        anchor = last_quote(cat).id
    elif kind == "event":
        anchor = cat.event_anchors[id(last_event(cat))]
    else:
        return page.locator("article li a[href*='sources/'][href*='#p']").last
    item = page.locator(f'[id="{anchor}"]')
    assert item.count() == 1, f"no element with the {kind}'s id {anchor!r}"
    container = item.locator("xpath=ancestor-or-self::*[self::figure or self::blockquote or self::li][1]")
    return container.locator("a[href*='sources/']").last


def last_event(cat):
    return [e for part in cat.timeline.walk() for e in part.items][-1]


def evidence_page(cat, kind: str) -> str:
    """Where each kind is listed: the speaker's quotes, the last year of the timeline, an actor."""
    if kind == "quote":
        return page_path(speaker_of(cat, last_quote(cat)).url)
    if kind == "event":
        return page_path(cat.event_pages[id(last_event(cat))])
    return main_pages(cat)["actor"]


EVIDENCE = ["quote", "event", "mention"]

_STYLE = """el => { const s = getComputedStyle(el);
  return {background: s.backgroundColor, edge: s.borderLeftColor, outline: s.outlineStyle + ' ' + s.outlineColor}; }"""


@pytest.mark.parametrize("kind", list(EVIDENCE))
def test_evidence_link_opens_the_highlighted_paragraph(page, site_url, catalog, kind):
    page.goto(site_url + evidence_page(catalog, kind))
    link = evidence_link(page, catalog, kind)
    href = link.get_attribute("href")
    match = re.search(r"#(p(\d+))$", href or "")
    assert match, f"{kind} evidence link {href!r} does not point at a paragraph"
    link.click()
    page.wait_for_url(re.compile(rf"/sources/[^/]+/#{match.group(1)}$"))

    fragment, n = match.group(1), int(match.group(2))
    target = page.locator(f'[id="{fragment}"]')
    wait_in_viewport(page, target, f"paragraph {fragment} opened from a {kind}")
    other = page.locator(f'[id="p{1 if n != 1 else 2}"]')
    highlighted, plain = target.evaluate(_STYLE), other.evaluate(_STYLE)
    assert highlighted["background"] != plain["background"] or highlighted["outline"] != plain["outline"], (
        f"the paragraph a link points at looks like any other: {highlighted} vs {plain}"
    )
    assert highlighted["background"] not in ("rgba(0, 0, 0, 0)", "transparent")
    assert target.inner_text().strip(), f"paragraph {fragment} is empty"


# --- Acronyms ----------------------------------------------------------------------------------


def test_acronyms_explain_themselves_on_every_page(page, site_url, catalog):
    definitions = abbreviation_definitions(catalog)
    assert definitions, "the seed briefing defines no abbreviation"
    pages = dict(main_pages(catalog))
    for entity in catalog.actors.values():  # the actors an acronym names, and those who use them
        if set(entity.record.aliases) & set(definitions) or any(
            q.speaker == entity.id and set(re.findall(r"\w+", q.text)) & set(definitions) for q in catalog.briefing.quotes
        ):
            pages[entity.id] = page_path(entity.url)

    with_tooltips, problems = [], []
    for name, path in pages.items():
        page.goto(site_url + path)
        text = reading_text(page)  # abbreviations are marked in prose, not in the lines to copy
        abbrs = page.eval_on_selector_all("article abbr", "els => els.map(e => [e.textContent, e.title])")
        for abbreviation, expansion in definitions.items():
            uses = len(re.findall(rf"(?<!\w){re.escape(abbreviation)}(?!\w)", text))
            marked = [title for word, title in abbrs if word == abbreviation]
            if uses != len(marked) or any(title != expansion for title in marked):
                problems.append(f"{path}: {abbreviation!r} used {uses} times, marked {len(marked)}: {marked}")
        if not abbrs:
            continue
        first = page.locator("article abbr").first
        first.scroll_into_view_if_needed()
        first.hover()
        tooltip = page.locator(".md-tooltip2--active")
        tooltip.wait_for(state="visible", timeout=3000)
        if tooltip.inner_text().strip() != definitions[abbrs[0][0]]:
            problems.append(f"{path}: the tooltip of {abbrs[0][0]!r} says {tooltip.inner_text()!r}")
        with_tooltips.append(name)
        page.mouse.move(0, 0)

    assert not problems, "\n".join(problems)
    others = [name for name in with_tooltips if name != "glossary"]
    assert "glossary" in with_tooltips and len(others) >= 2, f"acronym tooltips only on {with_tooltips}"


# --- Palette -------------------------------------------------------------------------------------

SCHEME = "document.body.getAttribute('data-md-color-scheme')"


def test_light_dark_toggle_works_and_persists(page, site_url, catalog, open_page):
    pages = main_pages(catalog)
    page.goto(site_url + pages["home"])
    assert page.evaluate(SCHEME) == "default"
    page.locator("form[data-md-component='palette'] label:visible").click()
    page.wait_for_function(f"{SCHEME} === 'slate'")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background != "rgb(255, 255, 255)", "dark mode left the page white"

    page.locator(".md-tabs__link", has_text="Timeline").click()
    page.wait_for_url(f"**{pages['timeline']}")
    assert page.evaluate(SCHEME) == "slate", "dark mode was lost on the next page"
    page.goto(site_url + pages["source"])
    assert page.evaluate(SCHEME) == "slate", "dark mode was lost on a source page"

    page.locator("form[data-md-component='palette'] label:visible").click()
    page.wait_for_function(f"{SCHEME} === 'default'")
    page.goto(site_url + pages["glossary"])
    assert page.evaluate(SCHEME) == "default"


def test_dark_system_preference_is_followed(open_page, site_url, catalog):
    dark = open_page((site_url + "/", "data:", "blob:"), color_scheme="dark")
    dark.goto(site_url + main_pages(catalog)["home"])
    assert dark.evaluate(SCHEME) == "slate"


# --- Print ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["home", "source"])
def test_print_shows_the_content_without_site_chrome(page, site_url, catalog, name):
    page.goto(site_url + main_pages(catalog)[name])
    page.emulate_media(media="print")
    chrome = [".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer"]
    shown = [selector for selector in chrome if page.locator(selector).first.is_visible()]
    assert not shown, f"printing {name} still shows {shown}"
    article = page.locator("article.md-content__inner")
    assert article.is_visible()
    assert heading_text(article.locator("h1").first), "the printed page has no title"
    box = article.bounding_box()
    assert box and box["width"] > 400 and box["height"] > 200, f"printed content is squeezed: {box}"
    if name == "source":
        assert page.locator(".src-para").first.is_visible()
        assert not page.locator(".headerlink").first.is_visible()
    shot(page, f"print-{name}", full_page=False)
