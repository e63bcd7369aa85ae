// The queue address the queue commands share: --queue, then $PARLEY_QUEUE, then the local Redis.
import type { Command } from "commander";
import { UserError } from "../errors.js";
import { DEFAULT_QUEUE_URL, parseQueueUrl, type QueueAddress } from "../scale/queue-address.js";

export function addQueueOption(cmd: Command): Command {
  return cmd.option("--queue <url>", `the job queue, redis://host:port[/db] (default: $PARLEY_QUEUE, then ${DEFAULT_QUEUE_URL})`);
}

export function queueAddressOf(flags: { queue?: string }): QueueAddress {
  try {
    return parseQueueUrl(flags.queue ?? process.env.PARLEY_QUEUE ?? DEFAULT_QUEUE_URL);
  } catch (err) {
    throw new UserError((err as Error).message);
  }
}
