// The evidence of one event: its article's text with the trigger, the actors, the date and the place
// that decided it highlighted, and beside it what decided each and how sure it was.

const PRIORITY = ["trigger", "actor", "date", "place", "sentence"]; // the first wins where spans overlap

function percent(confidence) {
  return confidence === null || confidence === undefined ? "" : ` (confidence ${(+confidence).toFixed(2)})`;
}

/** The text cut at every span boundary, each piece marked with the highest-priority span covering it. */
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    covering.sort((x, y) => PRIORITY.indexOf(x.kind) - PRIORITY.indexOf(y.kind));
    const piece = text.slice(a, b);
    if (!covering.length) { out.append(piece); continue; }
    const mark = document.createElement("mark");
    mark.className = covering[0].kind;
    mark.title = covering.map((s) => s.title).filter(Boolean).join("\n");
    mark.textContent = piece;
    out.append(mark);
  }
  return out;
}

export function renderEvidence(element, event, article) {
  const actorsById = new Map((article.actors ?? []).map((a) => [a.mention_id, a]));
  const time = (article.times ?? []).find((t) => t.time_id === event.date_time_id);
  const place = (article.places ?? []).find((p) => p.place_id === event.location_place_id);
  const spans = [];
  const facts = [];
  const add = (kind, start, end, label, detail) => {
    if (start !== null && start !== undefined) spans.push({ kind, start, end, title: `${label}: ${detail}` });
    facts.push([label, detail, kind]);
  };
  add("trigger", event.trigger_start, event.trigger_end, "trigger",
    `“${event.trigger_text}” → ${event.event_type}${event.mode ? "/" + event.mode : ""}` +
    ` (CAMEO ${event.cameo ?? "?"})${percent(event.confidence)}${event.reason ? " — " + event.reason : ""}`);
  for (const [side, actors] of [["source", event.source_actors], ["target", event.target_actors]]) {
    for (const a of actors ?? []) {
      const mention = actorsById.get(a.mention_id) ?? {};
      add("actor", a.start, a.end, side,
        `“${a.text}” = ${a.name ?? "unresolved"}${a.country ? " (" + a.country + (a.sector ? "/" + a.sector : "") + ")" : ""}` +
        `${percent(mention.confidence)}${mention.reason ? " — " + mention.reason : ""}`);
    }
  }
  add("date", time?.start, time?.end, "date",
    `${event.date_value ?? "undated"} (${event.date_precision ?? "?"})${percent(event.date_confidence)}` +
    `${event.date_reason ? " — " + event.date_reason : ""}`);
  add("place", place?.start, place?.end, "place",
    event.location_name || event.location_country
      ? `${event.location_name ?? event.location_country} (${event.location_precision}-level)` +
        `${percent(event.location_confidence)}${event.location_reason ? " — " + event.location_reason : ""}`
      : "not located");
  facts.push(["modality", `${event.modality}${event.modality_cue ? " (cue “" + event.modality_cue + "”)" : ""}` +
    `${event.attributed_source ? ", according to " + event.attributed_source : ""}`, ""]);
  if (event.sentence_start !== null && event.sentence_start !== undefined) {
    spans.push({ kind: "sentence", start: event.sentence_start, end: event.sentence_end, title: "" });
  }

  element.replaceChildren();
  const head = document.createElement("div");
  head.className = "article-title";
  const outlet = article.url ?? (article.source ?? "").split("/").pop(); // a file path says only its name
  head.textContent = `${article.title ?? "(untitled)"} — ${outlet} ${article.published ?? ""}`;
  const list = document.createElement("dl");
  for (const [label, detail, kind] of facts) {
    const dt = document.createElement("dt");
    const swatch = document.createElement("mark");
    swatch.className = kind;
    swatch.textContent = label;
    dt.append(kind ? swatch : label);
    const dd = document.createElement("dd");
    dd.textContent = detail;
    list.append(dt, dd);
  }
  const text = document.createElement("div");
  text.className = "text";
  text.append(highlighted(article.text, spans));
  element.append(head, list, text);
  const trigger = text.querySelector("mark.trigger"); // scrolled to inside its box, not the page
  if (trigger) text.scrollTop = trigger.offsetTop - text.offsetTop - text.clientHeight / 3;
}
