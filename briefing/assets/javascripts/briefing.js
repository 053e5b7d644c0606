/* Briefing: small progressive enhancements; every page works without this file.
 *
 * Clicking a paragraph number (source pages) also copies the paragraph's deep link, so it
 * can be pasted into an e-mail or report; a polite live region announces it. The search
 * dialog gets an accessible name. Old deep links to entries that moved to a page of their own
 * (`timeline/#y2024`, `quotes/#<speaker>`, `sources/#topic-…`) go on to that page; without
 * JavaScript they still land on the entry, which links there.
 */
(function () {
  "use strict";

  function announce(message) {
    var region = document.getElementById("bf-live");
    if (!region) {
      region = document.createElement("div");
      region.id = "bf-live";
      region.className = "md-visually-hidden";
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    region.textContent = message;
  }

  function copyLink(event) {
    var link = event.target.closest("a.src-num");
    if (!link || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    navigator.clipboard.writeText(link.href).then(
      function () {
        announce("Link to paragraph " + link.textContent + " copied");
        link.setAttribute("data-copied", "");
        window.setTimeout(function () {
          link.removeAttribute("data-copied");
        }, 1500);
      },
      function () {
        /* Clipboard refused: the link still navigates, nothing else to do. */
      }
    );
  }

  /* Material's search dialog has no accessible name; give it one. */
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role='dialog']");
    if (dialog && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", "Search");
    }
  }

  function followMoved() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var link = target && target.classList.contains("bf-moved") && target.querySelector("a[href]");
    if (link && new URL(link.href).origin === location.origin) {
      location.replace(link.href);
    }
  }

  document.addEventListener("click", copyLink);
  window.addEventListener("hashchange", followMoved);
  followMoved();
  nameSearchDialog();
})();
