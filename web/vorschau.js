// The start screen only on a first visit; a message if the app cannot
// load (see index.html).
try {
  if (!["digitale-agenda.teile", "digitale-agenda"].some((k) => localStorage[k] != null)
    && !location.hash.startsWith("#teilen=")) {
    document.documentElement.classList.add("vorschau-start");
  }
} catch (_) {}
const failed = (e) => {
  const [loading, alert] = document.querySelectorAll(".vorschau-status");
  if (alert && (!e.target || e.target === window || e.target.tagName === "SCRIPT")) {
    loading.hidden = true;
    alert.hidden = false;
  }
};
addEventListener("error", failed, true);
addEventListener("unhandledrejection", failed);
