// Polemos ingest: send the form in the background and show the job's progress (the form also works without this).
(function () {
  "use strict";
  var form = document.getElementById("ingest-form"), box = document.getElementById("ingest-status");
  if (!form || !box) { return; }

  function show(lines, state, added) {
    box.hidden = false;
    box.textContent = "";
    var tag = document.createElement("span");
    tag.className = "tag s-" + state; tag.textContent = state;
    box.appendChild(tag);
    lines.forEach(function (line) {
      var p = document.createElement("p"); p.textContent = line; box.appendChild(p);
    });
    if (added && added.length) {
      var p = document.createElement("p"); p.textContent = "Read: ";
      added.forEach(function (docId) {
        var a = document.createElement("a");
        a.href = "/documents/" + encodeURIComponent(docId); a.textContent = docId;
        p.appendChild(a); p.appendChild(document.createTextNode(" "));
      });
      box.appendChild(p);
    }
  }

  var token = "";
  function poll(id) {
    fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json", "X-Polemos-Token": token } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        var lines = ["Inputs: " + job.inputs.join(", "), "Processed: " + job.done.length + " document(s)"];
        if (job.summary) { lines.push(job.summary); }
        if (job.failed.length) { lines.push("Failed: " + job.failed.join("; ")); }
        show(lines, job.status, job.added);
        if (job.status === "queued" || job.status === "running") { window.setTimeout(function () { poll(id); }, 800); }
        else { box.setAttribute("data-finished", job.status); }
      })
      .catch(function (err) { show(["Lost contact with the server: " + err], "failed"); });
  }

  form.addEventListener("submit", function (evt) {
    evt.preventDefault();
    show(["Uploading…"], "queued");
    var data = new FormData(form);
    token = String(data.get("token") || "");
    data.delete("token");                    // the token goes in a header, checked before the upload is read
    fetch("/api/ingest", { method: "POST", body: data, headers: { Accept: "application/json", "X-Polemos-Token": token } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) { show([res.body.error ? res.body.error.message : "refused"], "failed"); return; }
        poll(res.body.id);
      })
      .catch(function (err) { show(["Upload failed: " + err], "failed"); });
  });
})();
