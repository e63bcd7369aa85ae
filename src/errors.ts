// User-facing errors: one clear line naming the source and the reason, never a stack trace.

export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = "UserError";
  }
}

/** An error about one input (file, line, URL): `where` is printed first so users can find it. */
export class SourceError extends UserError {
  constructor(readonly where: string, readonly reason: string) {
    super(`${where}: ${reason}`, 1);
    this.name = "SourceError";
  }
}

/** A pipeline built or run out of order (a component whose required layer no earlier component assigns): a bug, not a user error. */
export class PipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PipelineError";
  }
}

/** The analysis pipeline could not load (a missing or stale model): it ends a batch, since no article can be analysed. */
export class PipelineLoadError extends UserError {
  constructor(message: string, exitCode = 2) {
    super(message, exitCode);
    this.name = "PipelineLoadError";
  }
}
