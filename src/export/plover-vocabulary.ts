// PLOVER 2.0's value sets (data/export/plover-vocabulary.tsv) and parley's sector mapping
// (data/export/plover-sectors.tsv), read once per process.
import { join } from "node:path";
import { createRequire } from "node:module";
import { SourceError } from "../errors.js";
import { dataDir } from "../paths.js";
import { readTsv } from "../util/data-lines.js";

const require = createRequire(import.meta.url);

export interface PloverVocabulary {
  /** Codes allowed in an entity's `code`: ISO alpha-3 countries, KOS and the non-state entities. */
  entityCodes: Set<string>;
  sectors: Set<string>;
  contexts: Set<string>;
  auxiliary: Set<string>;
  /** Context names met elsewhere → the manual's name. */
  contextAliases: Map<string, string>;
  /** parley sector → PLOVER sector, or null when it is not a sector in PLOVER. */
  sectorMap: Map<string, string | null>;
}

let cached: PloverVocabulary | undefined;

export function loadPloverVocabulary(dir = join(dataDir, "export")): PloverVocabulary {
  if (cached && dir === join(dataDir, "export")) return cached;
  const iso = require("i18n-iso-countries") as { getAlpha3Codes(): Record<string, string> };
  const v: PloverVocabulary = {
    entityCodes: new Set(Object.keys(iso.getAlpha3Codes())), sectors: new Set(), contexts: new Set(),
    auxiliary: new Set(), contextAliases: new Map(), sectorMap: new Map(),
  };
  for (const { where, cells } of readTsv(join(dir, "plover-vocabulary.tsv"), ["kind", "name", "meaning"])) {
    if (cells.kind === "entity") v.entityCodes.add(cells.name);
    else if (cells.kind === "sector") v.sectors.add(cells.name);
    else if (cells.kind === "context") v.contexts.add(cells.name);
    else if (cells.kind === "auxiliary") v.auxiliary.add(cells.name);
    else if (cells.kind === "context-alias") v.contextAliases.set(cells.name, cells.meaning);
    else throw new SourceError(where, `kind must be entity, sector, context, auxiliary or context-alias, not "${cells.kind}"`);
  }
  for (const { where, cells } of readTsv(join(dir, "plover-sectors.tsv"), ["cameo", "plover", "note"])) {
    if (cells.plover !== "-" && !v.sectors.has(cells.plover)) throw new SourceError(where, `"${cells.plover}" is not a PLOVER sector`);
    v.sectorMap.set(cells.cameo, cells.plover === "-" ? null : cells.plover);
  }
  if (dir === join(dataDir, "export")) cached = v;
  return v;
}
