// --stories mode of `eval events`: the full stories are coded, as `parley ingest` would read them, so actors
// named earlier in a story can be resolved, and each gold sentence is scored on the events found in it.
//
// Matching, precisely: a gold record belongs to the story whose `id` equals the record's `story`, or equals
// it after a prefix ending in "-" ("voa-8009714" for story "8009714"); without a `story` field, its id up to
// the last "-" is used. The record's sentence is located at the first exact, character-identical occurrence
// of its `text` in the story's text. A predicted event is scored for that record when its trigger begins
// inside that span: its evidence sentence is then the gold sentence, or overlaps it where parley's
// sentence splitter cuts differently (events of one parley sentence are shared among the gold sentences
// their triggers fall in; a gold sentence split in two by parley gets the events of both parts).
// Events whose trigger lies outside every gold sentence are not scored.
import { makeContext } from "../ingest/context.js";
import { readLines } from "../ingest/records.js";
import type { Article } from "../text/article.js";
import type { Span } from "../text/doc.js";
import { EVAL_DAY } from "./article-for-text.js";
import type { EventGoldRecord } from "./event-gold.js";
import type { EventsPredictor, PredictedEvent } from "./event-score.js";
import { readGoldText, type Problem, type Skip } from "./gold-records.js";

/** A predicted event with the character offset of its trigger in the story. */
export interface LocatedEvent extends PredictedEvent {
  at: number;
}

export type StoryCoder = (article: Article) => { events: LocatedEvent[]; sentences: Span[] };

/** The stories of a JSON Lines file, read exactly as `parley ingest` reads it; a story it cannot read is a skip. */
export async function readStories(path: string): Promise<{ stories: Article[]; skipped: Skip[] }> {
  const stories: Article[] = [];
  const skipped: Skip[] = [];
  for await (const item of readLines(path, [readGoldText(path, "stories")], makeContext({ now: () => EVAL_DAY }))) {
    if (item.ok) stories.push(item.article);
    else skipped.push({ where: item.error.where, id: null, reason: `story not read: ${item.error.reason}` });
  }
  return { stories, skipped };
}

function storyIndex(stories: readonly Article[]): Map<string, Article> {
  const index = new Map<string, Article>();
  for (const a of stories) {
    index.set(a.id, a);
    const bare = /^[^-]+-(.+)$/.exec(a.id)?.[1];
    if (bare && !index.has(bare)) index.set(bare, a);
  }
  return index;
}

export interface StoriesAlignment {
  /** The gold records placed in their story, in file order. */
  records: EventGoldRecord[];
  /** Records that could not be placed (story missing, sentence not found). */
  skipped: Skip[];
  warnings: Problem[];
  predict: EventsPredictor;
  /** Gold sentences whose span is exactly one of parley's sentences (white space at the edges aside). */
  sameSentence: number;
}

/** Places each gold record in its story, codes the stories that hold any (once each), and predicts per record. */
export function alignStories(records: readonly EventGoldRecord[], stories: readonly Article[], code: StoryCoder): StoriesAlignment {
  const index = storyIndex(stories);
  const placed: { record: EventGoldRecord; story: Article; start: number; end: number }[] = [];
  const skipped: Skip[] = [];
  const warnings: Problem[] = [];
  for (const record of records) {
    const storyId = record.story ?? record.id.replace(/-[^-]*$/, "");
    const story = index.get(storyId);
    if (!story) {
      skipped.push({ where: record.where, id: record.id, reason: `story "${storyId}" is not in the stories file` });
      continue;
    }
    const start = story.text.indexOf(record.text);
    if (start < 0) {
      skipped.push({ where: record.where, id: record.id, reason: `its text is not in story "${story.id}"` });
      continue;
    }
    if (story.text.indexOf(record.text, start + 1) >= 0) {
      warnings.push({ where: record.where, reason: `record ${record.id}: its text occurs more than once in story "${story.id}"; the first occurrence is scored` });
    }
    placed.push({ record, story, start, end: start + record.text.length });
  }
  const codedStories = new Map<Article, ReturnType<StoryCoder>>();
  for (const p of placed) if (!codedStories.has(p.story)) codedStories.set(p.story, code(p.story));
  const byRecord = new Map<EventGoldRecord, PredictedEvent[]>();
  let sameSentence = 0;
  for (const p of placed) {
    const coded = codedStories.get(p.story)!;
    byRecord.set(p.record, coded.events.filter((e) => e.at >= p.start && e.at < p.end).map(({ at: _at, ...e }) => e));
    const trimmed = trimSpan(p.story.text, p.start, p.end);
    if (coded.sentences.some((s) => { const t = trimSpan(p.story.text, s.start, s.end); return t.start === trimmed.start && t.end === trimmed.end; })) sameSentence++;
  }
  return { records: placed.map((p) => p.record), skipped, warnings, predict: (r) => byRecord.get(r) ?? [], sameSentence };
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
