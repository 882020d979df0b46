import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from '../sandbox';
import { BrowserAssets } from './browser-assets';
import { registerAppRoutes } from './app-routes';
import { registerBridgeRoutes } from './bridge-routes';
import { DashboardStore } from './dashboards';
import { HttpError, sendJson, sendText } from './http-io';
import { registerPageRoutes } from './page-routes';
import { foreignRequest, ownOrigin } from './origin-guard';
import { registerRestRoutes } from './rest-routes';
import { Router } from './router';
import { sessionCookie, type UserDirectory } from './session';
import { SessionSigner } from './session-signer';
import type { SwitchableUser } from './pages/page-context';

export interface ServerOptions {
  sandbox: Sandbox;
  /** 0 picks a free port (tests). */
  port: number;
  /** Interface to listen on; the sandbox is for this machine only by default. */
  host?: string;
  /** The users the header's switcher offers; all active users of the tenant when absent. */
  switchableUsers?: () => SwitchableUser[];
  /** Where request errors are reported (default: stderr). */
  log?: (line: string) => void;
  /** Custom UI resource folders by key; the app manifest's `resources` when absent. */
  resources?: Map<string, string>;
  /** More host names the server answers to (besides localhost, 127.0.0.1, [::1] and `host`). */
  allowedHosts?: readonly string[];
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** A `Cookie` header value that signs `accountId` in (tests and browser harnesses). */
  sessionCookie(accountId: string): string;
  close(): Promise<void>;
}

/** What every route module gets: the sandbox and the server's shared services. */
export interface ServerServices {
  sandbox: Sandbox;
  users: UserDirectory;
  /** Signs and checks the session cookie. */
  signer: SessionSigner;
  assets: BrowserAssets;
  dashboards: DashboardStore;
  switchableUsers: () => SwitchableUser[];
  /** The app's Custom UI resource folders by key. */
  resources: Map<string, string>;
}

function describe(req: IncomingMessage): string {
  return `${req.method ?? 'GET'} ${req.url ?? '/'}`;
}

/**
 * The sandbox's web server (node:http only): Jira's REST API over the emulator, the host pages
 * that show the app's modules the way JSM does, the app frames with their bridge, and the bridge's
 * backend (`/__sandbox/…`).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = options.sandbox.jira.store;
  const users: UserDirectory = {
    user: (accountId) => store.user(accountId),
    userByEmail: (email) => store.userByEmail(email),
    users: () => store.users(),
  };
  const services: ServerServices = {
    sandbox: options.sandbox,
    users,
    signer: SessionSigner.forDatabase(options.sandbox.db),
    assets: new BrowserAssets(),
    dashboards: new DashboardStore(options.sandbox.jira.store),
    switchableUsers:
      options.switchableUsers ??
      (() =>
        users
          .users()
          .filter((u) => u.active)
          .map((u) => ({ accountId: u.accountId, displayName: u.displayName, email: u.emailAddress, kind: u.kind }))),
    resources: options.resources ?? new Map(options.sandbox.manifest.resourceFolders),
  };
  const router = new Router();
  registerBridgeRoutes(router, services);
  registerAppRoutes(router, services);
  registerRestRoutes(router, services);
  registerPageRoutes(router, services);

  let own = ownOrigin(options.port, options.host, options.allowedHosts);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    // The sandbox's own door: its REST API and bridge endpoints act as the signed-in user, so a page
    // of another origin, or one reaching the server under a foreign host name (DNS rebinding), is refused.
    if (url.pathname.startsWith('/__sandbox/') || url.pathname.startsWith('/rest/')) {
      const foreign = foreignRequest(req.headers, own);
      if (foreign) {
        sendJson(res, 403, { errorMessages: [`Refused: ${foreign}.`] });
        return;
      }
    }
    const found = router.match(req.method ?? 'GET', url.pathname);
    if (!found.handler) {
      if (found.pathExists) sendText(res, 405, 'Method not allowed.');
      else sendText(res, 404, `Nothing here: ${url.pathname}`);
      return;
    }
    Promise.resolve(found.handler({ method: req.method ?? 'GET', url, params: found.params, req, res })).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status >= 500) log(`${describe(req)} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
      if (res.headersSent) {
        res.end();
        return;
      }
      sendJson(res, status, { errorMessages: [message] });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : options.port;
  own = ownOrigin(port, options.host, options.allowedHosts);
  return {
    url: `http://localhost:${port}`,
    port,
    server,
    sessionCookie: (accountId) => sessionCookie(services.signer, accountId).split(';')[0] ?? '',
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
