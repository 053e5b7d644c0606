""""Correct this" in Chromium: the block opens from the keyboard, and its button copies exactly the
lines render offers, with the Clipboard API or, without it, by selection and `execCommand`; the
page asks nothing of any other host (the `open_page` fixture fails the test otherwise)."""
from __future__ import annotations

from briefing.corrections.snippets import actor_snippet, quote_snippet

from .helpers import most_mentioned, page_path

ORIGIN_ONLY = ("data:", "blob:")


def _actor_page(open_page, site_url, catalog, **options):
    actor = most_mentioned(catalog.actors, "person").record
    page = open_page((site_url + "/", *ORIGIN_ONLY), **options)
    page.goto(site_url + page_path(f"actors/{catalog.actors[actor.id].page}.md"))
    return page, actor


def test_the_copy_button_copies_the_exact_lines(open_page, site_url, catalog):
    page, actor = _actor_page(open_page, site_url, catalog, permissions=["clipboard-read", "clipboard-write"])
    block = page.locator("details.bf-correct").first
    assert block.get_attribute("open") is None
    block.locator("summary").click()
    button = block.locator("button.bf-copy")
    assert button.is_visible() and button.get_attribute("aria-label") == f"Copy the corrections.yaml lines for {actor.name}"
    button.click()
    page.wait_for_function("document.querySelector('details.bf-correct button.bf-copy').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == actor_snippet(actor) + "\n"
    assert page.locator("#bf-live").text_content() == "Copied the corrections.yaml lines"


def test_without_the_clipboard_api_the_lines_are_copied_by_selection(open_page, site_url, catalog):
    """As on a file:// page or plain http: `execCommand('copy')` copies what is selected."""
    page = open_page((site_url + "/", *ORIGIN_ONLY))
    page.add_init_script(
        """Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});
           window.__copied = [];
           document.execCommand = (name) => {
             const field = document.activeElement;  // what a copy takes: the selection in the focused field
             const text = field && field.tagName === 'TEXTAREA'
               ? field.value.slice(field.selectionStart, field.selectionEnd) : String(window.getSelection());
             window.__copied.push([name, text]);
             return true;
           };"""
    )
    quote = next(q for q in catalog.briefing.quotes if q.speaker in catalog.actors)
    speaker = catalog.actors[quote.speaker]
    page.goto(site_url + page_path(speaker.url))
    block = page.locator(f"#{quote.id} + details.bf-correct")
    # Keyboard only: focus the summary, open it, then the button.
    block.locator("summary").focus()
    page.keyboard.press("Enter")
    assert block.get_attribute("open") is not None
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('bf-copy')")
    page.keyboard.press("Enter")
    page.wait_for_function("window.__copied.length === 1")
    assert page.evaluate("window.__copied") == [["copy", quote_snippet(quote, speaker.name) + "\n"]]
    assert page.evaluate("document.activeElement.classList.contains('bf-copy')")  # focus comes back


def test_a_refused_copy_leaves_the_lines_selected(open_page, site_url, catalog):
    page = open_page((site_url + "/", *ORIGIN_ONLY))
    page.add_init_script(
        """Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});
           document.execCommand = () => false;"""
    )
    program = min(catalog.programs.values(), key=lambda e: e.id)
    page.goto(site_url + page_path(program.url))
    block = page.locator("details.bf-correct").first
    block.locator("summary").click()
    block.locator("button.bf-copy").click()
    page.wait_for_function("String(window.getSelection()).length > 0")
    assert page.evaluate("String(window.getSelection())") == block.locator("pre code").text_content()
    assert "Copying failed" in page.locator("#bf-live").text_content()
