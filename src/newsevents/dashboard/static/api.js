// The one place that knows the server's URLs and answer shapes; every view goes through it.

/** The query string of a filter state: repeated keys for lists, empty values left out. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, v);
  }
  const text = q.toString();
  return text ? "?" + text : "";
}

async function get(path, params = {}) {
  const response = await fetch(path + query(params), { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = JSON.stringify((await response.json()).detail ?? detail); } catch (_) { /* not JSON */ }
    throw new Error(`${path}: ${response.status} ${detail}`);
  }
  return response.json();
}

/** The filters every view shares, as the API's query parameters. */
export function filterParams(state, { withPeriod = true } = {}) {
  return {
    type: state.type || null,
    actor: state.actor || null,
    country: state.country || null,
    modality: [...state.modalities],
    since: withPeriod ? state.since : null,
    until: withPeriod ? state.until : null,
    incident: state.incident,
  };
}

export const api = {
  meta: () => get("/dashboard/meta"),
  stats: (params) => get("/stats", params),
  events: (params) => get("/events", params),
  event: (id) => get(`/events/${encodeURIComponent(id)}`),
  article: (id) => get(`/articles/${encodeURIComponent(id)}`),
  map: (params) => get("/dashboard/map", params),
  network: (params) => get("/dashboard/network", params),
};
