// Autosaves quiz answers as the learner works. Without JavaScript, "Save and continue" does the same.
const form = document.querySelector("form.app-attempt-form");
if (form) {
  const status = form.querySelector(".app-autosave-status");
  let timer = null;
  const save = async () => {
    const data = new FormData(form);
    try {
      const response = await fetch(form.dataset.autosaveUrl, { method: "POST", body: data, credentials: "same-origin" });
      const body = await response.json();
      if (body.closed) {
        status.textContent = body.message;
      } else {
        status.textContent = "Your answers were saved at " + new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }) + ".";
      }
    } catch (error) {
      status.textContent = "Your answers could not be saved automatically. Use 'Save and continue'.";
    }
  };
  form.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(save, 800);
  });
  // Long answers (essays) are saved while the learner types, a few seconds after they pause.
  form.addEventListener("input", (event) => {
    if (event.target.tagName !== "TEXTAREA") return;
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  });
}
