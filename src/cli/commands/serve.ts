// `parley serve`: the HTTP API and the dashboard over a store, until Ctrl-C.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { UserError } from "../../errors.js";
import { DEFAULT_MAX_BODY } from "../../server/limits.js";
import { defaultDeps, type CliDeps } from "../deps.js";
import { addDictionaryOptions, loadCodingAnalyzer, type DictionaryFlags } from "../coding-options.js";
import { withExamples } from "../help.js";
import { dbPathOf, positiveInt } from "../store-access.js";

interface ServeFlags extends DictionaryFlags {
  host: string;
  port: number;
  token?: string;
  maxBytes?: number;
}

export function register(program: Command, deps: CliDeps = defaultDeps): void {
  const cmd = program.command("serve")
    .description("serve the HTTP API (/api/…) and the dashboard over the database")
    .option("--host <address>", "address to listen on (beyond loopback, reads need the token too)", "127.0.0.1")
    .option("--port <n>", "port to listen on", (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`--port expects a port number 0–65535, got "${v}"`);
      return n;
    }, 8470)
    .option("--token <token>", "bearer token for writes (default $PARLEY_TOKEN, else one is generated and printed)")
    .option("--max-bytes <n>", `largest request body in bytes (default ${DEFAULT_MAX_BODY})`, positiveInt("--max-bytes"));
  addDictionaryOptions(cmd)
    .action(async (flags: ServeFlags, cmd: Command) => {
      const dbPath = dbPathOf(cmd);
      if (dbPath !== ":memory:" && !existsSync(dbPath)) {
        throw new UserError(`no database at ${dbPath}; run \`parley ingest …\` or \`parley demo\` first, or pass --db`);
      }
      const { listen } = await import("../../server/listen.js");
      const server = await listen({
        dbPath, host: flags.host, port: flags.port, token: flags.token ?? process.env.PARLEY_TOKEN,
        loadAnalyzer: () => loadCodingAnalyzer(deps, flags), maxBodyBytes: flags.maxBytes, print: (l) => console.log(l),
      }).catch((err: NodeJS.ErrnoException) => {
        if (err.code === "EADDRINUSE" || err.code === "EACCES" || err.code === "EADDRNOTAVAIL") {
          throw new UserError(`cannot listen on ${flags.host}:${flags.port}: ${err.code}`);
        }
        throw err;
      });
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await server.close();
    });
  withExamples(cmd, [
    ["parley serve --db parley-demo.db", "the dashboard on http://127.0.0.1:8470/"],
    ["PARLEY_TOKEN=s3cret parley serve --port 9000", "a chosen token for POST /api/ingest and DELETE"],
    ["curl 'http://127.0.0.1:8470/api/events?actor=ISR&format=csv'", "events as CSV from the API"],
  ]);
}
