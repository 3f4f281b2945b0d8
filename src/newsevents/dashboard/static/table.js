// The event table: one server page at a time (/events with limit and offset), so a store of any size
// costs the browser one page.

export const PAGE_SIZE = 50;

const actorNames = (actors) => (actors ?? []).map((a) => `${a.name ?? a.text}${a.country ? " (" + a.country + ")" : ""}`).join("; ");

function location(e) {
  if (!e.location_name && !e.location_country) return "";
  return `${e.location_name ?? e.location_country} · ${e.location_precision ?? "?"}`;
}

export class EventTable {
  constructor(body, count, page, colour, onPick, onIncident) {
    this.onIncident = onIncident;
    this.body = body;
    this.count = count;
    this.page = page;
    this.colour = colour;
    this.onPick = onPick;
  }

  /** answer: /events' page ({total, items}); offset: its first row's index. */
  draw(answer, offset, chosen) {
    this.body.replaceChildren();
    for (const e of answer.items) {
      const tr = document.createElement("tr");
      tr.dataset.eventId = e.event_id;
      if (e.event_id === chosen) tr.classList.add("chosen");
      const cells = [
        e.date_value ?? "",
        e.event_type + (e.mode ? " / " + e.mode : ""),
        actorNames(e.source_actors),
        actorNames(e.target_actors),
        location(e),
        e.modality,
        e.incident_id ? e.incident_id.slice(0, 9) : "",
        e.confidence?.toFixed(2) ?? "",
      ];
      for (const text of cells) {
        const td = document.createElement("td");
        td.textContent = text;
        tr.append(td);
      }
      const dot = document.createElement("span");
      dot.className = "type-dot";
      dot.style.background = this.colour(e.event_type);
      tr.children[1].prepend(dot);
      if (e.incident_id) {
        // The incident's cell lists its reports: every article that told the same event.
        const cell = tr.children[6];
        cell.className = "incident";
        cell.title = `${e.incident_id}: click for every report of this incident`;
        cell.addEventListener("click", (click) => { click.stopPropagation(); this.onIncident(e.incident_id); });
      }
      tr.addEventListener("click", () => this.onPick(e.event_id));
      this.body.append(tr);
    }
    const shown = answer.items.length;
    this.count.textContent = `${answer.total.toLocaleString("en")} matching`;
    this.page.textContent = shown ? `${offset + 1}–${offset + shown} of ${answer.total.toLocaleString("en")}` : "none";
  }
}
