// The server's limits that the CLI names in its help, kept apart from the HTTP stack so `--help` need not load it.

/** Largest request body accepted by default, in bytes. */
export const DEFAULT_MAX_BODY = 10 * 1024 * 1024;
