import { ForgeRuntime } from './runtime/forge-runtime';
import { fireTrigger, invokeResolver, isForgeFunction, type ForgeFunction, type InvokeOutcome } from './runtime/invoke';
import { openDatabase, type SandboxDatabase } from './store/database';
import { KvsEmulator } from './kvs/kvs-emulator';
import { JiraEmulator } from './jira/jira-emulator';
import { readAppManifest, type AppManifest } from './runtime/app-manifest';

/** The app's exported handlers, by the names manifest.yml gives them (`index.<name>`). */
export type AppHandlers = Readonly<Record<string, unknown>>;

export interface SandboxOptions {
  /** Data folder, or ':memory:' for a throwaway sandbox (tests). */
  dataDir: string | ':memory:';
  /** The app's handlers; defaults to `src/index.ts`. */
  handlers?: AppHandlers;
  /** Fixed clock for deterministic tests. */
  now?: () => Date;
  /** The site's address as the app's context reports it (`siteUrl`); default http://localhost:8080. */
  siteUrl?: string;
}

/**
 * One local JSM: the Jira and KVS emulators behind a Forge runtime that runs the app's real
 * handlers. The HTTP server, the tests and the benchmarks all start here.
 */
export class Sandbox {
  readonly db: SandboxDatabase;
  readonly kvs: KvsEmulator;
  readonly jira: JiraEmulator;
  readonly runtime: ForgeRuntime;
  readonly manifest: AppManifest;
  private readonly handlers: AppHandlers;

  constructor(options: SandboxOptions) {
    this.db = openDatabase(options.dataDir);
    this.kvs = new KvsEmulator(this.db, { now: options.now });
    this.jira = new JiraEmulator(this.db, { now: options.now, ...(options.siteUrl ? { baseUrl: options.siteUrl } : {}) });
    this.manifest = readAppManifest();
    this.jira.installApp(this.manifest);
    this.runtime = new ForgeRuntime({ jira: this.jira, kvs: this.kvs, siteUrl: options.siteUrl }).install();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const appExports: unknown = options.handlers ?? require('../src/index');
    this.handlers = typeof appExports === 'object' && appExports !== null ? { ...appExports } : {};
    // Forge delivers product events after the request that caused them has answered.
    this.jira.onEvent((eventType, event) => {
      const delivery = this.deliverEvent(eventType, event).catch((error: unknown) => {
        this.triggerErrors.push(error instanceof Error ? error : new Error(String(error)));
      });
      this.pending.add(delivery);
      void delivery.finally(() => this.pending.delete(delivery));
    });
  }

  /** Errors thrown by trigger handlers, in order (Forge would log them). */
  readonly triggerErrors: Error[] = [];
  private readonly pending = new Set<Promise<void>>();

  /** Resolves once every product event delivered so far has been handled. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** The handler a manifest function key points at (`function: [{ key, handler: index.x }]`). */
  handlerFor(functionKey: string): ForgeFunction {
    const fn = this.manifest.functions.find((f) => f.key === functionKey);
    if (!fn) throw new Error(`manifest.yml declares no function '${functionKey}'.`);
    const exportName = fn.handler.replace(/^index\./, '');
    const handler = this.handlers[exportName];
    if (!isForgeFunction(handler)) throw new Error(`src/index.ts exports no '${exportName}' (function '${functionKey}').`);
    return handler;
  }

  /** Calls a Custom UI module's resolver function, as `invoke` from @forge/bridge reaches it. */
  invoke(call: { moduleKey: string; functionKey: string; payload?: unknown; accountId?: string; extension?: Record<string, unknown> }): Promise<InvokeOutcome> {
    const module = this.manifest.modules.find((m) => m.key === call.moduleKey);
    if (!module?.resolverFunction) return Promise.resolve({ ok: false, error: `Module '${call.moduleKey}' has no resolver.` });
    const handler = this.handlerFor(module.resolverFunction);
    return invokeResolver(this.runtime, handler, {
      moduleKey: call.moduleKey,
      functionKey: call.functionKey,
      payload: call.payload ?? {},
      accountId: call.accountId,
      extension: { type: module.type, ...call.extension },
    });
  }

  /** Delivers a product event to every trigger that listens to it. */
  async deliverEvent(eventType: string, event: Record<string, unknown>): Promise<void> {
    for (const trigger of this.manifest.triggers.filter((t) => t.events.includes(eventType))) {
      const handler = this.handlerFor(trigger.functionKey);
      await fireTrigger(this.runtime, trigger.key, handler, { eventType, ...event });
    }
  }

  /**
   * Fires a `scheduledTrigger` now, as Forge would at its next interval: the handler gets
   * `{ context: { cloudId, moduleKey }, contextToken }` and runs as the app.
   */
  async fireScheduledTrigger(key: string): Promise<unknown> {
    const trigger = this.manifest.scheduledTriggers.find((t) => t.key === key);
    if (!trigger) throw new Error(`manifest.yml declares no scheduledTrigger '${key}'.`);
    const handler = this.handlerFor(trigger.functionKey);
    return fireTrigger(this.runtime, key, handler, { context: { cloudId: this.runtime.cloudId, moduleKey: key }, contextToken: 'sandbox' });
  }

  close(): void {
    this.db.close();
  }
}
