// The bearer-token rule: writes always need the token; reads need it only when the server listens
// beyond loopback. 401 when no token is sent, 403 when a wrong one is.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { HttpError } from "./errors.js";

export function generateToken(): string {
  return randomBytes(24).toString("base64url");
}

/** True for 127.0.0.0/8, ::1 and localhost: the addresses only this machine reaches. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function checkToken(expected: string, header: string | undefined): void {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m) throw new HttpError(401, "this route needs a bearer token (Authorization: Bearer TOKEN)");
  const given = Buffer.from(m[1]);
  const want = Buffer.from(expected);
  if (given.length !== want.length || !timingSafeEqual(given, want)) throw new HttpError(403, "wrong token");
}
