// Hack: a dotted acronym typed into the search box ("U.S.", "u.k.") becomes its dotless form
// ("US"), and a possessive loses its "'s" ("Iran's" -> "Iran"), before Material for MkDocs reads
// the query. Material adds a trailing wildcard to every term and splits terms on the search
// separator, so "U.S." would be searched as "u* s*" and "Iran's" as "iran* s*", and "s*" matches
// nearly every page; actor pages carry the dotless acronym in their title (see
// builder/render/page.py `acronym`). Listening in the capture phase runs before the theme's own
// listener on the input. https://squidfunk.github.io/mkdocs-material/plugins/search/
document.addEventListener("input", function (event) {
  var input = event.target;
  if (!input || !input.matches || !input.matches("input.md-search__input")) return;
  var value = input.value.replace(/(^|[^A-Za-z.])((?:[A-Za-z]\.){2,})(?![A-Za-z])/g, function (_, before, acronym) {
    return before + acronym.replace(/\./g, "");
  });
  value = value.replace(/([A-Za-z\u00C0-\u024F])['\u2019\u02BC][sS](?![A-Za-z])/g, "$1");
  if (value !== input.value) input.value = value;
}, true);
