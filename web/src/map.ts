// Events by place on an offline world map: country outlines from world-atlas (served beside the
// page), circles sized by event count and coloured by the place's most frequent QuadClass. A place
// known only by its country sits at the country's centroid. Clicking a country zooms to it.
import { geoCentroid, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { html, svg, title, QUAD_NAMES } from "./svg.js";
import type { Place } from "./types.js";

type Country = Feature<Geometry, { name: string }>;
let world: Promise<FeatureCollection<Geometry, { name: string }>> | undefined;

function loadWorld() {
  return (world ??= fetch("countries-110m.json").then((r) => r.json()).then((t: Topology) =>
    feature(t, t.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>));
}

function dominantQuad(p: Place): number {
  const counts = [p.q1, p.q2, p.q3, p.q4];
  return counts.indexOf(Math.max(...counts)) + 1;
}

export async function drawMap(el: HTMLElement, places: Place[]): Promise<void> {
  const countries = await loadWorld();
  const W = 440, H = 260;
  const byId = new Map(countries.features.map((f) => [String(f.id), f]));
  const withEvents = new Set(places.map((p) => p.numeric).filter((n): n is string => n !== null));
  // Open on the region of the events (the countries they are in), the whole world a click away.
  const region: FeatureCollection<Geometry, { name: string }> = { type: "FeatureCollection", features: countries.features.filter((f) => withEvents.has(String(f.id))) };
  const home: GeoPermissibleObjects = region.features.length ? region : countries;
  let focus: GeoPermissibleObjects = home;
  const render = () => {
    el.replaceChildren();
    const projection = geoNaturalEarth1().fitExtent([[18, 14], [W - 18, H - 14]], focus);
    const path = geoPath(projection);
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of events by place" }, el);
    for (const c of countries.features as Country[]) {
      const d = path(c);
      if (!d) continue;
      const p = svg("path", { d, class: `country${withEvents.has(String(c.id)) ? " has-events" : ""}`, "data-id": String(c.id) }, root);
      title(p, c.properties.name);
      p.addEventListener("click", () => {
        focus = focus === c ? home : c;
        render();
      });
    }
    const max = Math.max(1, ...places.map((p) => p.events));
    for (const p of places) {
      const country = p.numeric ? byId.get(p.numeric) : undefined;
      const lonLat: [number, number] | null = p.lat !== null && p.lon !== null ? [p.lon, p.lat] : country ? geoCentroid(country) : null;
      const xy = lonLat ? projection(lonLat) : null;
      if (!xy) continue;
      const q = dominantQuad(p);
      const c = svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 9 * Math.sqrt(p.events / max)).toFixed(1), class: `place q${q}`, "data-events": p.events }, root);
      title(c, `${p.name ?? p.country}: ${p.events} events (mostly ${QUAD_NAMES[q - 1]})`);
    }
    for (const [label, target] of [["events' region", home], ["whole world", countries]] as const) {
      if (focus === target) continue;
      const b = html("button", { type: "button" }, label, el);
      b.addEventListener("click", () => { focus = target; render(); });
    }
  };
  render();
}
