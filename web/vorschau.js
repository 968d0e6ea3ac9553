// Runs right after index.html's first screen is parsed and before it is
// painted with its start screen (no inline script under the CSP). The start
// screen is only what the app shows on a first visit: with an agenda
// stored, or a share link opened, the app shows other things, so only
// "wird geladen" is painted until it arrives.
"use strict";
try {
  const stored = ["digitale-agenda.teile", "digitale-agenda"]
    .some((key) => localStorage.getItem(key) !== null);
  if (!stored && !location.hash.startsWith("#teilen=")) {
    document.documentElement.classList.add("vorschau-start");
  }
} catch (_) {
  // No storage: the app says so itself.
}
