// Actors as nodes sized by their events, dyads as edges weighted by counts and coloured by whether
// cooperation or conflict dominates. The force layout runs a fixed number of ticks, so it is the
// same picture on every load.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import { html, svg, title } from "./svg.js";
import type { Network } from "./types.js";

interface Node extends SimulationNodeDatum { key: string; label: string; events: number }
interface Link extends SimulationLinkDatum<Node> { events: number; cooperation: number; conflict: number }

/** Only the busiest actors: a readable picture beats a hairball. */
const MAX_NODES = 40;

export function drawNetwork(el: HTMLElement, net: Network, onActor: (key: string) => void): void {
  el.replaceChildren();
  const nodes: Node[] = net.actors.slice(0, MAX_NODES).map((a) => ({ ...a }));
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const links: Link[] = net.dyads.filter((d) => byKey.has(d.source) && byKey.has(d.target))
    .map((d) => ({ source: byKey.get(d.source)!, target: byKey.get(d.target)!, events: d.events, cooperation: d.cooperation, conflict: d.conflict }));
  if (!nodes.length) {
    html("p", { class: "empty" }, "no actors in the matching events", el);
    return;
  }
  const W = 440, H = 320;
  const r = (n: Node) => 4 + Math.sqrt(n.events) * 3;
  nodes.forEach((n, k) => { n.x = W / 2 + Math.cos(k) * 80; n.y = H / 2 + Math.sin(k) * 80; });
  const sim = forceSimulation(nodes)
    .force("link", forceLink<Node, Link>(links).distance(70))
    .force("charge", forceManyBody().strength(-160))
    .force("center", forceCenter(W / 2, H / 2))
    .force("collide", forceCollide<Node>((n) => r(n) + 4))
    .stop();
  for (let k = 0; k < 200; k++) sim.tick();
  for (const n of nodes) {
    n.x = Math.max(r(n), Math.min(W - r(n), n.x ?? 0));
    n.y = Math.max(r(n), Math.min(H - r(n), n.y ?? 0));
  }
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" }, el);
  for (const l of links) {
    const s = l.source as Node, t = l.target as Node;
    const line = svg("line", {
      x1: s.x!, y1: s.y!, x2: t.x!, y2: t.y!, "stroke-width": 1 + Math.sqrt(l.events) * 1.5,
      class: `edge ${l.conflict > l.cooperation ? "conflict" : "coop"}`, "data-source": s.key, "data-target": t.key,
    }, root);
    title(line, `${s.label} → ${t.label}: ${l.events} events (${l.cooperation} cooperation, ${l.conflict} conflict)`);
  }
  for (const n of nodes) {
    const g = svg("g", { class: "node", transform: `translate(${n.x!.toFixed(1)},${n.y!.toFixed(1)})`, "data-key": n.key }, root);
    svg("circle", { r: r(n), fill: "#5b7bb0" }, g);
    svg("text", { x: r(n) + 2, y: 3 }, g).textContent = n.label.length > 22 ? n.label.slice(0, 21) + "…" : n.label;
    title(g, `${n.label} (${n.key}): ${n.events} events`);
    g.addEventListener("click", () => onActor(n.key));
  }
}
