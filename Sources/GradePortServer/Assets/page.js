// GradePort's page script: uploads (one request per file, with progress), drag and drop,
// selectors that apply themselves, and choosing a diagnostic to light up its row.
// Served as a file: the page's Content-Security-Policy allows no inline script.
"use strict";

(function () {
  function phrase(key) {
    var template = document.getElementById("phrases");
    if (!template) return key;
    var node = template.content.querySelector('[data-key="' + key + '"]');
    return node ? node.textContent : key;
  }

  function messageOf(xhr) {
    try {
      var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var node = page.querySelector('[data-testid="message"]');
      if (node) return node.textContent;
    } catch (e) {}
    return phrase("failed") + " (" + xhr.status + ")";
  }

  var uploadCount = 0;

  // Shows where the server has got with an upload it is reading (GET /progress): the percentage of
  // the file the readers have taken, then "preparing" until the card is there.
  function showProgress(report, file, progress, status) {
    status.setAttribute("data-phase", report.phase);
    if (report.phase === "reading" && report.total > 0) {
      var percent = Math.min(100, Math.floor((report.done / report.total) * 100));
      progress.value = percent;
      status.setAttribute("data-percent", String(percent));
      status.textContent = phrase("reading") + ": " + file.name + " — " + percent + " %";
    } else if (report.phase === "preparing") {
      progress.removeAttribute("value");
      status.textContent = phrase("preparing") + ": " + file.name + " …";
    }
  }

  function uploadOne(file, progress, status) {
    return new Promise(function (resolve) {
      uploadCount += 1;
      var id = "u" + Date.now().toString(36) + "-" + uploadCount;
      var polling = null;
      var finished = false;
      function poll() {
        fetch("/progress?upload=" + id, { credentials: "same-origin", cache: "no-store" })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (report) {
            if (report && !finished) showProgress(report, file, progress, status);
          })
          .catch(function () {});
      }
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/upload?name=" + encodeURIComponent(file.name) + "&upload=" + id);
      xhr.setRequestHeader("Content-Type", "application/octet-stream");
      xhr.upload.onprogress = function (event) {
        if (event.lengthComputable) {
          progress.value = Math.round((event.loaded / event.total) * 100);
          if (event.loaded === event.total && !polling) {
            status.setAttribute("data-phase", "reading");
            status.textContent = phrase("reading") + ": " + file.name + " …";
            progress.value = 0;
            polling = setInterval(poll, 300);
          }
        }
      };
      function done(problem) {
        finished = true;
        if (polling) clearInterval(polling);
        progress.value = 100;
        resolve(problem);
      }
      xhr.onload = function () {
        done(xhr.status === 200 ? null : file.name + ": " + messageOf(xhr));
      };
      xhr.onerror = function () {
        done(file.name + ": " + phrase("failed"));
      };
      xhr.send(file);
    });
  }

  async function uploadAll(files) {
    var progress = document.getElementById("progress");
    var status = document.getElementById("upload-status");
    var problems = [];
    progress.hidden = false;
    for (var i = 0; i < files.length; i++) {
      progress.value = 0;
      status.textContent = phrase("uploading") + ": " + files[i].name + " (" + (i + 1) + "/" + files.length + ")";
      var problem = await uploadOne(files[i], progress, status);
      if (problem) problems.push(problem);
    }
    progress.hidden = true;
    if (problems.length) {
      status.textContent = problems.join(" · ");
      status.className = "problem";
      status.setAttribute("data-state", "failed");
      if (problems.length < files.length) setTimeout(function () { location.reload(); }, 4000);
    } else {
      status.setAttribute("data-phase", "done");
      status.textContent = phrase("preparingPage") + " …";
      location.reload();
    }
  }

  // A grading policy file (report --policy FILE): sent as it is; a refusal names file, line, column.
  function uploadPolicy(file) {
    var status = document.getElementById("policy-status");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/policy?name=" + encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.onload = function () {
      if (xhr.status === 200) {
        location.hash = "report";
        location.reload();
        return;
      }
      status.textContent = file.name + ": " + messageOf(xhr);
      status.className = "problem";
      status.setAttribute("data-state", "failed");
    };
    xhr.onerror = function () {
      status.textContent = file.name + ": " + phrase("failed");
      status.className = "problem";
      status.setAttribute("data-state", "failed");
    };
    xhr.send(file);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.documentElement.classList.add("js");
    var policyInput = document.getElementById("policy-upload");
    if (policyInput) {
      policyInput.addEventListener("change", function () {
        if (policyInput.files.length) uploadPolicy(policyInput.files[0]);
      });
    }
    var input = document.getElementById("upload");
    if (input) {
      input.addEventListener("change", function () {
        if (input.files.length) uploadAll(Array.prototype.slice.call(input.files));
      });
    }
    var zone = document.querySelector('[data-testid="dropzone"]');
    if (zone) {
      ["dragenter", "dragover"].forEach(function (name) {
        zone.addEventListener(name, function (event) {
          event.preventDefault();
          zone.classList.add("over");
        });
      });
      ["dragleave", "drop"].forEach(function (name) {
        zone.addEventListener(name, function (event) {
          event.preventDefault();
          zone.classList.remove("over");
        });
      });
      zone.addEventListener("drop", function (event) {
        var files = event.dataTransfer && event.dataTransfer.files;
        if (files && files.length) uploadAll(Array.prototype.slice.call(files));
      });
    }
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
    document.querySelectorAll('[data-testid="diagnostic"]').forEach(function (item) {
      function choose() {
        document.querySelectorAll(".chosen").forEach(function (node) { node.classList.remove("chosen"); });
        item.classList.add("chosen");
        var line = item.getAttribute("data-line");
        var source = item.getAttribute("data-source");
        if (!line) return;
        var selector = '[data-line="' + line + '"][data-source="' + source + '"]';
        var first = null;
        document.querySelectorAll('table[data-testid="preview"] ' + selector).forEach(function (node) {
          var row = node.tagName === "TR" ? node : node.closest("tr");
          row.classList.add("chosen");
          node.classList.add("chosen");
          if (!first) first = row;
        });
        if (first) first.scrollIntoView({ block: "nearest" });
      }
      item.addEventListener("click", choose);
      item.addEventListener("keydown", function (event) { if (event.key === "Enter") choose(); });
    });
  });
})();
