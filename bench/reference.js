// Hand-written reference for `make bench`: no framework, no build step.
// Loads the agenda as the app stored it before issue 28, as one JSON value
// (under its own key "digitale-agenda-referenz", which the benchmark fills),
// renders the project list with the markup of the app's "Projekte" view
// (title, status badge, lead, progress bar, Steckbrief button), and offers
// the same edit the benchmark makes in the app (the Leitbild, saved at once).
"use strict";

const KEY = "digitale-agenda-referenz";
const STATUS = {
  idea: "Idee", planned: "geplant", in_progress: "in Umsetzung",
  completed: "abgeschlossen", paused: "pausiert", discarded: "verworfen",
};

let stored = null;

function progress(project) {
  const sheet = project.sheet || {};
  if (typeof project.progress_override === "number") return project.progress_override;
  const milestones = project.milestones || [];
  if (project.status === "completed") return 100;
  if (milestones.length === 0) return 0;
  return (100 * milestones.filter((m) => m.done).length) / milestones.length;
}

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderProjects() {
  const agenda = stored.agenda;
  const names = new Map(agenda.departments.map((d) => [d.id, d.name]));
  const section = document.getElementById("projects");
  const fragment = document.createDocumentFragment();
  for (const p of agenda.projects) {
    const id = p.id;
    const article = el("article", {
      class: "project", id: `project-${id}`, tabindex: "-1",
      "aria-labelledby": `project-${id}-heading`,
    });
    const head = el("div", { class: "project-head" });
    head.append(el("h3", { id: `project-${id}-heading` }, p.sheet.title));
    head.append(el("span", { class: `badge status ${p.status}` }, STATUS[p.status] || p.status));
    if ((p.sheet.guidelines || []).length === 0) {
      head.append(el("span", { class: "badge warn" }, "ohne strategischen Bezug"));
    }
    article.append(head);
    article.append(el("p", { class: "hint" }, `Federführung: ${names.get(p.sheet.lead) || ""}`));
    const percent = Math.max(0, Math.min(100, progress(p)));
    const label = `Fortschritt ${Math.round(percent)} %`;
    const bar = el("div", { class: "progress", id: `project-${id}-progress` });
    const inner = el("div", {
      class: "bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100",
      "aria-valuenow": percent.toFixed(0), "aria-label": label,
    });
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 100 10");
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("aria-hidden", "true");
    const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("class", "fill");
    rect.setAttribute("width", percent.toFixed(1));
    rect.setAttribute("height", "10");
    svg.append(rect);
    inner.append(svg);
    bar.append(inner, el("span", { class: "progress-text" }, label));
    article.append(bar);
    article.append(el("button", {
      type: "button", "aria-expanded": "false", id: `project-${id}-toggle`,
      "aria-controls": `project-${id}-sheet`,
    }, "Steckbrief öffnen"));
    fragment.append(article);
  }
  section.replaceChildren(fragment);
}

// The edit the benchmark makes: a new Leitbild, stored at once and read
// back, as the app does.
window.referenceEdit = function (text) {
  stored.agenda.vision.text = text;
  const json = JSON.stringify(stored);
  localStorage.setItem(KEY, json);
  if (localStorage.getItem(KEY) !== json) throw new Error("read-back differs");
  document.querySelector("h1").textContent = "Projekte";
};

window.referenceRender = renderProjects;

stored = JSON.parse(localStorage.getItem(KEY) || '{"agenda":{"projects":[],"departments":[],"vision":{"text":""}}}');
renderProjects();
// Marked once the first frame is painted, as the app marks it.
requestAnimationFrame(() => setTimeout(() => performance.mark("reference:ready"), 0));
