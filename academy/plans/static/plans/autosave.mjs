// Saves the 100-day plan as the learner types, by posting the same form (with its CSRF token) in the background.
// Without JavaScript, "Save draft" does the same.
const form = document.querySelector("form.app-plan-form");
if (form) {
  const status = form.querySelector(".app-autosave-status");
  let timer = null;
  const save = async () => {
    const data = new FormData(form);
    data.set("autosave", "1");
    try {
      const response = await fetch(form.dataset.autosaveUrl, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" },
      });
      const body = await response.json();
      status.textContent = body.saved ? "Saved at " + body.at : body.message;
    } catch (error) {
      status.textContent = "Your plan could not be saved automatically. Use ‘Save draft’.";
    }
  };
  const later = (delay) => {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  };
  form.addEventListener("change", () => later(800));
  form.addEventListener("input", () => later(2500));
}
