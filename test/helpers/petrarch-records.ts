// Reads PETRARCH validation records (id, category, date, text, expected source/target codes) with
// plain patterns: the files' comments contain stray tags that trip a strict XML parser.
export interface ValidationRecord {
  id: string;
  category: string;
  date: string;
  evaluate: boolean;
  text: string;
  codes: { source: string; target: string }[];
}

const attr = (s: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(s)?.[1] ?? "";

export function parseRecords(xml: string): ValidationRecord[] {
  const out: ValidationRecord[] = [];
  for (const m of xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<Sentence\s([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const [, attrs, body] = m;
    const d = attr(attrs, "date");
    out.push({
      id: attr(attrs, "id"), category: attr(attrs, "category"), evaluate: attr(attrs, "evaluate") === "true",
      date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
      text: (/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? "").replace(/\s+/g, " ").trim(),
      codes: [...body.matchAll(/<EventCoding\s([^>]*)\/>/g)].map((e) => ({ source: attr(e[1], "sourcecode"), target: attr(e[1], "targetcode") })),
    });
  }
  return out;
}
