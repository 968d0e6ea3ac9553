// `make bench` (tests/examples/browser_bench.rs runs it): the first visit on
// a slow line, measured by Lighthouse's default mobile profile (slow 4G,
// 4x CPU slowdown) against the release build in `dist/`, served as
// docs/deployment.md describes: the `.br` copy when the browser accepts
// brotli, wasm as application/wasm. Each run twice: with the throttling
// applied by Chromium ("devtools") and simulated from an unthrottled load
// (Lighthouse's default, "simulate"); the simulated way once more with the
// server behind a line of LINE_MBIT and LINE_LATENCY_MS ("simulate_line"),
// as a deployed town server is reached, since Lantern builds its estimate
// from the order in which the unthrottled load finished its requests.
// Prints one JSON object: for each way, every run and the run with the
// median Performance score. Nothing is asserted.
//
//   node bench/lighthouse.mjs <dist> <.tools/lighthouse> [runs]
"use strict";

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { pathToFileURL } from "node:url";

const [dist, tools, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg || 5);
const modules = join(tools, "node_modules");
const { default: lighthouse } = await import(pathToFileURL(join(modules, "lighthouse/core/index.js")));
const chromeLauncher = await import(pathToFileURL(join(modules, "chrome-launcher/dist/index.js")));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

/** The line of "simulate_line": 50 Mbit/s, 20 ms before each answer. */
const LINE_MBIT = 50;
const LINE_LATENCY_MS = 20;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `body` at LINE_MBIT after LINE_LATENCY_MS, in 16 KiB pieces. */
async function overLine(response, headers, body) {
  await sleep(LINE_LATENCY_MS);
  response.writeHead(200, headers);
  const piece = 16384;
  for (let i = 0; i < body.length; i += piece) {
    response.write(body.subarray(i, i + piece));
    await sleep((piece * 8) / (LINE_MBIT * 1000));
  }
  response.end();
}

/** A static server for `dist/` on 127.0.0.1 and a free port; `line`:
 * behind the line above. */
function serve(line) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const name = normalize(path.endsWith("/") ? path + "index.html" : path);
    if (name.includes("..")) {
      response.writeHead(400).end();
      return;
    }
    const file = join(dist, name);
    const headers = { "Content-Type": TYPES[extname(file)] || "application/octet-stream" };
    let body;
    try {
      if (/\bbr\b/.test(request.headers["accept-encoding"] || "")
          && (await stat(file + ".br")).isFile()) {
        body = await readFile(file + ".br");
        headers["Content-Encoding"] = "br";
      }
    } catch (_) {
      // No .br copy: the file itself.
    }
    try {
      body = body || await readFile(file);
    } catch (_) {
      response.writeHead(404).end();
      return;
    }
    if (line) {
      await overLine(response, headers, body);
    } else {
      response.writeHead(200, headers).end(body);
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const servers = [await serve(false), await serve(true)];
const address = (server) => `http://127.0.0.1:${server.address().port}/`;
const WAYS = [
  ["devtools", "devtools", address(servers[0])],
  ["simulate", "simulate", address(servers[0])],
  ["simulate_line", "simulate", address(servers[1])],
];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const runs = Object.fromEntries(WAYS.map(([way]) => [way, []]));
try {
  for (let i = 0; i < RUNS; i++) for (const [way, throttlingMethod, url] of WAYS) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      throttlingMethod,
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const { categories, audits } = result.lhr;
    const score = (c) => Math.round(categories[c].score * 100);
    runs[way].push({
      performance: score("performance"),
      accessibility: score("accessibility"),
      best_practices: score("best-practices"),
      seo: score("seo"),
      fcp_ms: audits["first-contentful-paint"].numericValue,
      lcp_ms: audits["largest-contentful-paint"].numericValue,
      tti_ms: audits["interactive"].numericValue,
      tbt_ms: audits["total-blocking-time"].numericValue,
      speed_index_ms: audits["speed-index"].numericValue,
      cls: audits["cumulative-layout-shift"].numericValue,
      transferred_bytes: audits["total-byte-weight"].numericValue,
      lcp_element: audits["lcp-breakdown-insight"]?.details?.items?.find((item) => item.type === "node")?.selector || "",
      failed: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode)
          && !["metrics"].includes(a.id))
        .map((a) => a.id),
      // The unthrottled load Lantern started from: when the largest paint
      // was seen and when the wasm had arrived.
      observed_lcp_ms: audits.metrics.details.items[0].observedLargestContentfulPaint,
      observed_wasm_ms: audits["network-requests"].details.items
        .find((r) => r.url.endsWith(".wasm"))?.networkEndTime,
      lighthouse: result.lhr.lighthouseVersion,
      user_agent: result.lhr.environment.hostUserAgent,
    });
  }
} finally {
  await chrome.kill();
  for (const server of servers) server.close();
}
const median = (list) => [...list]
  .sort((a, b) => a.performance - b.performance || a.lcp_ms - b.lcp_ms)[Math.floor(list.length / 2)];
console.log(JSON.stringify(Object.fromEntries(Object.entries(runs)
  .map(([method, list]) => [method, { runs: list, median: median(list) }]))));
