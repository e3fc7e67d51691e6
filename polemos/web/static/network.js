// Polemos actor network: drag a node to move it (the server lays the graph out; this only lets you adjust it).
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) { return; }
  var nodes = {}, edges = [], labels = {};
  svg.querySelectorAll(".node").forEach(function (el) {
    var m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform")) || [0, 0, 0];
    nodes[el.getAttribute("data-id")] = { el: el, x: +m[1], y: +m[2] };
  });
  svg.querySelectorAll("text.label").forEach(function (el) { labels[el.getAttribute("data-for")] = el; });
  svg.querySelectorAll(".edge").forEach(function (el) {
    var s = nodes[el.getAttribute("data-source")], t = nodes[el.getAttribute("data-target")];
    if (s && t) { edges.push({ s: s, t: t, el: el }); }
  });
  function point(evt) {
    var p = svg.createSVGPoint(); p.x = evt.clientX; p.y = evt.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  var dragging = null;
  Object.keys(nodes).forEach(function (id) {
    var n = nodes[id];
    n.el.addEventListener("pointerdown", function (evt) { dragging = { id: id, n: n }; evt.preventDefault(); });
  });
  svg.addEventListener("pointermove", function (evt) {
    if (!dragging) { return; }
    var p = point(evt), n = dragging.n, dx = p.x - n.x, dy = p.y - n.y;
    n.x = p.x; n.y = p.y;
    n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")");
    var label = labels[dragging.id];
    if (label) {
      label.setAttribute("x", (+label.getAttribute("x") + dx).toFixed(1));
      label.setAttribute("y", (+label.getAttribute("y") + dy).toFixed(1));
    }
    edges.forEach(function (e) {
      if (e.s === n) { e.el.setAttribute("x1", n.x.toFixed(1)); e.el.setAttribute("y1", n.y.toFixed(1)); }
      if (e.t === n) { e.el.setAttribute("x2", n.x.toFixed(1)); e.el.setAttribute("y2", n.y.toFixed(1)); }
    });
  });
  window.addEventListener("pointerup", function () { dragging = null; });
  svg.setAttribute("data-ready", "1");
})();
