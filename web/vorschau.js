// The start screen only on a first visit (see index.html).
try {
  if (!["digitale-agenda.teile", "digitale-agenda"].some((k) => localStorage[k] != null)
    && !location.hash.startsWith("#teilen=")) {
    document.documentElement.classList.add("vorschau-start");
  }
} catch (_) {}
