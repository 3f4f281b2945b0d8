// Who acted on whom: actors as circles sized by their events, one arrow per actor pair and event type,
// its width the count. Laid out by d3-force; clicking an actor filters every view to its events.

const LABELS = 25; // more labels than this overlap into an unreadable block

export class Network {
  constructor(element, colour, onPick) {
    this.element = element;
    this.colour = colour;
    this.onPick = onPick;
  }

  /** graph: /dashboard/network's {nodes, edges}; chosen: the actor filter now applied. */
  draw(graph, chosen) {
    const width = this.element.clientWidth || 500;
    const height = this.element.clientHeight || 420;
    const svg = d3.select(this.element).selectAll("svg").data([null]).join("svg").attr("viewBox", [0, 0, width, height]);
    svg.selectAll("*").remove();
    if (!graph.nodes.length) {
      svg.append("text").attr("x", 10).attr("y", 20).attr("class", "hint").text("No actor acted on another under these filters.");
      return;
    }
    const defs = svg.append("defs");
    for (const t of new Set(graph.edges.map((e) => e.event_type))) {
      defs.append("marker").attr("id", `arrow-${t}`).attr("viewBox", "0 -4 8 8").attr("refX", 8).attr("markerWidth", 6)
        .attr("markerHeight", 6).attr("orient", "auto").append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", this.colour(t));
    }
    const nodes = graph.nodes.map((n) => ({ ...n }));
    const edges = graph.edges.map((e) => ({ ...e }));
    const size = (n) => 4 + 2.5 * Math.sqrt(n.count);
    const simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(edges).id((n) => n.id).distance(60))
      .force("charge", d3.forceManyBody().strength(-60).distanceMax(200))
      // A weak pull to the middle keeps the many small groups of a news store on screen.
      .force("x", d3.forceX(width / 2).strength(0.07))
      .force("y", d3.forceY(height / 2).strength(0.1))
      .force("collide", d3.forceCollide().radius((n) => size(n) + 2))
      .stop();
    // Laid out before drawing, so that the picture is still and the same on every load.
    for (let i = 0; i < 300; i++) simulation.tick();
    const edge = svg.append("g").selectAll("path").data(edges).join("path").attr("class", "edge")
      .attr("stroke", (e) => this.colour(e.event_type)).attr("stroke-width", (e) => 1 + Math.sqrt(e.count))
      .attr("marker-end", (e) => `url(#arrow-${e.event_type})`);
    edge.append("title").text((e) => `${e.source.label} → ${e.target.label}: ${e.event_type} ×${e.count}`);
    const node = svg.append("g").selectAll("g").data(nodes).join("g")
      .attr("class", (n) => "node" + (chosen && chosen === n.id ? " chosen" : ""))
      .attr("data-actor", (n) => n.id)
      .on("click", (_, n) => this.onPick(n));
    node.append("circle").attr("r", size).attr("fill", "#e9e9e4");
    // Labels for the busiest actors only; every actor names itself on hover.
    const labelled = new Set(nodes.toSorted((a, b) => b.count - a.count).slice(0, LABELS).map((n) => n.id));
    node.filter((n) => labelled.has(n.id) || n.id === chosen).append("text").attr("x", (n) => size(n) + 2).attr("y", 3)
      .text((n) => `${n.label}${n.country ? " (" + n.country + ")" : ""}`);
    node.append("title").text((n) => `${n.label} — ${n.id}: ${n.count} events; click to filter`);
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    for (const n of nodes) { n.x = clamp(n.x, 10, width - 10); n.y = clamp(n.y, 10, height - 10); }
    edge.attr("d", (e) => {
        // Stop the arrow at the target's rim so that its head shows.
        const dx = e.target.x - e.source.x, dy = e.target.y - e.source.y, len = Math.hypot(dx, dy) || 1;
        const r = size(e.target) + 1;
        return `M${e.source.x},${e.source.y}L${e.target.x - (dx * r) / len},${e.target.y - (dy * r) / len}`;
      });
    node.attr("transform", (n) => `translate(${n.x},${n.y})`);
  }
}
