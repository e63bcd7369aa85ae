// `parley recode`: code stored articles again after a dictionary, lexicon, convention or rule change,
// reusing each article's stored parse when the models are unchanged; one transaction per article.
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { defaultDeps, type CliDeps } from "../deps.js";
import { addDictionaryOptions, loadCodingAnalyzer, stopOnInterrupt, type DictionaryFlags } from "../coding-options.js";
import { withExamples } from "../help.js";
import { addLinkOptions, linkOptionsOf, type LinkFlags } from "../link-options.js";
import { dbPathOf, withStore } from "../store-access.js";

interface RecodeFlags extends DictionaryFlags, LinkFlags {
  all?: boolean;
  allVersions?: boolean;
  reparse?: boolean;
  quiet?: boolean;
}

export function register(program: Command, deps: CliDeps = defaultDeps): void {
  const cmd = program.command("recode")
    .argument("[articles...]", "article ids or unique prefixes (or --all)")
    .description("code stored articles again with the dictionaries, conventions and rules given now; the stored parse is reused " +
      "when the models are the ones that made it, and each article is replaced in one transaction")
    .option("--all", "every stored article (latest versions; with --all-versions, every version)")
    .option("--all-versions", "with --all: superseded versions too")
    .option("--reparse", "analyse from the text even when the stored parse could be reused")
    .option("--quiet", "no summary");
  addDictionaryOptions(addLinkOptions(cmd))
    .action(async (refs: string[], flags: RecodeFlags, command: Command) => {
      if (!flags.all && !refs.length) throw new UserError("recode: name the articles to recode, or --all");
      if (flags.all && refs.length) throw new UserError("recode: give article ids or --all, not both");
      const [{ formatRecodeSummary, runRecode }, { findArticle, listArticles }] = await Promise.all([import("../../recode-run.js"), import("../../store/queries.js")]);
      await withStore(dbPathOf(command), async ({ db }) => {
        // resolve every reference before loading models: an unknown id is a usage error and nothing is done
        const ids = flags.all
          ? (await listArticles(db, { allVersions: flags.allVersions, limit: Number.MAX_SAFE_INTEGER })).map((a) => a.id)
          : await Promise.all(refs.map(async (r) => (await findArticle(db, r)).id));
        const analyzer = await loadCodingAnalyzer(deps, flags);
        const stop = stopOnInterrupt();
        try {
          const s = await runRecode({ db, analyzer, ids, reparse: flags.reparse, signal: stop.signal, link: flags.link === false ? false : linkOptionsOf(flags), command: ["recode", ...(flags.all ? ["--all"] : refs)].join(" ") });
          if (!flags.quiet) console.log(formatRecodeSummary(s));
          if (s.interrupted) process.exitCode = 130;
          else if (s.failed > 0) process.exitCode = 1;
        } finally {
          stop.dispose();
        }
      }, { mustExist: true, write: true });
    });
  withExamples(cmd, [
    ["parley recode --all --actors my-actors.txt", "every article with an extra actor dictionary, no re-parse"],
    ["parley recode 3f2a --verbs CAMEO.verbs.txt --conventions petrarch", "one article with imported PETRARCH verbs"],
    ["parley recode --all --without-rule targets.place-acted-on", "see what one rule contributed"],
  ]);
}
