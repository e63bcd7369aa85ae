// A read-only set of strings, each with its index: the strings joined into one, their start offsets and an
// open-addressing hash table, all plain arrays. Written to a file and read back it costs no allocation per
// string (the gazetteer's 235,000 Map entries took a third of the model load to rebuild, with the GC).
import type { Part, Parts } from "./parts-file.js";

/** FNV-1a over UTF-16 code units, so it hashes a JS string exactly as the joined text's slice of it. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

export class StringTable {
  private readonly mask: number;

  /**
   * `text`: the strings joined; `starts`: string i is text[starts[i], starts[i + 1]) (n + 1 offsets);
   * `slots`: a power-of-two table of string indexes, -1 for empty, at hash & (length - 1) and on.
   */
  constructor(readonly text: string, readonly starts: Uint32Array, readonly slots: Int32Array) {
    if (slots.length & (slots.length - 1) || !slots.length) throw new Error("StringTable: slot count must be a power of two");
    this.mask = slots.length - 1;
  }

  /** A table of `keys` (distinct), indexes in their order; about half the slots stay empty. */
  static of(keys: readonly string[]): StringTable {
    const starts = new Uint32Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) starts[i + 1] = starts[i] + keys[i].length;
    let size = 2;
    while (size < 2 * keys.length) size *= 2;
    const slots = new Int32Array(size).fill(-1);
    const table = new StringTable(keys.join(""), starts, slots);
    keys.forEach((key, i) => {
      if (table.indexOf(key) >= 0) throw new Error(`StringTable: "${key}" is given twice`);
      let h = hashRange(key, 0, key.length) & table.mask;
      while (slots[h] >= 0) h = (h + 1) & table.mask;
      slots[h] = i;
    });
    return table;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** The index of `key`, -1 when it is not in the table. */
  indexOf(key: string): number {
    const { slots, starts, text, mask } = this;
    const n = key.length;
    for (let h = hashRange(key, 0, n) & mask; ; h = (h + 1) & mask) {
      const i = slots[h];
      if (i < 0) return -1;
      const s = starts[i];
      if (starts[i + 1] - s === n && text.startsWith(key, s)) return i;
    }
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  /** String i. */
  keyAt(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1]);
  }

  /** All strings, in index order. */
  keys(): string[] {
    return Array.from({ length: this.size }, (_, i) => this.keyAt(i));
  }
}

/** A table as parts of a parts file (util/parts-file.ts), named `name` + Starts, Slots, Text. */
export function tableParts(name: string, t: StringTable): Part[] {
  return [[`${name}Starts`, t.starts], [`${name}Slots`, t.slots], [`${name}Text`, t.text]];
}

/** The table `tableParts` wrote; throws when it is damaged (a slot naming no string, no empty slot, a text of another length). */
export function tableOfParts(p: Parts<unknown>, name: string): StringTable {
  const starts = p.array(`${name}Starts`, "u32"), slots = p.array(`${name}Slots`, "i32"), text = p.text(`${name}Text`);
  if (!starts.length || starts[starts.length - 1] !== text.length) throw new Error(`${name}: wrong text length`);
  let empty = 0;
  for (let k = 0; k < slots.length; k++) {
    if (slots[k] >= starts.length - 1) throw new Error(`${name}: bad slot`);
    if (slots[k] < 0) empty++;
  }
  if (!empty) throw new Error(`${name}: no empty slot`); // a lookup would never end
  return new StringTable(text, starts, slots);
}
