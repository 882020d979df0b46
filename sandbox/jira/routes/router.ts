import type { ProductResponse } from '../../runtime/product-types';
import type { RouteContext } from './route-context';

export type RouteHandler = (ctx: RouteContext) => ProductResponse;

export interface Route {
  method: string;
  /** Path pattern with `{name}` placeholders, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  pattern: string;
  handler: RouteHandler;
  /** Whether an anonymous caller may use the route (Jira answers 401 to anonymous callers otherwise). */
  anonymous?: boolean;
}

interface CompiledRoute extends Route {
  segments: string[];
  staticCount: number;
}

export type RouteMatch = { kind: 'found'; route: Route; params: Record<string, string> } | { kind: 'method-not-allowed' } | { kind: 'not-found' };

const splitPath = (path: string): string[] => path.split('/').filter((s) => s.length > 0);
const isPlaceholder = (segment: string): boolean => segment.startsWith('{') && segment.endsWith('}');

export const route = (method: string, pattern: string, handler: RouteHandler, options: { anonymous?: boolean } = {}): Route => ({
  method,
  pattern,
  handler,
  ...options,
});

/**
 * Matches a method and path to a route. Where several patterns match, the one with the most
 * literal segments wins, so `/issuetype/project` is never taken for `/issuetype/{id}`.
 */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  constructor(routeLists: readonly (readonly Route[])[]) {
    for (const list of routeLists) for (const r of list) this.add(r);
  }

  add(r: Route): void {
    const segments = splitPath(r.pattern);
    this.routes.push({ ...r, segments, staticCount: segments.filter((s) => !isPlaceholder(s)).length });
  }

  /** Every method and path template the router answers (the scope table's coverage test reads them). */
  templates(): [string, string][] {
    return this.routes.map((r) => [r.method, r.pattern]);
  }

  match(method: string, pathname: string): RouteMatch {
    const parts = splitPath(pathname);
    let best: { route: CompiledRoute; params: Record<string, string> } | undefined;
    let pathKnown = false;
    for (const candidate of this.routes) {
      const params = matchSegments(candidate.segments, parts);
      if (!params) continue;
      pathKnown = true;
      if (candidate.method !== method) continue;
      if (!best || candidate.staticCount > best.route.staticCount) best = { route: candidate, params };
    }
    if (best) return { kind: 'found', route: best.route, params: best.params };
    return pathKnown ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] ?? '';
    const actual = parts[i] ?? '';
    if (isPlaceholder(expected)) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
      params[expected.slice(1, -1)] = decoded;
    } else if (expected !== actual) return undefined;
  }
  return params;
}
