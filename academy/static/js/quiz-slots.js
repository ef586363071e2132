// Quiz editor: show each question slot's fields for its kind only (a fixed question, or random questions from a
// category). Without JavaScript every field shows and the server refuses fields that do not apply to the kind.
(function () {
  "use strict";

  var FIELDS = { fixed: ["question"], random: ["category", "count"] };
  var ALL = ["question", "category", "count"];

  function wrapper(prefix, name) {
    var field = document.getElementById("id_" + prefix + "-" + name);
    return field && field.closest(".w-panel__wrapper");  // the field with its label
  }

  function apply(kindSelect) {
    var prefix = kindSelect.id.replace(/^id_/, "").replace(/-kind$/, "");
    var shown = FIELDS[kindSelect.value] || ALL;
    ALL.forEach(function (name) {
      var element = wrapper(prefix, name);
      if (element) {
        element.hidden = shown.indexOf(name) === -1;
      }
    });
  }

  function applyAll() {
    document.querySelectorAll("select[id^='id_slots-'][id$='-kind']").forEach(apply);
  }

  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("select[id^='id_slots-'][id$='-kind']")) {
      apply(event.target);
    }
  });
  document.addEventListener("w-formset:added", applyAll);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", applyAll);
  } else {
    applyAll();
  }
})();
