// Reads PETRARCH validation/unit-test records (PETR.UnitTest.records.xml, PETR_Validate_records_2_02.xml):
// each <Sentence> has a date, an id, <EventCoding> lines (source, target, event code; noevents="True" or
// error="…" for an empty set) and a <Text>. Handles both suites' variants: attribute spacing, single-quoted
// values, "evaluate" flags, and the non-XML <PLEvent {json}> lines of the 2.02 file (ignored, as that file says).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { SourceError } from "../errors.js";
import { lineAt } from "./metrics.js";

export interface Triple {
  source: string;
  target: string;
  code: string;
}

export interface PetrarchRecord {
  id: string;
  /** ISO date (YYYY-MM-DD), the reference date for dated actor codes; null when the record has none. */
  date: string | null;
  category: string | null;
  /** The sentence, white space folded to single spaces. */
  text: string;
  /** Expected triples; empty for noevents="True" and for expected errors/discards. */
  gold: Triple[];
  /** False for records marked evaluate="false" (kept out of the scores). */
  evaluate: boolean;
  /** The error PETRARCH is expected to raise ("dateline", "storydiscard", …), if any. */
  expectedError: string | null;
  /** The parse the suite ships (Penn tree or CoNLL-U), for coders that want it. */
  parse: string | null;
  where: string;
}

export interface SuiteEnvironment {
  verbs: string[];
  actors: string[];
  agents: string[];
  discards: string[];
}

export interface Problem {
  where: string;
  reason: string;
}

export interface PetrarchSuite {
  records: PetrarchRecord[];
  /** Dictionaries named in <Environment>, resolved beside the records file. */
  environment: SuiteEnvironment;
  problems: Problem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => name === "EventCoding",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
});

/** Replaces a match by spaces, keeping newlines, so offsets and line numbers stay put. */
const blank = (s: string) => s.replace(/[^\n]/g, " ");

function fold(s: unknown): string {
  return typeof s === "string" ? s.replace(/\s+/g, " ").trim() : "";
}

function isoDate(d: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(d.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function environment(text: string, baseDir: string): SuiteEnvironment {
  const env: SuiteEnvironment = { verbs: [], actors: [], agents: [], discards: [] };
  const m = /<Environment>[\s\S]*?<\/Environment>/.exec(text);
  if (!m) return env;
  const e = (parser.parse(m[0]) as { Environment?: Record<string, unknown> }).Environment ?? {};
  const files = (key: string) => (typeof e[key] === "string" ? [resolve(baseDir, (e[key] as string).trim())] : []);
  return { verbs: files("Verbfile"), actors: files("Actorfile"), agents: files("Agentfile"), discards: files("Discardfile") };
}

/** Parses the records from XML text; `label` names the file in problem reports. */
export function parsePetrarchRecords(xml: string, label: string, baseDir = "."): PetrarchSuite {
  const text = xml.replace(/<!--[\s\S]*?-->/g, blank).replace(/<PLEvent\b[^\n]*>/g, blank);
  const problems: Problem[] = [];
  const records: PetrarchRecord[] = [];
  const starts = new Set<number>();
  for (const m of text.matchAll(/<Sentence\b[\s\S]*?<\/Sentence>/g)) {
    const at = m.index!;
    starts.add(at);
    const line0 = lineAt(text, at);
    const where = `${label}:${line0}`;
    const block = m[0];
    const valid = XMLValidator.validate(block);
    if (valid !== true) {
      problems.push({ where: `${label}:${line0 + valid.err.line - 1}`, reason: `record not parsed: ${valid.err.msg.replace(/\bline (\d+)/g, (_, n: string) => `line ${line0 + Number(n) - 1}`)}` });
      continue;
    }
    const s = (parser.parse(block) as { Sentence: Record<string, unknown> }).Sentence;
    const attr = (k: string) => (typeof s[k] === "string" ? (s[k] as string).trim() : null);
    const id = attr("id") ?? `line ${line0}`;
    const sentence = fold(s.Text);
    if (!sentence) {
      problems.push({ where, reason: `record ${id}: no <Text>` });
      continue;
    }
    const codings = (s.EventCoding as Record<string, string>[] | undefined) ?? [];
    // One unit-test record (PATTERN-06) has no coding line where its comment says nothing should be coded.
    if (!codings.length) problems.push({ where, reason: `record ${id}: no <EventCoding> line; scored as no events` });
    const codingLines = [...block.matchAll(/<EventCoding\b/g)].map((c) => line0 + lineAt(block, c.index!) - 1);
    const gold: Triple[] = [];
    let expectedError: string | null = null;
    let bad = false;
    codings.forEach((c, k) => {
      if (c.noevents !== undefined) return;
      if (c.error !== undefined) {
        expectedError = c.error;
        return;
      }
      if (!c.eventcode || c.sourcecode === undefined || c.targetcode === undefined) {
        problems.push({ where: `${label}:${codingLines[k] ?? line0}`, reason: `record ${id}: <EventCoding> needs sourcecode, targetcode and eventcode (or noevents="True")` });
        bad = true;
        return;
      }
      gold.push({ source: c.sourcecode.trim(), target: c.targetcode.trim(), code: c.eventcode.trim() });
    });
    if (bad) continue;
    const dateText = attr("date");
    const date = dateText ? isoDate(dateText) : null;
    if (dateText && !date) problems.push({ where, reason: `record ${id}: date "${dateText}" is not YYYYMMDD (kept without a date)` });
    records.push({
      id,
      date,
      category: attr("category"),
      text: sentence,
      gold,
      evaluate: attr("evaluate")?.toLowerCase() !== "false",
      expectedError,
      parse: typeof s.Parse === "string" ? s.Parse : null,
      where,
    });
  }
  for (const m of text.matchAll(/<Sentence\b/g)) {
    if (!starts.has(m.index!)) {
      problems.push({ where: `${label}:${lineAt(text, m.index!)}`, reason: "<Sentence> without a closing </Sentence>" });
    }
  }
  return { records, environment: environment(text, baseDir), problems };
}

export function readPetrarchRecords(path: string): PetrarchSuite {
  let xml: string;
  try {
    xml = readFileSync(path, "utf8");
  } catch (err) {
    throw new SourceError(path, `cannot read records (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return parsePetrarchRecords(xml, path, dirname(path));
}
