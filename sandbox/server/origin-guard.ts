import type { IncomingHttpHeaders } from 'node:http';

/** Who the server is: the host names it answers to, and its port. */
export interface OwnOrigin {
  hosts: ReadonlySet<string>;
  port: number;
}

/** The names a local server answers to; `host` (its bind address or a name given) joins them unless it binds every interface. */
export function ownOrigin(port: number, host: string | undefined, extraHosts: readonly string[] = []): OwnOrigin {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]', ...extraHosts.map((h) => h.toLowerCase())]);
  if (host && host !== '0.0.0.0' && host !== '::') hosts.add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host.toLowerCase());
  return { hosts, port };
}

function hostAndPort(value: string, defaultPort: number): { host: string; port: number } | undefined {
  try {
    const url = new URL(`http://${value}`);
    return { host: url.hostname.toLowerCase(), port: url.port === '' ? defaultPort : Number(url.port) };
  } catch {
    return undefined;
  }
}

/**
 * Why a request is not the server's own business, or undefined when it is. The `Host` header must
 * name this server (a DNS-rebinding page reaches it under a foreign name); a request from a page
 * (`Origin`, or `Sec-Fetch-Site` when the browser sends it) must come from this server's own
 * origin. A REST client such as curl sends neither and passes.
 */
export function foreignRequest(headers: IncomingHttpHeaders, own: OwnOrigin): string | undefined {
  const host = headers.host ? hostAndPort(headers.host, 80) : undefined;
  if (!host || !own.hosts.has(host.host) || host.port !== own.port) return `the Host '${headers.host ?? ''}' is not this sandbox`;
  const origin = headers.origin;
  if (origin !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return `the Origin '${origin}' is not this sandbox`;
    }
    const port = parsed.port === '' ? (parsed.protocol === 'https:' ? 443 : 80) : Number(parsed.port);
    if (parsed.protocol !== 'http:' || !own.hosts.has(parsed.hostname.toLowerCase()) || port !== own.port) return `the Origin '${origin}' is not this sandbox`;
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `the request comes from a ${site} page`;
  return undefined;
}
