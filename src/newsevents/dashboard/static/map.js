// The map: Natural Earth countries as the basemap (no tiles, nothing fetched from elsewhere), one marker
// per place the server aggregated, clustered, sized by its number of reports and coloured by its most
// frequent type. A location is drawn at the precision it has: a town as a filled circle, a district or
// region as a dashed circle, a country as its shape tinted and a dashed square at its centre — never
// as a pin in its capital, and no marker is ever moved to untangle it from another.

const AREA_LEVELS = new Set(["admin1", "admin2", "region"]);

// Radii in pixels: area proportional to the reports, relative to the busiest place, so that a store of
// 100,000 events draws the same sizes as one of a hundred; a cluster may grow to MAX_RADIUS.
const MIN_RADIUS = 7;
const PLACE_RADIUS = 24;
const MAX_RADIUS = 34;

function dominant(types) {
  return Object.entries(types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function precisionClass(precision) {
  if (precision === "country") return "country-level";
  return AREA_LEVELS.has(precision) ? "area-level" : "place-level";
}

export class EventMap {
  constructor(element, legend, colour, onPick) {
    this.colour = colour;
    this.onPick = onPick;
    this.legend = legend;
    this.map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: false })
      .setView([25, 20], 2);
    this.countryShapes = new Map();
    this.shapeLayer = L.geoJSON(null, {
      style: { color: "#999", weight: 0.6, fillColor: "#fbfbf8", fillOpacity: 1 },
      interactive: false,
    }).addTo(this.map);
    this.tintLayer = L.layerGroup().addTo(this.map);
    this.clusters = L.markerClusterGroup({
      maxClusterRadius: 36,
      showCoverageOnHover: false,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster),
    }).addTo(this.map);
  }

  /** Loads the basemap from the vendored world-atlas file. */
  async loadBasemap() {
    const topology = await (await fetch("/static/vendor/world-atlas/countries-50m.json")).json();
    const countries = topojson.feature(topology, topology.objects.countries);
    this.shapeLayer.addData(countries);
    for (const feature of countries.features) if (feature.id) this.countryShapes.set(feature.id, feature);
  }

  clusterIcon(cluster) {
    const counts = {};
    let total = 0;
    for (const marker of cluster.getAllChildMarkers()) {
      total += marker.options.count;
      for (const [t, n] of Object.entries(marker.options.types)) counts[t] = (counts[t] ?? 0) + n;
    }
    const size = 2 * this.radius(total);
    return L.divIcon({
      className: "ne-icon",
      iconSize: [size, size],
      html: `<div class="ne-cluster" style="width:${size}px;height:${size}px;background:${this.colour(dominant(counts))}"
        title="${cluster.getChildCount()} places, ${total} reports">${total}</div>`,
    });
  }

  radius(count) {
    return Math.min(MAX_RADIUS, MIN_RADIUS + (PLACE_RADIUS - MIN_RADIUS) * Math.sqrt(count / this.largest));
  }

  /** points: the aggregates of /dashboard/map. */
  draw(points) {
    this.largest = Math.max(1, ...points.map((p) => p.count));
    this.clusters.clearLayers();
    this.tintLayer.clearLayers();
    const markers = [];
    for (const point of points) {
      const level = precisionClass(point.precision);
      const shape = point.precision === "country" ? this.countryShapes.get(point.country_numeric) : undefined;
      let latlng = point.lat !== null && point.lon !== null ? [point.lat, point.lon] : null;
      if (shape) {
        L.geoJSON(shape, {
          style: { color: this.colour(dominant(point.types)), weight: 1.5, dashArray: "4 3", fillOpacity: 0.25 },
          interactive: false,
        }).addTo(this.tintLayer);
        // The stored country coordinates are the gazetteer's centre of the country; without them, the shape's.
        if (!latlng) { const [lon, lat] = d3.geoCentroid(shape); latlng = [lat, lon]; }
      }
      if (!latlng) continue; // a country the basemap lacks and the gazetteer gave no centre for
      const size = 2 * this.radius(point.count);
      const title = `${point.name ?? point.country} (${point.precision ?? "?"}-level): ${point.count} ${point.layer === "incidents" ? "reports" : "events"}`;
      const marker = L.marker(latlng, {
        count: point.count,
        types: point.types,
        title,
        icon: L.divIcon({
          className: "ne-icon",
          iconSize: [size, size],
          html: `<div class="ne-marker ${level}" data-precision="${point.precision}" style="width:${size}px;height:${size}px;background:${this.colour(dominant(point.types))}">${point.count}</div>`,
        }),
      });
      marker.bindPopup(() => this.popup(point), { maxWidth: 320 });
      marker.on("click", () => { if (point.sample.length) this.onPick(point.sample[0].event_id); });
      markers.push(marker);
    }
    this.clusters.addLayers(markers);
    if (!this.fitted && markers.length) {
      // Once, on the first data: later filter changes keep the view the analyst chose.
      this.map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [30, 30], maxZoom: 5 });
      this.fitted = true;
    }
    this.drawLegend(points);
  }

  popup(point) {
    const box = document.createElement("div");
    const what = point.layer === "incidents" ? "reports" : "events";
    box.innerHTML = `<b></b><br><span class="reason"></span><ul></ul>`;
    box.querySelector("b").textContent = point.name ?? point.country;
    box.querySelector(".reason").textContent = `${point.count} ${what}, located at ${point.precision}-level precision`;
    for (const s of point.sample) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.textContent = `${s.date || "undated"} ${s.event_type}: ${point.layer === "incidents" ? s.detail + " reports" : s.detail}`;
      a.addEventListener("click", () => this.onPick(s.event_id));
      li.append(a);
      box.querySelector("ul").append(li);
    }
    return box;
  }

  drawLegend(points) {
    const types = [...new Set(points.flatMap((p) => Object.keys(p.types)))].sort();
    const swatch = (style, cls = "") => `<span class="swatch ${cls}" style="${style}"></span>`;
    this.legend.innerHTML =
      types.map((t) => `<span>${swatch(`background:${this.colour(t)}`)}${t}</span>`).join("") +
      `<span>${swatch("background:#aaa")}town or city</span>` +
      `<span>${swatch("background:#aaa", "area-level")}district or region</span>` +
      `<span>${swatch("", "country-level")}country-level (the whole country)</span>` +
      `<span>area: number of reports, against the busiest place</span>`;
  }
}
