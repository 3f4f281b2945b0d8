// Copies the front-end files the dashboard uses, and each package's licence, from node_modules
// (installed by `npm ci` from package-lock.json) into the Python package, and writes MANIFEST.json
// with each package's version and each file's SHA-256. The copies are committed so that a plain
// `pip install` carries them and nothing is fetched at run time; tests/unit/test_dashboard_assets.py
// checks that the manifest matches package-lock.json and the files on disk.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "src", "newsevents", "dashboard", "static", "vendor");

// What each package contributes: its built browser files and its licence text. countries-50m is the
// middle Natural Earth scale: 110m drops small countries a country-level event may be in, 10m is 3.5 MB.
const FILES = {
  d3: ["dist/d3.min.js", "LICENSE"],
  leaflet: ["dist/leaflet.js", "dist/leaflet.css", "LICENSE"],
  "leaflet.markercluster": [
    "dist/leaflet.markercluster.js",
    "dist/MarkerCluster.css",
    "MIT-LICENCE.txt",
  ],
  "topojson-client": ["dist/topojson-client.min.js", "LICENSE"],
  "world-atlas": ["countries-50m.json", "LICENSE"],
};

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");

rmSync(target, { recursive: true, force: true });
const manifest = {};
for (const [name, files] of Object.entries(FILES)) {
  const root = join(here, "node_modules", name);
  const meta = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const entry = { version: meta.version, license: meta.license, files: {} };
  for (const file of files) {
    const out = join(target, name, file.split("/").pop());
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(join(root, file), out);
    entry.files[file.split("/").pop()] = sha256(out);
  }
  manifest[name] = entry;
}
writeFileSync(join(target, "MANIFEST.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`vendored ${Object.keys(manifest).length} packages into ${target}`);
