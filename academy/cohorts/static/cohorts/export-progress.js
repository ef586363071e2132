// Polls an export's status and reloads the page when it is ready or has failed. Without JavaScript, the page
// offers a refresh link instead.
(function () {
  "use strict";
  var box = document.getElementById("export-status");
  if (!box || box.getAttribute("data-poll") !== "true") return;
  var url = box.getAttribute("data-status-url");
  var text = document.getElementById("export-progress-text");
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.finished) { window.location.reload(); return; }
        if (text && state.status === "running") {
          text.textContent = "Your export is being prepared: " + state.rows_done + " of " + state.rows_total +
            " learners (" + state.percent + "%).";
        }
        window.setTimeout(poll, 2000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1500);
})();
