// Polemos: actor-name autocompletion for the filter forms (the forms work without it).
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) { return; }
    var timer = null, last = "";
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) { return; }
      last = q;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (names) {
            list.textContent = "";
            names.forEach(function (name) { var o = document.createElement("option"); o.value = name; list.appendChild(o); });
            input.setAttribute("data-suggested", String(names.length));
          });
      }, 150);
    });
  });
})();
