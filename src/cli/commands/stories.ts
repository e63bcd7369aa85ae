// `parley stories` and `parley timeline`: articles grouped into stories by the event clusters they share,
// and the dated sequence of clusters with their evidence.
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import type { Story } from "../../stories/stories.js";
import { dateBound } from "../filters.js";
import { withExamples } from "../help.js";
import { dbPathOf, positiveInt, withStore } from "../store-access.js";

const FORMATS = ["table", "json", "md"];

function checkFormat(f: string): string {
  if (!FORMATS.includes(f)) throw new UserError(`unknown format "${f}" (choose ${FORMATS.join(", ")})`);
  return f;
}

function storyTable(stories: Story[]): string {
  if (!stories.length) return "(no stories: the store has no linked events; see parley link)\n";
  return stories.map((s) => `${s.id.padEnd(7)} ${(s.firstDate ?? "").padEnd(10)} ${(s.lastDate ?? "").padEnd(10)} ` +
    `${String(s.articles.length).padStart(3)} art ${String(s.clusters.length).padStart(4)} ev  ${s.name}`).join("\n") + "\n";
}

function storyMarkdown(stories: Story[]): string {
  return ["# Stories", "", "| story | from | to | articles | events | name |", "|---|---|---|---|---|---|",
    ...stories.map((s) => `| ${s.id} | ${s.firstDate ?? ""} | ${s.lastDate ?? ""} | ${s.articles.length} | ${s.clusters.length} | ${s.name.replace(/\|/g, "\\|")} |`), ""].join("\n");
}

export function register(program: Command): void {
  const stories = program.command("stories")
    .description("articles grouped into stories by shared event clusters, actors and time, named by main dyad, kind of event and place")
    .option("--days <n>", "articles about the same main dyad this many days apart share a story", positiveInt("--days"), 7)
    .option("--min-articles <n>", "only stories of at least n articles", positiveInt("--min-articles"), 1)
    .option("--format <format>", `output: ${FORMATS.join("|")}`, "table")
    .action(async (opts: { days: number; minArticles: number; format: string }, cmd: Command) => {
      const format = checkFormat(opts.format);
      const { readStories } = await import("../../stories/stories-read.js");
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const list = await readStories(db, opts);
        process.stdout.write(format === "json" ? JSON.stringify(list, null, 2) + "\n" : format === "md" ? storyMarkdown(list) : storyTable(list));
      }, { mustExist: true });
    });
  withExamples(stories, [
    ["parley stories", "every story, oldest first"],
    ["parley stories --min-articles 2 --format md", "stories told by two articles or more, as Markdown"],
  ]);

  const tl = program.command("timeline")
    .description("the dated sequence of event clusters, each with its mentions as evidence (reported events only unless --all)")
    .option("--story <id>", "clusters of one story (an id from parley stories)")
    .option("--actor <code>", "clusters with this actor code prefix as source or target")
    .option("--dyad <a,b>", "clusters between two actor code prefixes, in either order (ISR,PSE)")
    .option("--since <date>", "clusters dated on or after YYYY-MM-DD (or from the start of YYYY-MM / YYYY)", dateBound("--since", "start"))
    .option("--all", "also clusters whose mentions are all negated or hypothetical")
    .option("--days <n>", "with --story: the --days the stories were listed with", positiveInt("--days"), 7)
    .option("--format <format>", `output: ${FORMATS.join("|")}`, "table")
    .action(async (opts: { story?: string; actor?: string; dyad?: string; since?: string; all?: boolean; days: number; format: string }, cmd: Command) => {
      const format = checkFormat(opts.format);
      const given = [opts.story, opts.actor, opts.dyad].filter((x) => x !== undefined).length;
      if (given > 1) throw new UserError("timeline: give one of --story, --actor, --dyad");
      let dyad: [string, string] | undefined;
      if (opts.dyad !== undefined) {
        const parts = opts.dyad.split(",").map((s) => s.trim()).filter(Boolean);
        if (parts.length !== 2) throw new UserError(`--dyad expects two actor codes separated by a comma (ISR,PSE), got "${opts.dyad}"`);
        dyad = [parts[0], parts[1]];
      }
      const [{ readClusters }, { findStory }, { timeline, timelineJson, timelineMarkdown, timelineTable }, { loadOntology }] = await Promise.all([
        import("../../stories/clusters-read.js"), import("../../stories/stories-read.js"), import("../../stories/timeline.js"), import("../../events/ontology.js"),
      ]);
      const ontology = loadOntology();
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const all = await readClusters(db);
        let clusters: Set<number> | undefined;
        let title = "Timeline";
        if (opts.story) {
          const story = findStory(all, opts.story, opts.days);
          clusters = new Set(story.clusters);
          title = `${story.id} ${story.name}`;
        }
        const cs = timeline(all, { clusters, actor: opts.actor, dyad, since: opts.since, all: opts.all });
        process.stdout.write(format === "json" ? timelineJson(cs) : format === "md" ? timelineMarkdown(cs, ontology, title) : timelineTable(cs, ontology));
      }, { mustExist: true });
    });
  withExamples(tl, [
    ["parley timeline --dyad ISR,PSE --since 2024", "Israel–Palestinian events from 2024 on"],
    ["parley timeline --story S12 --format md > story.md", "one story as Markdown"],
    ["parley timeline --actor SOM --format json", "Somali actors' events as JSON"],
  ]);
}
