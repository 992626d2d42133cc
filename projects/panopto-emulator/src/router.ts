// A tiny router: method + path pattern with `:params`, matched case-insensitively because Panopto's own
// paths are (IIS): `/panopto/API/v1/Folders/x` reaches the same handler as `/Panopto/api/v1/folders/x`.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** What a route handler receives besides the raw request/response. */
export interface RouteMatch {
  /** Decoded path parameters, e.g. `{ id: '…' }` for `/folders/:id`. */
  params: Record<string, string>;
  /** The parsed request URL (query in `url.searchParams`, keys as sent). */
  url: URL;
  /** The route's pattern as registered, e.g. `GET /Panopto/api/v1/folders/:id`; used for metrics and faults. */
  routeName: string;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, match: RouteMatch) => void | Promise<void>;

interface Route {
  method: HttpMethod;
  pattern: string;
  regex: RegExp;
  paramNames: string[];
  handler: RouteHandler;
}

/** A prefix mount: every request under `prefix` goes to `handler` unless a more specific route matched first. */
interface Mount {
  prefix: string;
  name: string;
  handler: RouteHandler;
}

export interface RouteLookup {
  handler: RouteHandler;
  params: Record<string, string>;
  routeName: string;
  /** True when the path exists but not for this method (answer 405). */
  methodMismatch?: false;
}

export class Router {
  private readonly routes: Route[] = [];
  private readonly mounts: Mount[] = [];

  get(pattern: string, handler: RouteHandler): void {
    this.add('GET', pattern, handler);
  }
  post(pattern: string, handler: RouteHandler): void {
    this.add('POST', pattern, handler);
  }
  put(pattern: string, handler: RouteHandler): void {
    this.add('PUT', pattern, handler);
  }
  delete(pattern: string, handler: RouteHandler): void {
    this.add('DELETE', pattern, handler);
  }

  /**
   * Registers a handler for `method` and a path pattern. Segments starting with `:` are parameters
   * (`/folders/:id/children`); a final `*` segment matches the rest of the path into `params['*']`.
   * GET routes also answer HEAD.
   */
  add(method: HttpMethod, pattern: string, handler: RouteHandler): void {
    const paramNames: string[] = [];
    const source = pattern
      .split('/')
      .map((segment) => {
        if (segment === '*') {
          paramNames.push('*');
          return '(.*)';
        }
        if (segment.startsWith(':')) {
          paramNames.push(segment.slice(1));
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method, pattern, regex: new RegExp(`^${source}/?$`, 'i'), paramNames, handler });
  }

  /** Hands every request whose path starts with `prefix` (case-insensitive) to `handler`, e.g. oidc-provider. */
  mount(prefix: string, name: string, handler: RouteHandler): void {
    this.mounts.push({ prefix: prefix.toLowerCase(), name, handler });
  }

  /** Finds the handler for a request; `undefined` when nothing matches; `'method'` when only the method is wrong. */
  find(method: string, path: string): RouteLookup | 'method' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
      const params: Record<string, string> = {};
      route.paramNames.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? '');
      });
      return { handler: route.handler, params, routeName: `${route.method} ${route.pattern}` };
    }
    const lower = path.toLowerCase();
    for (const mount of this.mounts) {
      if (lower === mount.prefix || lower.startsWith(`${mount.prefix}/`)) {
        return { handler: mount.handler, params: {}, routeName: mount.name };
      }
    }
    return pathMatched ? 'method' : undefined;
  }

  /** Registered routes, for the start-up banner and for tests. */
  list(): string[] {
    return this.routes.map((r) => `${r.method} ${r.pattern}`);
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
