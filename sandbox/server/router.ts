import type { IncomingMessage, ServerResponse } from 'node:http';

/** One request as a route sees it: its URL, path parameters and the raw node objects. */
export interface RouteRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  req: IncomingMessage;
  res: ServerResponse;
}

export type RouteHandler = (request: RouteRequest) => Promise<void> | void;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: RouteHandler;
}

/**
 * A small path router. Patterns are literal segments, `:name` (one segment) and a final `*`
 * (the rest of the path, as `params.rest`). Routes match in the order they were added.
 */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string | string[], pattern: string, handler: RouteHandler): this {
    const names: string[] = [];
    const source = pattern
      .split('/')
      .map((segment) => {
        if (segment === '*') {
          names.push('rest');
          return '(.*)';
        }
        if (segment.startsWith(':')) {
          names.push(segment.slice(1));
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    for (const m of Array.isArray(method) ? method : [method]) {
      this.routes.push({ method: m.toUpperCase(), pattern: new RegExp(`^${source}$`), names, handler });
    }
    return this;
  }

  get(pattern: string, handler: RouteHandler): this {
    return this.on(['GET', 'HEAD'], pattern, handler);
  }

  post(pattern: string, handler: RouteHandler): this {
    return this.on('POST', pattern, handler);
  }

  /** The handler and parameters for a request, or `undefined` (with whether the path exists for another method). */
  match(method: string, pathname: string): { handler: RouteHandler; params: Record<string, string> } | { handler: undefined; pathExists: boolean } {
    let pathExists = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      if (route.method !== method.toUpperCase()) {
        pathExists = true;
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1] ?? '');
      });
      return { handler: route.handler, params };
    }
    return { handler: undefined, pathExists };
  }
}
