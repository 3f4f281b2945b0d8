// Stacked bars of event counts by type per period, with a brush whose selection becomes the period
// every other view is filtered to, and the killed the events are told with as a line on its own axis
// (right). The counts and the sums of killed come aggregated from /stats; each bar's tooltip gives its
// events' killed and injured.

const HEIGHT = 150;
const MARGIN = { top: 6, right: 40, bottom: 20, left: 34 };

/** "ASSAULT: 2 events, 23 killed, 9 injured": a bar's tooltip, the counts its events are told with. */
function barTitle(type, count, told) {
  const sums = ["killed", "injured"].filter((k) => told?.[k] != null).map((k) => `${told[k].toLocaleString("en")} ${k}`);
  return [`${type}: ${count} event${count === 1 ? "" : "s"}`, ...sums].join(", ");
}

/** A period's tooltip: one line per type, the busiest first. */
function periodTitle(start, counts, told) {
  const lines = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([type, n]) => barTitle(type, n, told?.[type]));
  return [isoDay(start), ...lines].join("\n");
}

/** The first day of a period written as YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (ISO week). */
export function periodStart(text) {
  const week = /^(\d{4})-W(\d{2})$/.exec(text);
  if (week) {
    const jan4 = new Date(Date.UTC(+week[1], 0, 4));
    const monday = d3.utcMonday.floor(jan4);
    return d3.utcWeek.offset(monday, +week[2] - 1);
  }
  const [y, m = "01", d = "01"] = text.split("-");
  return new Date(Date.UTC(+y, +m - 1, +d));
}

const INTERVALS = { day: d3.utcDay, week: d3.utcMonday, month: d3.utcMonth };
export const isoDay = (date) => date.toISOString().slice(0, 10);

export class Timeline {
  constructor(element, colour, onBrush) {
    this.element = element;
    this.colour = colour;
    this.onBrush = onBrush;
  }

  /** rows: [{period, type, count, magnitudes}]; selection: [since, until] as YYYY-MM-DD, or null. */
  draw(rows, interval, selection) {
    const unit = INTERVALS[interval];
    const width = this.element.clientWidth || 800;
    const types = [...new Set(rows.map((r) => r.type))].sort();
    const byPeriod = d3.rollup(rows, (v) => Object.fromEntries(v.map((r) => [r.type, r.count])), (r) => +periodStart(r.period));
    const told = d3.rollup(rows, (v) => Object.fromEntries(v.map((r) => [r.type, r.magnitudes])), (r) => +periodStart(r.period));
    // A period whose events tell no killed has no point: unknown, not 0.
    const killed = [...d3.rollup(rows.filter((r) => r.magnitudes?.killed != null), (v) => d3.sum(v, (r) => r.magnitudes.killed), (r) => +periodStart(r.period))]
      .map(([p, n]) => ({ period: new Date(p), killed: n })).sort((a, b) => a.period - b.period);
    const periods = [...byPeriod.keys()].sort((a, b) => a - b);
    const table = periods.map((p) => ({ period: new Date(p), ...Object.fromEntries(types.map((t) => [t, byPeriod.get(p)[t] ?? 0])) }));
    const stack = d3.stack().keys(types)(table);
    const first = periods.length ? new Date(periods[0]) : new Date();
    const last = periods.length ? unit.offset(new Date(periods.at(-1)), 1) : unit.offset(first, 1);
    const x = d3.scaleUtc([first, last], [MARGIN.left, width - MARGIN.right]);
    const y = d3.scaleLinear([0, d3.max(stack.at(-1) ?? [], (d) => d[1]) ?? 1], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
    const svg = d3.select(this.element).selectAll("svg").data([null]).join("svg").attr("width", width).attr("height", HEIGHT);
    svg.selectAll("*").remove();
    svg.append("g").selectAll("g").data(stack).join("g").attr("fill", (s) => this.colour(s.key)).attr("class", "series")
      .attr("data-type", (s) => s.key)
      .selectAll("rect").data((s) => s).join("rect")
      .attr("x", (d) => x(d.data.period) + 0.5)
      .attr("width", (d) => Math.max(1, x(unit.offset(d.data.period, 1)) - x(d.data.period) - 1))
      .attr("y", (d) => y(d[1])).attr("height", (d) => y(d[0]) - y(d[1]))
      .append("title").text(function (d) {
        const type = d3.select(this.parentNode.parentNode).datum().key;
        return barTitle(type, d[1] - d[0], told.get(+d.data.period)?.[type]);
      });
    svg.append("g").attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`).call(d3.axisBottom(x).ticks(width / 90));
    svg.append("g").attr("transform", `translate(${MARGIN.left},0)`).call(d3.axisLeft(y).ticks(4));
    if (killed.length) {
      const yk = d3.scaleLinear([0, d3.max(killed, (d) => d.killed)], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
      const mid = (d) => (x(d.period) + x(unit.offset(d.period, 1))) / 2;
      const series = svg.append("g").attr("class", "killed");
      series.append("path").datum(killed).attr("fill", "none").attr("stroke", "currentColor").attr("stroke-dasharray", "3 2")
        .attr("d", d3.line().x(mid).y((d) => yk(d.killed)));
      series.selectAll("circle").data(killed).join("circle").attr("r", 3).attr("cx", mid).attr("cy", (d) => yk(d.killed))
        .append("title").text((d) => `${d.killed.toLocaleString("en")} killed (the events' own counts)`);
      svg.append("g").attr("class", "killed-axis").attr("transform", `translate(${width - MARGIN.right},0)`)
        .call(d3.axisRight(yk).ticks(4)).call((g) => g.append("text").attr("x", 4).attr("y", MARGIN.top).attr("dy", "0.7em")
          .attr("fill", "currentColor").attr("text-anchor", "start").text("killed"));
    }
    const brush = d3.brushX().extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, HEIGHT - MARGIN.bottom]])
      .on("end", (event) => {
        if (!event.sourceEvent) return; // moved by code, not by the user
        if (!event.selection) { this.onBrush(null); return; }
        // Snapped to whole periods, so that the filter says exactly what the bars under it count.
        const [a, b] = event.selection.map(x.invert);
        const since = unit.floor(a);
        let until = unit.ceil(b);
        if (+until === +since) until = unit.offset(since, 1);
        this.onBrush([isoDay(since), isoDay(d3.utcDay.offset(until, -1))]);
      });
    const g = svg.append("g").attr("class", "brush").call(brush);
    // The brush's overlay lies over the bars and takes the pointer: it carries the tooltip of the
    // period under the pointer (its events by type and the killed and injured they are told with).
    // selectAll, not select: select would give the overlay the group's (null) datum, which the brush reads.
    const overlay = g.selectAll(".overlay");
    const tip = overlay.append("title");
    overlay.on("pointermove.tip", (event) => {
      const period = +unit.floor(x.invert(d3.pointer(event)[0]));
      const counts = byPeriod.get(period);
      tip.text(counts ? periodTitle(new Date(period), counts, told.get(period)) : "");
    });
    if (selection) g.call(brush.move, [periodStart(selection[0]), d3.utcDay.offset(periodStart(selection[1]), 1)].map(x));
    this.x = x;
  }
}
