// Tables inside <div class="dossier-sortable"> sort by a column when its heading is clicked
// (again: the other way). The page's own order (contested claims first) is the starting order.
// Plain script, no library: the site makes no request to another host.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".dossier-sortable table").forEach(function (table) {
    var body = table.tBodies[0];
    if (!body) return;
    table.querySelectorAll("thead th").forEach(function (th, column) {
      th.setAttribute("role", "button");
      th.setAttribute("tabindex", "0");
      th.title = "Sort by " + th.textContent.trim();
      var sort = function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
          return (up ? 1 : -1) * x.localeCompare(y, undefined, {numeric: true, sensitivity: "base"});
        });
        rows.forEach(function (row) { body.appendChild(row); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  });
});
