// Development halves of a gold file: rules are developed on one half and checked on the other.
// Every eval command splits the same way: a record's number is its line in the file for formats with
// one record a line (JSON Lines), and its position (1-based) for formats whose records span several
// lines (PETRARCH records, CoNLL-U and IOB2 sentences); "even" keeps the even numbers, "odd" the odd ones.
import { UserError } from "../errors.js";

export type Half = "even" | "odd";

/** The --half value checked; undefined when the option was not given. */
export function parseHalf(value: string | undefined): Half | undefined {
  if (value === undefined) return undefined;
  if (value === "even" || value === "odd") return value;
  throw new UserError(`--half must be "even" or "odd", not "${value}"`);
}

export function inHalf(n: number, half: Half): boolean {
  return Number.isInteger(n) && Math.abs(n % 2) === (half === "even" ? 0 : 1);
}

/**
 * The items of one half (all of them when `half` is undefined). `numberOf` gives an item's number;
 * by default its position in the list, counted from 1.
 */
export function selectHalf<T>(items: readonly T[], half: Half | undefined, numberOf: (item: T, index: number) => number = (_, i) => i + 1): T[] {
  return half ? items.filter((item, i) => inHalf(numberOf(item, i), half)) : [...items];
}
