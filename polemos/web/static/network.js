// Polemos actor network: a small force layout over the server-drawn SVG (which works without this script).
(function () {
  "use strict";
  var svg = document.getElementById("network");
  if (!svg) { return; }
  var vb = svg.viewBox.baseVal, W = vb.width, H = vb.height;
  var nodes = [], byId = {};
  svg.querySelectorAll(".node").forEach(function (el) {
    var m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform")) || [0, W / 2, H / 2];
    var n = { id: el.getAttribute("data-id"), el: el, x: +m[1], y: +m[2], vx: 0, vy: 0, fixed: false };
    nodes.push(n); byId[n.id] = n;
  });
  var edges = [];
  svg.querySelectorAll(".edge").forEach(function (el) {
    var s = byId[el.getAttribute("data-source")], t = byId[el.getAttribute("data-target")];
    if (s && t) { edges.push({ s: s, t: t, el: el, w: +el.getAttribute("data-weight") || 1 }); }
  });
  svg.setAttribute("data-layout", "force");

  function step(alpha) {
    var i, j, a, b, dx, dy, d2, d, f;
    for (i = 0; i < nodes.length; i++) {            // repulsion
      a = nodes[i];
      for (j = i + 1; j < nodes.length; j++) {
        b = nodes[j]; dx = b.x - a.x; dy = b.y - a.y; d2 = dx * dx + dy * dy + 0.01;
        f = 9000 * alpha / d2; d = Math.sqrt(d2);
        a.vx -= f * dx / d; a.vy -= f * dy / d; b.vx += f * dx / d; b.vy += f * dy / d;
      }
    }
    edges.forEach(function (e) {                    // springs
      dx = e.t.x - e.s.x; dy = e.t.y - e.s.y; d = Math.sqrt(dx * dx + dy * dy) || 1;
      f = (d - 170) * 0.03 * alpha * Math.min(e.w, 3);
      e.s.vx += f * dx / d; e.s.vy += f * dy / d; e.t.vx -= f * dx / d; e.t.vy -= f * dy / d;
    });
    nodes.forEach(function (n) {                    // gravity, damping, bounds
      n.vx += (W / 2 - n.x) * 0.004 * alpha; n.vy += (H / 2 - n.y) * 0.004 * alpha;
      if (!n.fixed) { n.x += n.vx; n.y += n.vy; }
      n.vx *= 0.6; n.vy *= 0.6;
      n.x = Math.max(20, Math.min(W - 120, n.x)); n.y = Math.max(20, Math.min(H - 20, n.y));
    });
  }

  function draw() {
    nodes.forEach(function (n) { n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")"); });
    edges.forEach(function (e) {
      e.el.setAttribute("x1", e.s.x.toFixed(1)); e.el.setAttribute("y1", e.s.y.toFixed(1));
      e.el.setAttribute("x2", e.t.x.toFixed(1)); e.el.setAttribute("y2", e.t.y.toFixed(1));
    });
  }

  var alpha = 1;
  function tick() {
    step(alpha); draw(); alpha *= 0.985;
    if (alpha > 0.02) { window.requestAnimationFrame(tick); } else { svg.setAttribute("data-settled", "1"); }
  }
  window.requestAnimationFrame(tick);

  function point(evt) {
    var p = svg.createSVGPoint(); p.x = evt.clientX; p.y = evt.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  var dragging = null, moved = false;
  nodes.forEach(function (n) {
    n.el.addEventListener("pointerdown", function (evt) { dragging = n; moved = false; n.fixed = true; evt.preventDefault(); });
    n.el.addEventListener("click", function (evt) { if (moved) { evt.preventDefault(); } });
  });
  svg.addEventListener("pointermove", function (evt) {
    if (!dragging) { return; }
    var p = point(evt); dragging.x = p.x; dragging.y = p.y; moved = true;
    if (alpha < 0.1) { alpha = 0.1; window.requestAnimationFrame(tick); } else { draw(); }
  });
  window.addEventListener("pointerup", function () { if (dragging) { dragging.fixed = false; dragging = null; } });
})();
