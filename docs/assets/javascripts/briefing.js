/* Briefing: small progressive enhancements; every page works without this file. One deferred
 * file on purpose (each script is a request; none holds the first paint back).
 *
 * Clicking a paragraph number (source pages) also copies the paragraph's deep link, so it
 * can be pasted into an e-mail or report; a polite live region announces it. The search
 * dialog gets an accessible name. Old deep links to entries that moved to a page of their own
 * (`timeline/#y2024`, `quotes/#<speaker>`, `sources/#topic-…`) go on to that page; without
 * JavaScript they still land on the entry, which links there.
 *
 * The "Copy" button of "Correct this" blocks: the blocks work (select and copy by hand)
 * without this file, which only reveals and runs the buttons. The YAML is the text of the
 * block's <code> element. It is copied with the Clipboard API where the page is a secure
 * context (https, localhost), else, or when the API refuses, by selecting it in a hidden text
 * area and `document.execCommand("copy")` (file:// pages and plain http). A polite live region
 * says whether it worked.
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

  function copyBySelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.setAttribute("aria-hidden", "true");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "0";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(area);
    return copied;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () {
          return true;
        },
        function () {
          return copyBySelection(text);
        }
      );
    }
    return Promise.resolve(copyBySelection(text));
  }

  function selectCode(code) {
    var range = document.createRange();
    range.selectNodeContents(code);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyCorrection(event) {
    var button = event.target.closest ? event.target.closest("button.bf-copy") : null;
    var block = button && button.closest("details.bf-correct");
    var code = block && block.querySelector("pre code");
    if (!code) {
      return;
    }
    copyText(code.textContent + "\n").then(function (copied) {
      button.focus();
      if (copied) {
        button.textContent = "Copied";
        announce("Copied the corrections.yaml lines");
      } else {
        selectCode(code);
        announce("Copying failed: the lines are selected, copy them with the keyboard");
      }
      window.setTimeout(function () {
        button.textContent = "Copy";
      }, 2000);
    });
  }

  document.addEventListener("click", copyLink);
  document.addEventListener("click", copyCorrection);
  window.addEventListener("hashchange", followMoved);
  followMoved();
  nameSearchDialog();
  Array.prototype.forEach.call(document.querySelectorAll("button.bf-copy[hidden]"), function (button) {
    button.hidden = false;
  });
})();
