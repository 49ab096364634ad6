// On a narrow screen an actor's neighbourhood keeps its drawn size and scrolls sideways
// (docs/stylesheets/dossier.css); start it scrolled to the middle, where the actor is drawn.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".dossier-neighbourhood").forEach(function (figure) {
    var extra = figure.scrollWidth - figure.clientWidth;
    if (extra > 0) figure.scrollLeft = extra / 2;
  });
});
