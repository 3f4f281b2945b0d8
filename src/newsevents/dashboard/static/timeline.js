// Stacked bars of event counts by type per period, with a brush whose selection becomes the period
// every other view is filtered to. The counts come aggregated from /stats.

const HEIGHT = 150;
const MARGIN = { top: 6, right: 10, bottom: 20, left: 34 };

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

  /** rows: [{period, type, count}]; selection: [since, until] as YYYY-MM-DD, or null. */
  draw(rows, interval, selection) {
    const unit = INTERVALS[interval];
    const width = this.element.clientWidth || 800;
    const types = [...new Set(rows.map((r) => r.type))].sort();
    const byPeriod = d3.rollup(rows, (v) => Object.fromEntries(v.map((r) => [r.type, r.count])), (r) => +periodStart(r.period));
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
      .append("title").text(function (d) { return `${d3.select(this.parentNode.parentNode).datum().key}: ${d[1] - d[0]}`; });
    svg.append("g").attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`).call(d3.axisBottom(x).ticks(width / 90));
    svg.append("g").attr("transform", `translate(${MARGIN.left},0)`).call(d3.axisLeft(y).ticks(4));
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
    if (selection) g.call(brush.move, [periodStart(selection[0]), d3.utcDay.offset(periodStart(selection[1]), 1)].map(x));
    this.x = x;
  }
}
