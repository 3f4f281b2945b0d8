// The dashboard's state (the filters every view shares) and the wiring between the views. Every count
// is aggregated by the server and the table is paged there, so nothing here grows with the store.
import { api, filterParams } from "./api.js";
import { renderEvidence } from "./evidence.js";
import { EventMap } from "./map.js";
import { Network } from "./network.js";
import { EventTable, PAGE_SIZE } from "./table.js";
import { Timeline } from "./timeline.js";

const $ = (selector) => document.querySelector(selector);
const state = { type: "", actor: "", country: "", modalities: new Set(), since: null, until: null, incident: null, offset: 0, chosen: null, layer: "events", interval: "month" };
const status = (text) => { $("#status").textContent = text; };

let queued = 0; // refreshes asked for and not yet drawn
let drawing = Promise.resolve();

/** Redraws the views for the current filters. Refreshes run one after another: two overlapping ones
 * (two toggles clicked in a row) could otherwise draw the first one's answers last, and the page would
 * say it is "ready" (for the tests) while the second is still loading. */
function refresh(options) {
  queued += 1;
  document.body.dataset.ready = "false";
  drawing = drawing.then(() => draw(options)).catch((e) => console.error(e)).finally(() => {
    queued -= 1;
    if (!queued) document.body.dataset.ready = "true";
  });
  return drawing;
}

/** Runs the views' loads together. */
async function draw({ timeline = true } = {}) {
  const started = performance.now();
  const jobs = [loadMap(), loadNetwork(), loadTable()];
  if (timeline) jobs.push(loadTimeline());
  const results = await Promise.allSettled(jobs);
  const failed = results.filter((r) => r.status === "rejected");
  for (const f of failed) console.error(f.reason);
  // Measured for docs/BENCHMARKS.md (tests/browser/test_dashboard_large.py reads the measures).
  const drawn = performance.measure("dashboard-refresh", { start: started, end: performance.now() });
  status(failed.length ? `${failed.length} view(s) failed: ${failed[0].reason.message}` : `drawn in ${Math.round(drawn.duration)} ms`);
  $("#period").textContent = state.since ? `${state.since} – ${state.until}` : "";
  $("#incident").textContent = state.incident ? `reports of incident ${state.incident.slice(0, 9)} ✕` : "";
}

async function loadTimeline() {
  const stats = await api.stats({ ...filterParams(state, { withPeriod: false }), interval: state.interval, by: "type" });
  timeline.draw(statsRows(stats), state.interval, state.since ? [state.since, state.until] : null);
}

/** /stats' buckets as {period, type, count, magnitudes} (the sums of the events' own killed, injured,
 * ...); events whose date is coarser than the interval have no period and are not drawn (the timeline
 * says how many). */
function statsRows(stats) {
  $("#not-placed").textContent = stats.not_placed ? `${stats.not_placed.toLocaleString("en")} of ${stats.total.toLocaleString("en")} events dated too coarsely for a ${stats.interval}` : "";
  return stats.buckets.filter((b) => b.period !== null).map((b) => ({ period: b.period, type: b.key, count: b.count, magnitudes: b.magnitudes ?? {} }));
}

async function loadMap() {
  const points = await api.map({ ...filterParams(state), layer: state.layer });
  await basemap; // fetched beside the first data, not before it
  map.draw(points);
}

async function loadNetwork() {
  network.draw(await api.network(filterParams(state)), state.actor);
}

async function loadTable() {
  const answer = await api.events({ ...filterParams(state), limit: PAGE_SIZE, offset: state.offset });
  table.draw(answer, state.offset, state.chosen);
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = state.offset + PAGE_SIZE >= answer.total;
}

async function pick(eventId) {
  state.chosen = eventId;
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("chosen", tr.dataset.eventId === eventId);
  const element = $("#evidence");
  element.dataset.eventId = eventId;
  const event = await api.event(eventId);
  const article = await api.article(event.article_id);
  if (state.chosen !== eventId) return; // another pick came first
  renderEvidence(element, event, article);
}

function filtersChanged({ timeline = true } = {}) {
  state.offset = 0;
  return refresh({ timeline });
}

function buildFilters(meta) {
  const select = $("#filters select[name=type]");
  for (const t of meta.event_types) select.append(new Option(t, t));
  const box = $("#modalities");
  for (const m of meta.modalities) {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.name = "modality";
    input.value = m;
    input.checked = meta.factual_modalities.includes(m);
    label.append(input, " " + m);
    box.append(label);
  }
  state.modalities = new Set(meta.factual_modalities);
  $("#filters").addEventListener("change", (e) => {
    if (e.target.name === "modality") {
      e.target.checked ? state.modalities.add(e.target.value) : state.modalities.delete(e.target.value);
      if (!state.modalities.size) { e.target.checked = true; state.modalities.add(e.target.value); } // never none
    } else if (e.target.name in state) {
      state[e.target.name] = e.target.value.trim();
    }
    filtersChanged();
  });
  $("#filters").addEventListener("submit", (e) => e.preventDefault());
  $("#reset").addEventListener("click", () => {
    $("#filters").reset();
    Object.assign(state, { type: "", actor: "", country: "", since: null, until: null, incident: null, modalities: new Set(meta.factual_modalities) });
    filtersChanged();
  });
}

const meta = await api.meta();
const colour = d3.scaleOrdinal(meta.event_types, [...d3.schemeTableau10, "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#a6761d"]);
const timeline = new Timeline($("#timeline"), colour, (period) => {
  [state.since, state.until] = period ?? [null, null];
  filtersChanged({ timeline: false });
});
const map = new EventMap($("#map"), $("#map-legend"), colour, pick);
const network = new Network($("#network"), colour, (node) => {
  state.actor = state.actor === node.id ? "" : node.id;
  $("#filters input[name=actor]").value = state.actor;
  filtersChanged();
});
const table = new EventTable($("#events tbody"), $("#table-count"), $("#page"), colour, pick, (incident) => {
  state.incident = incident;
  filtersChanged();
});
$("#incident").addEventListener("click", () => { state.incident = null; filtersChanged(); });
buildFilters(meta);
for (const input of document.querySelectorAll("input[name=layer]")) {
  input.addEventListener("change", () => { state.layer = input.value; loadMap().catch(console.error); });
}
$("#interval").addEventListener("change", (e) => { state.interval = e.target.value; loadTimeline().catch(console.error); });
$("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); loadTable().catch(console.error); });
$("#next").addEventListener("click", () => { state.offset += PAGE_SIZE; loadTable().catch(console.error); });
const basemap = map.loadBasemap();
await refresh();
performance.mark("dashboard-drawn");
