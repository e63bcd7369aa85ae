// parley's own dictionary formats (documented in data/actors/README.md): read and write.
//
//   [people]                                   section: people | organisations | actors | agents
//   Benjamin Netanyahu; Bibi                   names, ";"-separated, then "|" and one code spec per "|"
//     | ISRGOV hog 1996-06-18..1999-07-06      an indented "|" line adds a spec to the entry above
//   troops; soldier | ~MIL                     agents carry a "~"
import { SourceError } from "../errors.js";
import { stripComment } from "../util/data-lines.js";

export type Section = "people" | "organisations" | "actors" | "agents";

/** Offices a dated code can carry, so role descriptions ("the Israeli leader") find the holder. */
export const ROLE_WORDS = new Set(["hos", "hog", "pres", "fm", "def", "int", "spk", "ldr", "lead", "media", "title"]);

export interface DatedCode {
  /** Actor code ("ISRGOV"), or for agents the sector blocks without "~" ("MIL", "GOVMED", "" for a pure modifier). */
  code: string;
  roles: string[];
  /** ISO date, inclusive; null = open. */
  from: string | null;
  /** ISO date, exclusive; null = open. */
  to: string | null;
  /** Agents only: the sector goes before the actor's code ("NGO~": "MSF Arnor" → NGOARN), not after it. */
  prefix?: boolean;
}

export interface DictEntry {
  section: Section;
  names: string[];
  codes: DatedCode[];
  /** file:line of the entry, for messages. */
  where: string;
}

const SECTIONS: Record<string, Section> = {
  people: "people", persons: "people", organisations: "organisations", organizations: "organisations",
  orgs: "organisations", actors: "actors", agents: "agents",
};

function normDate(s: string, where: string): string {
  const m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$/.exec(s);
  if (!m) throw new SourceError(where, `bad date "${s}" (want YYYY, YYYY-MM or YYYY-MM-DD)`);
  const month = Number(m[2] ?? 1), day = Number(m[3] ?? 1);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new SourceError(where, `bad date "${s}" (month or day out of range)`);
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** Parse one spec: `CODE [role…] [FROM..TO]`. */
export function parseSpec(spec: string, section: Section, where: string): DatedCode {
  const parts = spec.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) throw new SourceError(where, "empty code after '|'");
  let code = parts[0];
  // "NGO~": an agent whose sector goes before the actor's code
  const prefix = section === "agents" && /^[A-Z0-9+-]+~$/.test(code);
  if (prefix) code = "~" + code.slice(0, -1);
  const agent = code.startsWith("~");
  if (section === "agents" && !agent) throw new SourceError(where, `agent code must start with "~" (got "${code}")`);
  if (section !== "agents" && agent) throw new SourceError(where, `"~" agent code "${code}" outside an [agents] section`);
  if (agent) code = code.slice(1);
  // "FRO/BIL/SAM": one name standing for several actors (PETRARCH dictionaries)
  if (!/^[A-Z0-9+-]*(\/[A-Z0-9+-]+)*$/.test(code) || (!agent && !code)) throw new SourceError(where, `bad code "${parts[0]}" (want capital letters, e.g. ISRGOV or ~MIL)`);
  const out: DatedCode = { code, roles: [], from: null, to: null };
  if (prefix) out.prefix = true;
  for (const p of parts.slice(1)) {
    if (ROLE_WORDS.has(p)) out.roles.push(p);
    else if (p.includes("..")) {
      const [a, b] = p.split("..");
      out.from = a ? normDate(a, where) : null;
      out.to = b ? normDate(b, where) : null;
      if (out.from && out.to && out.to <= out.from) throw new SourceError(where, `date range "${p}" ends before it starts`);
    } else throw new SourceError(where, `unknown word "${p}" in code spec (roles: ${[...ROLE_WORDS].join(", ")}; dates: FROM..TO)`);
  }
  return out;
}

/** Parse a parley actor/agent dictionary. Errors name file:line. */
export function parseEntries(text: string, file: string, section: Section = "actors"): DictEntry[] {
  const out: DictEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const where = `${file}:${n + 1}`;
    const line = stripComment(lines[n]);
    if (!line) continue;
    const sec = /^\[(\w+)\]$/.exec(line);
    if (sec) {
      const s = SECTIONS[sec[1].toLowerCase()];
      if (!s) throw new SourceError(where, `unknown section [${sec[1]}] (want ${Object.keys(SECTIONS).join(", ")})`);
      section = s;
      continue;
    }
    if (line.startsWith("|")) {
      const prev = out[out.length - 1];
      if (!prev || !/^\s/.test(lines[n])) throw new SourceError(where, "a '|' continuation line must be indented and follow an entry");
      for (const spec of line.slice(1).split("|")) prev.codes.push(parseSpec(spec, section, where));
      continue;
    }
    const [namePart, ...specs] = line.split("|");
    const names = namePart.split(";").map((s) => s.trim()).filter(Boolean);
    if (!names.length) throw new SourceError(where, "entry has no name before '|'");
    const entry: DictEntry = { section, names, codes: specs.map((s) => parseSpec(s, section, where)), where };
    // An entry may take its codes from indented lines that follow.
    let k = n + 1;
    while (k < lines.length && (!lines[k].trim() || lines[k].trim().startsWith("#"))) k++;
    const next = lines[k];
    if (!entry.codes.length && !(next && /^\s+\|/.test(next)))
      throw new SourceError(where, `entry "${names[0]}" has no code (write "name | CODE")`);
    out.push(entry);
  }
  return out;
}

function renderSpec(c: DatedCode, agent: boolean): string {
  const parts = [agent ? (c.prefix ? `${c.code}~` : `~${c.code}`) : c.code, ...c.roles];
  if (c.from || c.to) parts.push(`${c.from ?? ""}..${c.to ?? ""}`);
  return parts.join(" ");
}

/** Write entries in parley's format, grouped by section, in the given order. */
export function renderEntries(entries: DictEntry[], header: string[] = []): string {
  const lines = header.map((h) => `# ${h}`);
  let section: Section | null = null;
  for (const e of entries) {
    if (e.section !== section) {
      section = e.section;
      lines.push("", `[${section}]`);
    }
    const agent = section === "agents";
    if (e.codes.length <= 1) lines.push(`${e.names.join("; ")} | ${e.codes.map((c) => renderSpec(c, agent)).join(" | ")}`);
    else {
      lines.push(e.names.join("; "));
      for (const c of e.codes) lines.push(`    | ${renderSpec(c, agent)}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** A country or territory: names, adjectives/demonyms, seats of government, a point. */
export interface CountryRecord {
  code: string;
  names: string[];
  adj: string[];
  capital: string[];
  lat: number | null;
  lon: number | null;
  where: string;
}

const COUNTRY_FIELDS = new Set(["name", "adj", "capital", "at"]);

/**
 * Parse a countries file (`CODE | name: …; … | adj: … | capital: … | at: LAT LON`) into `into`,
 * merging with records already there: values add, a value written "-X" removes X.
 */
export function parseCountries(text: string, file: string, into: Map<string, CountryRecord>): void {
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const where = `${file}:${n + 1}`;
    const line = stripComment(lines[n]);
    if (!line) continue;
    const [codePart, ...fields] = line.split("|").map((s) => s.trim());
    if (!/^[A-Z]{3}$/.test(codePart)) throw new SourceError(where, `country code "${codePart}" is not three capital letters`);
    const rec = into.get(codePart) ?? { code: codePart, names: [], adj: [], capital: [], lat: null, lon: null, where };
    for (const f of fields) {
      const m = /^(\w+):\s*(.*)$/s.exec(f);
      if (!m || !COUNTRY_FIELDS.has(m[1])) throw new SourceError(where, `field "${f}" should be name:, adj:, capital: or at:`);
      if (m[1] === "at") {
        const [lat, lon] = m[2].split(/\s+/).map(Number);
        if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new SourceError(where, `"at:" wants two numbers, got "${m[2]}"`);
        rec.lat = lat; rec.lon = lon;
        continue;
      }
      const list = rec[m[1] as "names" | "adj" | "capital"] ?? rec.names;
      const target = m[1] === "name" ? rec.names : list;
      for (const v of m[2].split(";").map((s) => s.trim()).filter(Boolean)) {
        if (v.startsWith("-")) {
          const i = target.indexOf(v.slice(1).trim());
          if (i >= 0) target.splice(i, 1);
        } else if (!target.includes(v)) target.push(v);
      }
    }
    into.set(codePart, rec);
  }
}
