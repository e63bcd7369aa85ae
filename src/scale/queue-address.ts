// Where the job queue is: parsed by the CLI for every queue command, so kept apart from BullMQ
// (which loads only when a queue is opened).

export const QUEUE_NAME = "parley-articles";
export const DEFAULT_QUEUE_URL = "redis://127.0.0.1:6379";
/** Tries per article before it goes to the failed list (store errors only; analysis errors fail at once). */
export const ATTEMPTS = 5;

export interface QueueAddress { host: string; port: number; db: number; name: string }

/** `redis://host:port/db` (a `?name=` picks another queue than parley-articles); anything else is refused. */
export function parseQueueUrl(url: string): QueueAddress {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--queue: not a URL: ${url} (expected redis://host:port)`);
  }
  if (u.protocol !== "redis:") throw new Error(`--queue: only redis:// queues are supported, got ${u.protocol}//`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new Error(`--queue: the database number must be a whole number, got ${u.pathname.slice(1)}`);
  return { host: u.hostname || "127.0.0.1", port: Number(u.port || 6379), db, name: u.searchParams.get("name") || QUEUE_NAME };
}
