// Errors a route answers with: a status, one line of message and, for a bad parameter, its name.
import { UserError } from "../errors.js";

export class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 429 | 503, message: string, readonly field?: string) {
    super(message);
    this.name = "HttpError";
  }
}

/** The JSON body of an error: never a stack trace. */
export function errorBody(message: string, field?: string): { error: string; field?: string } {
  return field ? { error: message, field } : { error: message };
}

/**
 * A UserError thrown while answering (a store lookup, an ingest option) as an HttpError: 404 for an
 * unknown article or story, 400 for anything else the caller can fix.
 */
export function fromUserError(err: UserError): HttpError {
  return new HttpError(/^no (article|story) /.test(err.message) ? 404 : 400, err.message.replace(/^parley: /, ""));
}
