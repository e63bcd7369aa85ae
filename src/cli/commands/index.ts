// Every CLI command registers itself here; one file per command under this folder.
import type { Command } from "commander";
import type { CliDeps } from "../deps.js";
import { register as registerArticles } from "./articles.js";
import { register as registerDemo } from "./demo.js";
import { register as registerEval } from "./eval.js";
import { register as registerEvents } from "./events.js";
import { register as registerIngest } from "./ingest.js";
import { register as registerShow } from "./show.js";
import { register as registerTrain } from "./train.js";
import { register as registerVerbs } from "./verbs.js";
import { register as registerActors } from "./actors.js";
import { register as registerRules } from "./rules.js";
import { register as registerRecode } from "./recode.js";
import { register as registerRm } from "./rm.js";
import { register as registerFigures } from "./figures.js";
import { register as registerLink } from "./link.js";
import { register as registerStories } from "./stories.js";
import { register as registerNegotiations } from "./negotiations.js";
import { register as registerServe } from "./serve.js";
import { register as registerEnqueue } from "./enqueue.js";
import { register as registerWorker } from "./worker.js";
import { register as registerQueue } from "./queue.js";

/** `deps` is optional so subcommand groups (eval, train) can register without it. */
export type RegisterCommand = (program: Command, deps?: CliDeps) => void;

// One per line, so that branches adding commands merge cleanly.
export const commands: RegisterCommand[] = [
  registerIngest,
  registerArticles,
  registerShow,
  registerEvents,
  registerFigures,
  registerNegotiations,
  registerDemo,
  registerEval,
  registerTrain,
  registerVerbs,
  registerActors,
  registerRules,
  registerRecode,
  registerRm,
  registerLink,
  registerStories,
  registerServe,
  registerEnqueue,
  registerWorker,
  registerQueue,
];
