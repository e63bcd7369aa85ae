// Proxies from the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY and their lower-case forms), as
// curl and most tools read them, through undici's EnvHttpProxyAgent. Without any, a plain Agent.
//
// The address policy (net-policy.ts) still checks every URL and redirect hop before the request;
// direct connections (no proxy, or a NO_PROXY host) are checked again at connect time. Through a
// proxy the proxy connects, so the connect-time check cannot apply there, and the proxy's own
// address is the user's choice and is not checked.
import { Agent, EnvHttpProxyAgent, type Dispatcher } from "undici";
import type { LookupFunction } from "node:net";

const PROXY_VARS = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];

/** The proxy variables that are set, for messages and help. */
export function proxyFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return PROXY_VARS.filter((v) => env[v]?.trim());
}

/** A dispatcher for fetch: through the environment's proxies when any is set, else direct. */
export function dispatcherFor(lookup: LookupFunction, env: NodeJS.ProcessEnv = process.env): Dispatcher {
  const connect = { lookup };
  if (!proxyFromEnv(env).length) return new Agent({ connect });
  // Plain http:// requests go to the proxy as "GET http://host/path" (proxyTunnel: false): proxies
  // often allow CONNECT tunnels to port 443 only. https:// goes through a CONNECT tunnel.
  // (The option reaches ProxyAgent through EnvHttpProxyAgent's options; its type does not list it.)
  const opts = { connect, proxyTunnel: false } as EnvHttpProxyAgent.Options;
  return quietly(() => new EnvHttpProxyAgent(opts));
}

/** Runs `make` without undici's one-off "EnvHttpProxyAgent is experimental" warning on stderr. */
function quietly<T>(make: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const opts = rest[0] as { code?: string } | string | undefined;
    if (typeof opts === "object" && opts?.code === "UNDICI-EHPA") return;
    return (emit as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emit;
  }
}
