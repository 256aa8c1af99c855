// Frontier's small behaviours. No inline scripts anywhere: the CSP forbids them.
(function () {
  "use strict";
  // htmx requests carry the CSRF token from the page's meta tag.
  document.addEventListener("htmx:configRequest", function (evt) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) { evt.detail.headers["X-CSRF-Token"] = meta.content; }
  });
  // Close open <details> menus when clicking elsewhere.
  document.addEventListener("click", function (evt) {
    document.querySelectorAll("details.user-menu[open], details.ws-switcher[open]").forEach(function (d) {
      if (!d.contains(evt.target)) { d.removeAttribute("open"); }
    });
  });
  // Buttons with data-copy copy the text of the element it names.
  document.addEventListener("click", function (evt) {
    var btn = evt.target.closest("[data-copy]");
    if (!btn) { return; }
    var src = document.querySelector(btn.getAttribute("data-copy"));
    if (!src || !navigator.clipboard) { return; }
    navigator.clipboard.writeText(src.innerText).then(function () {
      var done = btn.getAttribute("data-copied");
      if (done) { var old = btn.textContent; btn.textContent = done; setTimeout(function () { btn.textContent = old; }, 1500); }
    });
  });
})();
