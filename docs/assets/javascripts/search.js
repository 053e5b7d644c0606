/* Briefing: Pagefind search in Material's header (the hosted site; the offline copy keeps Material's).
 *
 * Pagefind (pagefind/pagefind.js, its index cut into small chunks) is loaded on the first use of
 * the search, not with the page. Results are drawn in Material's own search markup, with each
 * page's matching sections (Pagefind sub-results, by heading id) as deep links. Keys as in
 * Material: "/", "s" or "f" focus the search, Escape closes it, the arrow keys move through the
 * results and Enter opens the first one. Filters (page type, actor kind, publisher, year, the
 * documents naming an actor) are read from the index when the filter panel is first opened.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-bf-search]");
  var toggle = document.getElementById("__search");
  if (!root || !toggle) {
    return;
  }
  var input = root.querySelector("input.md-search__input");
  var form = root.querySelector("form");
  var meta = root.querySelector(".md-search-result__meta");
  var list = root.querySelector(".md-search-result__list");
  var panel = root.querySelector(".bf-search__filters");
  var active = root.querySelector(".bf-search__active");
  var controls = Array.prototype.slice.call(root.querySelectorAll("[data-filter]"));
  var bundle = new URL(root.getAttribute("data-bundle"), location.href);
  var PAGE = 10;
  var SECTIONS = 3;
  var pagefind = null;
  var shown = 0;
  var results = [];
  var generation = 0;

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", bundle).href).then(function (module) {
        var base = bundle.pathname.replace(/pagefind\/$/, "");
        return module.options({ baseUrl: base }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  function open() {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    load();
  }

  function close() {
    if (toggle.checked) {
      toggle.checked = false;
      toggle.dispatchEvent(new Event("change"));
    }
    input.blur();
  }

  /* Excerpts come as text with <mark> around the matches: rebuild them as nodes, never as HTML. */
  function excerpt(text) {
    var p = document.createElement("p");
    var scratch = document.createElement("textarea");
    text.split(/(<mark>|<\/mark>)/).reduce(function (marked, part) {
      if (part === "<mark>") { return true; }
      if (part === "</mark>") { return false; }
      scratch.innerHTML = part;  /* a textarea decodes entities and runs nothing */
      var node = document.createTextNode(scratch.value);
      if (marked) {
        var mark = document.createElement("mark");
        mark.appendChild(node);
        p.appendChild(mark);
      } else {
        p.appendChild(node);
      }
      return marked;
    }, false);
    return p;
  }

  function entry(url, heading, text, level, label) {
    var a = document.createElement("a");
    a.href = new URL(url, location.href).href;
    a.className = "md-search-result__link";
    a.tabIndex = -1;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    if (level === "h1") {
      var icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      article.appendChild(icon);
    }
    var h = document.createElement(level);
    h.textContent = heading;
    if (label) {
      var tag = document.createElement("span");
      tag.className = "bf-search__type";
      tag.textContent = label;
      h.appendChild(document.createTextNode(" "));
      h.appendChild(tag);
    }
    article.appendChild(h);
    article.appendChild(excerpt(text));
    a.appendChild(article);
    return a;
  }

  function label(filters) {
    var parts = [].concat(filters.type || [], filters.kind || []);
    return parts.join(" · ");
  }

  function render(data) {
    var item = document.createElement("li");
    item.className = "md-search-result__item bf-search__result";
    item.appendChild(entry(data.url, title, data.excerpt, "h1", label(data.filters || {})));
    var title = data.meta.title || data.url;
    var sections = (data.sub_results || []).filter(function (s) {
      return s.url.indexOf("#") > 0 && s.title !== title;  /* not the page's own heading again */
    });
    sections.slice(0, SECTIONS).forEach(function (s) {
      item.appendChild(entry(s.url, s.title, s.excerpt, "h2"));
    });
    if (sections.length > SECTIONS) {
      var more = document.createElement("details");
      more.className = "md-search-result__more";
      var summary = document.createElement("summary");
      summary.tabIndex = -1;
      summary.textContent = (sections.length - SECTIONS) + " more on this page";
      more.appendChild(summary);
      sections.slice(SECTIONS).forEach(function (s) {
        more.appendChild(entry(s.url, s.title, s.excerpt, "h2"));
      });
      item.appendChild(more);
    }
    return item;
  }

  function showMore(mine) {
    var next = results.slice(shown, shown + PAGE);
    shown += next.length;
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (pages) {
      if (mine !== generation) { return; }
      var old = list.querySelector(".bf-search__more");
      if (old) { old.remove(); }
      pages.forEach(function (data) { list.appendChild(render(data)); });
      if (shown < results.length) {
        var li = document.createElement("li");
        li.className = "bf-search__more";
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = "More results";
        button.addEventListener("click", function () { showMore(generation); });
        li.appendChild(button);
        list.appendChild(li);
      }
    });
  }

  function chosen() {
    var filters = {};
    controls.forEach(function (control) {
      if (control.value) { filters[control.getAttribute("data-filter")] = control.value; }
    });
    return filters;
  }

  function search() {
    var mine = ++generation;
    var query = input.value.trim();
    var filters = chosen();
    var count = Object.keys(filters).length;
    active.textContent = count ? " (" + count + ")" : "";
    if (!query && !count) {
      list.textContent = "";
      meta.textContent = "Type to start searching";
      return Promise.resolve();
    }
    return load().then(function (pf) {
      return pf.debouncedSearch(query || null, { filters: filters }, 150);
    }).then(function (found) {
      if (found === null || mine !== generation) { return; }
      results = found.results;
      shown = 0;
      list.textContent = "";
      meta.textContent = results.length === 0 ? "No matching documents"
        : results.length === 1 ? "1 matching document" : results.length + " matching documents";
      return showMore(mine);
    });
  }

  /* The filter panel: its choices come from the index (with counts) the first time it opens. */
  var filled = false;
  function fill() {
    if (filled) { return; }
    filled = true;
    load().then(function (pf) { return pf.filters(); }).then(function (all) {
      controls.forEach(function (control) {
        var values = all[control.getAttribute("data-filter")] || {};
        var target = control.list || control;
        Object.keys(values).sort().forEach(function (value) {
          var option = document.createElement("option");
          option.value = value;
          if (control.list) {
            option.label = values[value] === 1 ? "1 document" : values[value] + " documents";
          } else {
            option.textContent = value + " (" + values[value] + ")";
          }
          target.appendChild(option);
        });
      });
    });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function links() {
    return Array.prototype.filter.call(root.querySelectorAll("a.md-search-result__link"), function (a) {
      return a.offsetParent !== null;
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.metaKey || event.ctrlKey || event.altKey) { return; }
    if (!toggle.checked) {
      if ((event.key === "/" || event.key === "s" || event.key === "f") && !typing(document.activeElement)) {
        event.preventDefault();
        input.focus();
        input.select();
      }
      return;
    }
    var focusable = links();
    var at = focusable.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (document.activeElement !== input && at < 0) { return; }  /* a select or the actor field */
      event.preventDefault();
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) {
        input.focus();
      } else if (next < focusable.length) {
        focusable[next].focus();
      }
    } else if (event.key === "Enter" && document.activeElement === input) {
      event.preventDefault();
      if (focusable.length) { focusable[0].click(); }
    }
  });

  input.addEventListener("focus", open);
  input.addEventListener("input", search);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { search(); input.focus(); }, 0);
  });
  controls.forEach(function (control) {
    control.addEventListener("change", search);
  });
  panel.addEventListener("toggle", function () {
    if (panel.open) { fill(); }
  });
  toggle.addEventListener("change", function () {
    if (toggle.checked && document.activeElement !== input) { input.focus(); }
  });
})();
