// Every CLI command registers itself here; one file per command under this folder.
import type { Command } from "commander";
import { register as registerEval } from "./eval.js";
import { register as registerTrain } from "./train.js";
import { register as registerVerbs } from "./verbs.js";

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerEval, registerTrain, registerVerbs];
