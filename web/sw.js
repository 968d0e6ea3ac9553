// Service worker of the Digitale Agenda: keeps the app itself (index.html,
// script, WebAssembly, styles, icons) in the Cache Storage so that a page
// opened once opens again with no network at all.
//
// What it never does: cache, read or change the agenda. The agenda lives in
// the page's localStorage, which a service worker cannot reach, and no
// request but a GET of one of the files below is answered from here.
//
// Versions: `tools/finish-dist` (run by trunk after every build) writes
// the list of files and a version derived from their contents into the
// copy of this file in dist/. A new deployment therefore changes this file,
// the browser installs the new worker next to the old one, and the new
// worker waits: the page says that a new version is there and reloads only
// when the user asks for it (message "skip-waiting").

const VERSION = "dev";
const FILES = [];

const PREFIX = "digitale-agenda-";
const CACHE = PREFIX + VERSION;
// The app's start page under the worker's scope ("./" works on a sub-path).
const START = new URL("./", self.registration.scope).href;
const OWN = new Set(FILES.map((file) => new URL(file, self.registration.scope).href));

self.addEventListener("install", (event) => {
  // Straight from the server: "no-store" neither reads nor writes the
  // browser's HTTP cache, so the copy kept is what is deployed now, and the
  // worker never waits on a page request for the same file.
  const fresh = FILES.map((file) => new Request(file, { cache: "no-store" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  url.hash = "";
  if (request.mode === "navigate" && url.href.startsWith(START)) {
    // Every page of the app is the one index.html (addresses may carry a
    // query or a fragment); the network answers only if the cache lost it.
    event.respondWith(
      caches.match(START, { cacheName: CACHE }).then((hit) => hit || fetch(request)),
    );
    return;
  }
  url.search = "";
  if (OWN.has(url.href)) {
    event.respondWith(
      caches.match(url.href, { cacheName: CACHE }).then((hit) => hit || fetch(request)),
    );
  }
});
