// dossier: Material for MkDocs' search box, searching with Pagefind (see builder/search.py).
//
// Used only when the build chose Pagefind (extra.dossier_search). Pagefind's bundle is in the
// site itself (pagefind/, written by the pagefind binary after the build); nothing is requested
// from another host. Its first search downloads pagefind.js, the WebAssembly, the metadata and
// only the index chunks and result fragments that query needs. Results are drawn in Material's
// own markup (.md-search-result__item), so the box looks and behaves as with Material's search.
//
// Pagefind fetch()es its files and is loaded as a module; Chromium refuses both from a page
// opened via file://, so from the file system the box says to serve the folder instead.
(function () {
  "use strict";

  var PAUSE = 80;                         // ms without a key before searching
  var RESULTS = 10;                       // results drawn at a time, as Material does; scrolling
                                          // to the end of the list draws the next ten

  // Ranking (https://pagefind.app/docs/ranking/), chosen on the sample dossier's search tests
  // (tests/test_search_browser.py) and checked on another story's:
  // - an actor page carries its title again in the metadata field names<N>, N its Material search
  //   boost rounded down (builder/search.py names_field); each field weighs 10 N, so a name ranks
  //   its actor's page first, the much-named actor ("United States (US)" for "US") above a rarely
  //   named one ("USSR"), as Material's `search: boost:` does;
  // - the title field weighs 0: Pagefind counts a hyphenated title word once per part
  //   ("ballistic-missile" matched "ballistic" two and a half times over), and the title is the
  //   page's h1 anyway, which the page text already weights (7, an actor's 10);
  // - pageLength 0.3 and termFrequency 0.5: long pages that name a thing often (an actor's own
  //   page, a claim many sources make) are not beaten by any short page that names it once.
  var MAX_BOOST_STEP = 40;                // builder/search.py MAX_BOOST_STEP
  var metaWeights = { title: 0 };
  for (var n = 1; n <= MAX_BOOST_STEP; n++) metaWeights["names" + n] = 10 * n;
  var RANKING = { pageLength: 0.3, termFrequency: 0.5, termSaturation: 1.4, metaWeights: metaWeights };

  var root = document.querySelector('.md-search[data-dossier-search="pagefind"]');
  if (!root) return;
  var form = root.querySelector("form");
  var input = root.querySelector("input.md-search__input");
  var scrollwrap = root.querySelector(".md-search__scrollwrap");
  var meta = root.querySelector(".md-search-result__meta");
  var list = root.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");

  var config = {};
  try { config = JSON.parse(document.getElementById("__config").textContent); } catch (e) { /* defaults */ }
  var t = config.translations || {};
  var base = new URL((config.base || ".").replace(/\/?$/, "/"), location.href);

  function say(text) { meta.textContent = text; }
  function count(n) {
    if (n === 0) return t["search.result.none"] || "No matching documents";
    if (n === 1) return t["search.result.one"] || "1 matching document";
    return (t["search.result.other"] || "# matching documents").replace("#", n);
  }
  function escape(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  var loading = null;
  function pagefind() {
    if (loading) return loading;
    if (location.protocol === "file:") {
      loading = Promise.reject(new Error("file"));
    } else {
      loading = import(new URL("pagefind/pagefind.js", base).href).then(function (pf) {
        return pf.options({
          baseUrl: base.pathname,
          excerptLength: 24,
          ranking: RANKING
        }).then(function () { return pf.init(); }).then(function () { return pf; });
      });
    }
    loading.catch(function () {});
    return loading;
  }

  function item(d) {
    var title = (d.meta && d.meta.title) || d.url;
    return '<li class="md-search-result__item"><a href="' + escape(d.url) + '" class="md-search-result__link"' +
      ' tabindex="-1"><article class="md-search-result__article md-typeset">' +
      '<div class="md-search-result__icon md-icon"></div><h1>' + escape(title) + "</h1>" +
      "<p>" + (d.excerpt || "") + "</p></article></a></li>";
  }

  var latest = 0, pending = [], drawing = false;
  function more(mine) {                   // draw the next RESULTS of the current query
    if (drawing || !pending.length) return Promise.resolve();
    drawing = true;
    var next = pending.splice(0, RESULTS);
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (data) {
      drawing = false;
      if (mine === latest) list.insertAdjacentHTML("beforeend", data.map(item).join(""));
    }, function () { drawing = false; });
  }

  function search() {
    var query = input.value.trim();
    var mine = ++latest;
    pending = [];
    if (!query) {
      list.innerHTML = "";
      say(t["search.result.placeholder"] || "Type to start searching");
      return;
    }
    pagefind().then(function (pf) {
      return pf.search(query).then(function (found) {
        if (mine !== latest) return;
        var results = (found && found.results) || [];
        return Promise.all(results.slice(0, RESULTS).map(function (r) { return r.data(); })).then(function (data) {
          if (mine !== latest) return;
          pending = results.slice(RESULTS);
          list.innerHTML = data.map(item).join("");
          say(count(results.length));
        });
      });
    }, function () {
      if (mine !== latest) return;
      list.innerHTML = "";
      say(location.protocol === "file:"
        ? "Search needs this site served over http, not opened as a file: run `python3 -m http.server` in its folder and open http://localhost:8000/"
        : "Search could not load (pagefind/ is missing from the site)");
    });
  }

  // Index chunks start loading at each key (preload); the search itself, and the result
  // fragments it fetches, wait until the reader pauses, so a fast typist's every prefix does not
  // download its own ten results.
  var timer = null;
  input.addEventListener("input", function () {
    var query = input.value.trim();
    if (query && location.protocol !== "file:") pagefind().then(function (pf) { pf.preload(query); }, function () {});
    clearTimeout(timer);
    timer = setTimeout(search, query ? PAUSE : 0);
  });
  scrollwrap.addEventListener("scroll", function () {
    if (scrollwrap.scrollTop + scrollwrap.clientHeight >= scrollwrap.scrollHeight - 100) more(latest);
  });
  input.addEventListener("focus", function () {
    if (toggle) toggle.checked = true;
    pagefind();                           // start loading while the reader types
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      if (toggle) toggle.checked = false;
      input.blur();
    } else if (event.key === "Enter") {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) location.href = first.href;
    }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(search, 0); });

  // Material's shortcuts for its search ("/", "s", "f"), which its own search would handle.
  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
    if (event.key === "/" || event.key === "s" || event.key === "f") {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
})();
