// Where parley may fetch from (OWASP's SSRF guidance): http and https only, no credentials in URLs,
// and, unless --allow-private, only public unicast addresses. Every hop's host is resolved and each
// address it gives is checked before the request; the connection itself resolves through the same
// check (the agent's connect lookup), so a DNS answer that changes in between (rebinding) still
// cannot reach a private address. Decimal, octal, hex and IPv4-mapped spellings are undone by the
// URL parser and ipaddr.js before the check.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { SourceError } from "../errors.js";

/** Resolves a host name to all its addresses (dns.lookup with all: true); tests may pass their own. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface NetPolicy {
  /** --allow-private: fetch loopback, private, link-local and other non-public addresses too. */
  allowPrivate: boolean;
  resolve: Resolver;
  /** Non-public addresses allowed one by one (tests allow their own server's address and no other). */
  permit?: (address: string) => boolean;
}

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addrs) => (err ? reject(err) : resolve(addrs))));

export function netPolicy(allowPrivate = false, resolve: Resolver = systemResolver, permit?: (address: string) => boolean): NetPolicy {
  return { allowPrivate, resolve, permit };
}

/** Why the policy refuses `address`, or null when it may be connected to. */
function refusal(policy: NetPolicy, address: string): string | null {
  if (policy.allowPrivate) return null;
  const why = nonPublicReason(address);
  return why && !policy.permit?.(ipaddr.process(unbracket(address)).toString()) ? why : null;
}

const RANGE_WORDS: Record<string, string> = {
  loopback: "a loopback address", private: "a private address", linkLocal: "a link-local address",
  uniqueLocal: "a unique-local address", multicast: "a multicast address", unspecified: "an unspecified address",
  broadcast: "a broadcast address", carrierGradeNat: "a carrier-grade NAT address", reserved: "a reserved address",
};

function unbracket(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** Why an address may not be fetched ("a loopback address"), or null for a public unicast one. */
export function nonPublicReason(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(unbracket(address)); // IPv4-mapped IPv6 is judged as the IPv4 it maps
  } catch {
    return "not an IP address";
  }
  const range = ip.range();
  if (range === "unicast") return null;
  // 6to4, Teredo and NAT64 prefixes can carry any IPv4 inside; refused with the rest.
  return RANGE_WORDS[range] ?? `a special-purpose address (${range})`;
}

/** The URL with any user name and password replaced by "***", for messages and logs. */
export function redactUrl(s: string): string {
  try {
    const u = new URL(s);
    if (!u.username && !u.password) return s;
    u.username = "***";
    u.password = "";
    return u.href;
  } catch {
    return s.replace(/\/\/[^/@\s]*@/, "//***@");
  }
}

const HINT = "not fetched (--allow-private to fetch it)";

/** Throws a SourceError naming `where` when `url` may not be fetched under `policy`. */
export async function checkUrl(url: URL, policy: NetPolicy, where: string): Promise<void> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SourceError(where, `${redactUrl(url.href)} is not an http or https URL`);
  }
  if (url.username || url.password) {
    throw new SourceError(where, `${redactUrl(url.href)}: URLs with a user name or password are not fetched; remove them`);
  }
  if (policy.allowPrivate) return;
  const host = unbracket(url.hostname);
  if (ipaddr.isValid(host)) {
    const why = refusal(policy, host);
    const plain = ipaddr.process(host).toString();
    const shown = plain === host ? url.host : `${url.host} (${plain})`;
    if (why) throw new SourceError(where, `${shown} is ${why}; ${HINT}`);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await policy.resolve(host);
  } catch {
    throw new SourceError(where, `host not found (${url.hostname})`);
  }
  for (const a of addresses) {
    const why = refusal(policy, a.address);
    if (why) throw new SourceError(where, `${url.hostname} resolves to ${a.address}, ${why}; ${HINT}`);
  }
}

/** An address the connection was about to use was not public: refused at connect time. */
export class PrivateAddressError extends Error {
  readonly code = "PARLEY_PRIVATE_ADDRESS";
}

/**
 * A `lookup` for net.connect that resolves through the policy and refuses non-public addresses,
 * so the address actually connected to is the one checked.
 */
export function guardedLookup(policy: NetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    const all = options.all === true;
    const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family;
    policy.resolve(hostname).then((addrs) => {
      const usable = family === 4 || family === 6 ? addrs.filter((a) => a.family === family) : addrs;
      if (!usable.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
      for (const a of usable) {
        const why = refusal(policy, a.address);
        if (why) return callback(new PrivateAddressError(`${hostname} resolved to ${a.address}, ${why}, when connecting; ${HINT}`), "");
      }
      if (all) callback(null, usable);
      else callback(null, usable[0].address, usable[0].family);
    }, (err: NodeJS.ErrnoException) => callback(err, ""));
  };
}
