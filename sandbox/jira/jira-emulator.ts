import { forgeFieldTypeKey, type AppManifest } from '../runtime/app-manifest';
import type { ProductBackend, ProductRequest, ProductResponse } from '../runtime/product-types';
import type { SandboxDatabase } from '../store/database';
import { DEFAULT_SITE_URL, SANDBOX_ENVIRONMENT_ID } from './constants';
import { installApp } from './install-app';
import type { Actor } from './permissions';
import { ProjectSettings } from './project-settings';
import { RestError, unauthorized } from './rest-error';
import { buildRouter } from './routes';
import type { PendingEvent, RouteContext } from './routes/route-context';
import type { Router } from './routes/router';
import { IssueSearch } from './search/issue-search';
import { JiraStore } from './store/jira-store';
import { TrafficControl, type FaultSpec, type RateLimit } from './traffic';
import { refuseByValidators, type ValidatorHost } from './workflow/validator-gate';
import { WorkflowSettings } from './workflow/workflow-rules';

export { SANDBOX_ENVIRONMENT_ID } from './constants';
export type { FaultSpec, RateLimit } from './traffic';

export interface JiraEmulatorOptions {
  /** The clock (tests fix it). */
  now?: () => Date;
  /** The site URL `self` links start with. */
  baseUrl?: string;
}

export type JiraEventListener = (eventType: string, event: Record<string, unknown>) => void;

/**
 * The local Jira Service Management site: answers platform (`/rest/api/3`) and JSM
 * (`/rest/servicedeskapi`) REST calls with Atlassian's shapes, checks the caller's permissions,
 * keeps its state in SQLite (one transaction per request) and emits Forge product events after
 * each committed write.
 */
export class JiraEmulator implements ProductBackend {
  readonly store: JiraStore;
  /** What Jira's project settings pages do that its REST API cannot (the sandbox's settings pages use it). */
  readonly settings: ProjectSettings;
  /** What Jira's workflow editor does with app validators (the sandbox's workflow settings page uses it). */
  readonly workflows: WorkflowSettings;
  readonly baseUrl: string;
  private readonly now: () => Date;
  private readonly router: Router;
  private readonly traffic: TrafficControl;
  private readonly listeners: JiraEventListener[] = [];
  private appFieldTypePrefix: string | undefined;
  private validatorHost: ValidatorHost | undefined;
  private validatorKeys: string[] = [];

  constructor(db: SandboxDatabase, options: JiraEmulatorOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.baseUrl = options.baseUrl ?? DEFAULT_SITE_URL;
    this.store = new JiraStore(db);
    this.settings = new ProjectSettings(this.store);
    this.workflows = new WorkflowSettings(this.store);
    this.router = buildRouter(new IssueSearch(this.store));
    this.traffic = new TrafficControl(this.now);
  }

  async handle(request: ProductRequest): Promise<ProductResponse> {
    // Workflow validators run (as apps' functions, asynchronously) before the transition is taken.
    if (this.validatorHost) {
      const refusal = await refuseByValidators(this.store, request, this.knownActor(request), this.validatorHost);
      if (refusal) return errorResponse(refusal, false);
    }
    return this.handleNow(request);
  }

  /**
   * Who runs an app's `jira:workflowValidator` functions when a transition is taken (the Sandbox
   * runs them in its Forge runtime). Without one, validators on the workflow are not run.
   */
  setValidatorHost(host: ValidatorHost | undefined): void {
    this.validatorHost = host;
  }

  /** Registers the app's custom fields and entity property indexes (idempotent). */
  installApp(manifest: AppManifest): void {
    installApp(this.store, manifest);
    this.appFieldTypePrefix = forgeFieldTypeKey(manifest.appId, SANDBOX_ENVIRONMENT_ID, '');
    this.validatorKeys = manifest.workflowValidators.map((v) => v.key);
  }

  /** The installed app's `jira:workflowValidator` module keys, which an admin can add to transitions. */
  appWorkflowValidatorKeys(): string[] {
    return [...this.validatorKeys];
  }

  /**
   * Calls `listener` with every product event, after the write that caused it is committed (the
   * event is in the store's outbox by then). Returns an unsubscribe function.
   */
  onEvent(listener: JiraEventListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  /** Makes the next `times` matching requests fail with `status` (and `Retry-After` for 429/503). */
  injectFault(spec: FaultSpec): void {
    this.traffic.injectFault(spec);
  }

  clearFaults(): void {
    this.traffic.clearFaults();
  }

  /** Answers 429 with `Retry-After` once more than `limit` requests arrive in a `windowMs` window; null lifts it. */
  setRateLimit(limit: RateLimit | null): void {
    this.traffic.setRateLimit(limit);
  }

  private handleNow(request: ProductRequest): ProductResponse {
    const intercepted = this.traffic.intercept(request);
    if (intercepted) return intercepted;
    const url = new URL(request.path, 'http://jira.invalid');
    const servicedesk = url.pathname.startsWith('/rest/servicedeskapi/');
    const method = request.method.toUpperCase();
    try {
      const match = this.router.match(method, url.pathname);
      if (match.kind === 'not-found') throw new RestError(404, ['Not found']);
      if (match.kind === 'method-not-allowed') throw new RestError(405, [`Method ${method} is not allowed for ${url.pathname}.`]);
      const actor = this.actorOf(request, match.route.anonymous === true);
      const events: PendingEvent[] = [];
      const ctx: RouteContext = {
        store: this.store,
        actor,
        params: match.params,
        query: url.searchParams,
        body: parseBody(request.body),
        now: this.now(),
        baseUrl: this.baseUrl,
        appFieldTypePrefix: this.appFieldTypePrefix,
        emit: (event) => events.push(event),
      };
      // The events go to the outbox in the write's own transaction: a crash after the commit loses none.
      const response = this.store.transaction(() => {
        const answer = match.route.handler(ctx);
        this.store.journal.recordEvents(events);
        return answer;
      });
      this.deliver(events);
      return response;
    } catch (error) {
      if (error instanceof RestError) return errorResponse(error, servicedesk);
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(new RestError(500, [`Internal server error: ${message}`]), servicedesk);
    }
  }

  /** The request's actor, or undefined when the request would be refused as anonymous. */
  private knownActor(request: ProductRequest): Actor | undefined {
    try {
      return this.actorOf(request, false);
    } catch {
      return undefined;
    }
  }

  /** Anonymous callers reach only routes open to them; unknown or inactive accounts count as anonymous. */
  private actorOf(request: ProductRequest, anonymousAllowed: boolean): Actor {
    if (request.caller.kind === 'app') return { kind: 'app' };
    const user = request.caller.kind === 'user' ? this.store.user(request.caller.accountId) : undefined;
    if (user?.active) return request.viaApp === true ? { kind: 'user', user, viaApp: true } : { kind: 'user', user };
    if (anonymousAllowed) return { kind: 'anonymous' };
    throw unauthorized();
  }

  private deliver(events: PendingEvent[]): void {
    for (const { eventType, event } of events) for (const listener of [...this.listeners]) listener(eventType, event);
  }
}

function parseBody(body: string | undefined): unknown {
  if (body === undefined || body.trim() === '') return undefined;
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new RestError(400, [`Unexpected character in the request body: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

/**
 * The platform API answers errors as `{ errorMessages, errors }`. JSM's API words them as
 * `{ errorMessage, i18nErrorMessage }`; its answers carry both forms, so a client written
 * against either reads them.
 */
function errorResponse(error: RestError, servicedesk: boolean): ProductResponse {
  const body: Record<string, unknown> = { errorMessages: error.errorMessages, errors: error.errors };
  if (servicedesk) {
    body.errorMessage = [...error.errorMessages, ...Object.values(error.errors)].join(' ');
    body.i18nErrorMessage = { i18nKey: `sd.error.http.${error.status}`, parameters: [] };
  }
  return { status: error.status, headers: { 'content-type': 'application/json;charset=UTF-8', ...error.headers }, body };
}
