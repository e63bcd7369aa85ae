// `parley negotiations`: the negotiation board over the stored articles (processes, proposals with terms
// and a response timeline per party, positions, meetings, earlier agreements); `parley negotiations show
// ID` for one proposal with its evidence.
import type { Command } from "commander";
import { UserError } from "../../errors.js";
import { checkNegotiationFormat, NEGOTIATION_FORMATS, proposalDetail, renderBoard } from "../../export/negotiations.js";
import { dbPathOf, isoDate, withStore } from "../store-access.js";
import { withExamples } from "../help.js";

interface Opts {
  process?: string;
  since?: string;
  until?: string;
  article?: string;
  allVersions?: boolean;
  format: string;
}

export function register(program: Command): void {
  const cmd = program.command("negotiations")
    .description("the negotiation board: proposals, terms, mediators, responses per party over time; `negotiations show ID` for one proposal")
    .argument("[show]", "\"show\" followed by a proposal id")
    .argument("[id]", "proposal id (the # of the table)")
    .option("--process <name>", "only talks whose name or party keys contain this (\"Hamas\", \"ISR\")")
    .option("--since <date>", "articles dated YYYY-MM-DD or later", isoDate("--since"))
    .option("--until <date>", "articles dated YYYY-MM-DD or earlier", isoDate("--until"))
    .option("--article <id>", "one article (id or prefix)")
    .option("--all-versions", "include superseded article versions")
    .option("--format <format>", `output: ${NEGOTIATION_FORMATS.join("|")}`, "table")
    .action(async (show: string | undefined, id: string | undefined, opts: Opts, cmd: Command) => {
      const format = checkNegotiationFormat(opts.format);
      if (show !== undefined && show !== "show") throw new UserError(`unknown argument "${show}": use \`parley negotiations show ID\``);
      if (show === "show" && (id === undefined || !/^\d+$/.test(id))) throw new UserError("`parley negotiations show` needs a proposal id (a whole number)");
      const [{ findProposal }, { readBoard }] = await Promise.all([import("../../negotiations/board.js"), import("../board-read.js")]);
      await withStore(dbPathOf(cmd), async ({ db }) => {
        const board = await readBoard(db, opts);
        if (show === "show") {
          const found = findProposal(board, Number(id));
          if (!found) throw new UserError(`no proposal #${id} on the board (see \`parley negotiations\`)`);
          process.stdout.write(proposalDetail(found.process, found.proposal, format));
          return;
        }
        process.stdout.write(renderBoard(board, format));
      }, { mustExist: true });
    });
  withExamples(cmd, [
    ["parley negotiations", "every process with its proposals, positions and meetings"],
    ["parley negotiations --process Hamas --format md > brief.md", "a desk editor's brief of the Israel–Hamas talks"],
    ["parley negotiations show 3", "proposal #3 with the evidence of each term, link and response"],
  ]);
}
