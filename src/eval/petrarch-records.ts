// Reads PETRARCH validation/unit-test records (PETR.UnitTest.records.xml, PETR_Validate_records_2_02.xml and
// files like them). They look like XML but are not: comments hold stray tags and nested "<!-- -->", lines
// starting with "#" are comments, <PLEvent {json}> lines are not tags, "&" goes unescaped, and a record
// may open with a self-closed <Sentence …/> and run to the next one. So the reader goes line by line,
// once: a record runs from its <Sentence> tag to </Sentence>, the next <Sentence>, </Sentences> or the
// end of the file, and holds <EventCoding> lines (source, target, event code; noevents="True" or error="…"
// for an empty set), a <Text> and an optional <Parse>. A record it cannot read is a skip with file:line
// and reason, never dropped silently.
import { dirname, resolve } from "node:path";
import { duplicateIds, readGoldText, readRecordDate, type GoldFile, type Problem, type Skip } from "./gold-records.js";

export type { Problem, Skip } from "./gold-records.js";

export interface Triple {
  source: string;
  target: string;
  code: string;
}

export interface PetrarchRecord {
  id: string;
  /** Position of the record in the file (1-based, counting records that could not be read): its --half number. */
  n: number;
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

export interface PetrarchSuite extends GoldFile<PetrarchRecord> {
  /** Dictionaries named in <Environment>, resolved beside the records file. */
  environment: SuiteEnvironment;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five named entities and numeric references; anything else (a bare "&") is kept as written. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? all;
    const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
  });
}

const fold = (s: string) => s.replace(/\s+/g, " ").trim();

/** Attributes of a tag, tolerating spaces around "=" and single quotes. */
function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  // A name starts only after a non-name character: from inside a name the scan was quadratic.
  for (const m of s.matchAll(/(?<![\w:.-])([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (!out.has(m[1])) out.set(m[1], decode(m[2] ?? m[3]));
  }
  return out;
}

// The lookahead takes the whole name at once (the name and the attributes could share "-": quadratic).
const TAG = /<(\/?)([A-Za-z][\w:-]*)(?![\w:-])([^<>]*?)(\/?)>/;
const ENV_TAGS: Record<string, keyof SuiteEnvironment> = { Verbfile: "verbs", Actorfile: "actors", Agentfile: "agents", Discardfile: "discards" };

interface Coding {
  attrs: Map<string, string>;
  line: number;
}

/** A record as it is being read. */
interface Open {
  n: number;
  line: number;
  attrs: Map<string, string>;
  selfClosed: boolean;
  codings: Coding[];
  text: string[] | null;
  /** Line of a <Text> still waiting for its </Text>. */
  textOpenAt: number | null;
  parse: string[] | null;
}

/** One pass over the lines of a records file. */
class RecordsReader {
  readonly records: PetrarchRecord[] = [];
  readonly skipped: Skip[] = [];
  readonly warnings: Problem[] = [];
  readonly environment: SuiteEnvironment = { verbs: [], actors: [], agents: [], discards: [] };
  private line = 0;
  private inComment = false;
  private mode: "tags" | "text" | "parse" = "tags";
  private rec: Open | null = null;
  private opened = 0;

  constructor(private readonly label: string, private readonly baseDir: string) {}

  private at(line: number): string {
    return `${this.label}:${line}`;
  }

  feed(raw: string): void {
    this.line++;
    let s = raw;
    if (this.mode === "parse") {
      const end = s.indexOf("</Parse>");
      if (end < 0) {
        this.rec?.parse?.push(s);
        return;
      }
      this.rec?.parse?.push(s.slice(0, end));
      this.mode = "tags";
      s = s.slice(end + "</Parse>".length);
    }
    if (!this.inComment && /^\s*#/.test(s)) return;
    this.scan(this.uncomment(s));
  }

  /** The line without its comments; a comment left open continues on the next lines. */
  private uncomment(s: string): string {
    let out = "";
    let i = 0;
    while (i < s.length) {
      if (this.inComment) {
        const end = s.indexOf("-->", i);
        if (end < 0) return out;
        this.inComment = false;
        i = end + 3;
      } else {
        const start = s.indexOf("<!--", i);
        if (start < 0) return out + s.slice(i);
        out += s.slice(i, start);
        this.inComment = true;
        i = start + 4;
      }
    }
    return out;
  }

  private scan(s: string): void {
    for (;;) {
      if (this.mode === "parse") {
        const end = s.indexOf("</Parse>");
        this.rec?.parse?.push(end < 0 ? s : s.slice(0, end));
        if (end < 0) return;
        this.mode = "tags";
        s = s.slice(end + "</Parse>".length);
        continue;
      }
      if (this.mode === "text") {
        const end = s.indexOf("</Text>");
        if (end < 0 && !/<\/?Sentences?\b/.test(s)) {
          this.rec!.text!.push(s);
          return;
        }
        if (end >= 0) {
          this.rec!.text!.push(s.slice(0, end));
          this.rec!.textOpenAt = null;
          s = s.slice(end + "</Text>".length);
        }
        // A record boundary inside <Text>: the text stays open and the record is skipped when it ends.
        this.mode = "tags";
        continue;
      }
      const m = TAG.exec(s);
      if (!m) return;
      const [all, closing, name, attrText, selfClose] = m;
      s = s.slice(m.index + all.length);
      if (closing) {
        if (name === "Sentence" || name === "Sentences" || name === "Validation") this.finish(true);
        continue;
      }
      if (name === "Sentence") {
        this.finish(false);
        this.rec = {
          n: ++this.opened, line: this.line, attrs: attributes(attrText), selfClosed: !!selfClose,
          codings: [], text: null, textOpenAt: null, parse: null,
        };
      } else if (name === "EventCoding") {
        if (this.rec) this.rec.codings.push({ attrs: attributes(attrText), line: this.line });
        else this.warnings.push({ where: this.at(this.line), reason: "<EventCoding> outside a <Sentence> record (ignored)" });
      } else if (name === "Text" && !selfClose) {
        if (this.rec) {
          this.rec.text = [];
          this.rec.textOpenAt = this.line;
          this.mode = "text";
        } else {
          this.warnings.push({ where: this.at(this.line), reason: "<Text> outside a <Sentence> record (ignored)" });
        }
      } else if (name === "Parse" && !selfClose && this.rec) {
        this.rec.parse = [];
        this.mode = "parse";
      } else if (ENV_TAGS[name] && !this.rec) {
        const end = s.indexOf(`</${name}>`);
        const file = decode((end < 0 ? "" : s.slice(0, end)).trim());
        const list = this.environment[ENV_TAGS[name]];
        if (file && !list.length) list.push(resolve(this.baseDir, file));
      }
    }
  }

  /** Ends the open record, if any; `closed` when a closing tag ended it. */
  finish(closed: boolean): void {
    const r = this.rec;
    this.rec = null;
    this.mode = "tags";
    if (!r) return;
    const where = this.at(r.line);
    const attr = (k: string) => r.attrs.get(k)?.trim() || null;
    const id = attr("id") ?? `line ${r.line}`;
    const skip = (reason: string, line = r.line) => void this.skipped.push({ where: this.at(line), id, reason: `record ${id}: ${reason}` });
    if (r.textOpenAt !== null) return skip(`<Text> opened on line ${r.textOpenAt} is never closed`, r.textOpenAt);
    if (r.text === null) return skip("no <Text>");
    const text = fold(decode(r.text.join("\n")));
    if (!text) return skip("empty <Text>");
    const dated = readRecordDate(attr("date"));
    if ("error" in dated) return skip(dated.error);
    const gold: Triple[] = [];
    let expectedError: string | null = null;
    for (const c of r.codings) {
      const a = (k: string) => c.attrs.get(k);
      if (a("noevents") !== undefined) continue;
      if (a("error") !== undefined) {
        expectedError = a("error")!;
        continue;
      }
      const [source, target, code] = [a("sourcecode"), a("targetcode"), a("eventcode")];
      if (!code?.trim() || source === undefined || target === undefined) {
        return skip(`<EventCoding> needs sourcecode, targetcode and eventcode (or noevents="True")`, c.line);
      }
      gold.push({ source: source.trim(), target: target.trim(), code: code.trim() });
    }
    // One unit-test record (PATTERN-06) has no coding line where its comment says nothing should be coded.
    if (!r.codings.length) this.warnings.push({ where, reason: `record ${id}: no <EventCoding> line; scored as no events` });
    if (!closed && !r.selfClosed) this.warnings.push({ where, reason: `record ${id}: no </Sentence>; read up to the next record` });
    this.records.push({
      id, n: r.n, date: dated.date, category: attr("category"), text, gold,
      evaluate: attr("evaluate")?.toLowerCase() !== "false",
      expectedError,
      parse: r.parse ? decode(r.parse.join("\n")).trim() : null,
      where,
    });
  }

  result(): PetrarchSuite {
    this.finish(false);
    return { records: this.records, skipped: this.skipped, warnings: this.warnings, duplicates: duplicateIds(this.records), environment: this.environment };
  }
}

/** Reads records from the lines of a file, in one pass; `label` names the file in reports. */
export function parsePetrarchLines(lines: Iterable<string>, label: string, baseDir = "."): PetrarchSuite {
  const reader = new RecordsReader(label, baseDir);
  for (const line of lines) reader.feed(line);
  return reader.result();
}

export function parsePetrarchRecords(text: string, label: string, baseDir = "."): PetrarchSuite {
  return parsePetrarchLines(text.split(/\r?\n/), label, baseDir);
}

export function readPetrarchRecords(path: string): PetrarchSuite {
  return parsePetrarchRecords(readGoldText(path), path, dirname(path));
}
