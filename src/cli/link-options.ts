// The linking options that ingest, recode, link and eval clusters share: --no-link, --link-threshold, --link-days,
// --link-candidates.
import type { Command } from "commander";
import { UserError } from "../errors.js";
import { DEFAULT_LINK_OPTIONS, type LinkOptions } from "../stories/link-score.js";

export interface LinkFlags {
  /** commander sets `link: false` for --no-link. */
  link?: boolean;
  linkThreshold?: number;
  linkDays?: number;
  linkCandidates?: number;
}

function unitNumber(v: string): number {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new UserError(`--link-threshold expects a number from 0 to 1, got "${v}"`);
  return n;
}

function days(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 60) throw new UserError(`--link-days expects a whole number of days from 0 to 60, got "${v}"`);
  return n;
}

function count(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw new UserError(`--link-candidates expects a whole number from 1 to 1000000, got "${v}"`);
  return n;
}

export function addLinkOptions(cmd: Command, opts: { noLink?: boolean } = { noLink: true }): Command {
  if (opts.noLink) cmd.option("--no-link", "do not link events into clusters (the raw view: every event is its own row)");
  return cmd
    .option("--link-threshold <x>", `lowest score (0 to 1) that links two mentions of one event (default ${DEFAULT_LINK_OPTIONS.threshold})`, unitNumber)
    .option("--link-days <n>", `days a mention's date may be off and still match (default ${DEFAULT_LINK_OPTIONS.days})`, days)
    .option("--link-candidates <n>", `most stored events (the latest of its date window) a new mention is compared with (default ${DEFAULT_LINK_OPTIONS.candidates})`, count);
}

export function linkOptionsOf(f: LinkFlags): Partial<LinkOptions> {
  return {
    ...(f.linkThreshold === undefined ? {} : { threshold: f.linkThreshold }),
    ...(f.linkDays === undefined ? {} : { days: f.linkDays }),
    ...(f.linkCandidates === undefined ? {} : { candidates: f.linkCandidates }),
  };
}
