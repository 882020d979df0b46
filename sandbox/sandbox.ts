import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ForgeRuntime, InvocationTimeoutError } from './runtime/forge-runtime';
import { fireAsApp, invokeResolver, isForgeFunction, resolverContext, type ForgeFunction, type InvokeOutcome } from './runtime/invoke';
import { openDatabase, type SandboxDatabase } from './store/database';
import { KvsEmulator } from './kvs/kvs-emulator';
import { JiraEmulator } from './jira/jira-emulator';
import type { ValidatorAnswer, ValidatorCall } from './jira/workflow/validator-gate';
import { readAppManifest, type AppConsumer, type AppManifest } from './runtime/app-manifest';
import { realClock, type Clock } from './runtime/clock';
import { timeLimitSeconds } from './runtime/invocation-limits';
import { AsyncEventsService, queuedEventSchema } from './runtime/async-events/queue-service';
import { DeliveryStore, type DeliveryRow } from './runtime/deliveries/delivery-store';
import { DeliveryScheduler } from './runtime/deliveries/scheduler';
import {
  ASYNC_RETENTION_MS,
  MAX_RETRY_DATA_BYTES,
  RetryReason,
  TRIGGER_MAX_RETRIES,
  TRIGGER_PLATFORM_RETRY_SECONDS,
  asyncBackoffSeconds,
  retryDataOf,
  retryRequested,
} from './runtime/deliveries/retry-rules';

/** How many times settle() takes the events that deliveries caused before it calls the triggers runaway. */
const SETTLE_ROUNDS = 50;

/** The app's exported handlers, by the names manifest.yml gives them (`index.<name>`). */
export type AppHandlers = Readonly<Record<string, unknown>>;

export interface SandboxOptions {
  /** Data folder, or ':memory:' for a throwaway sandbox (tests). */
  dataDir: string;
  /** The app's handlers, by the names manifest.yml gives them: the host passes them in. */
  handlers: AppHandlers;
  /** The app's manifest, or the path of its manifest.yml. */
  manifest: AppManifest | string;
  /**
   * The sandbox's time: invocation limits, delayed events and retries run on it. Real time by
   * default; tests pass a ManualClock and move it.
   */
  clock?: Clock;
  /** Fixed "now" for the emulators' timestamps; the clock's time by default. */
  now?: () => Date;
  /** The site's address as the app's context reports it (`siteUrl`); default http://localhost:8080. */
  siteUrl?: string;
}

const triggerEvent = z.record(z.string(), z.unknown());

/** A validator function's answer (Forge manifest reference, `jira:workflowValidator`): `result`, and `errorMessage` when false. */
const validatorAnswer = z.object({ result: z.boolean(), errorMessage: z.string().optional() });

/**
 * One local JSM: the Jira and KVS emulators behind a Forge runtime that runs the app's real
 * handlers, with Forge's time limits, scope checks, product-event triggers and async events. The
 * HTTP server, the tests and the benchmarks all start here.
 */
export class Sandbox {
  readonly db: SandboxDatabase;
  readonly clock: Clock;
  readonly kvs: KvsEmulator;
  readonly jira: JiraEmulator;
  readonly runtime: ForgeRuntime;
  readonly manifest: AppManifest;
  readonly deliveries: DeliveryStore;
  /** Errors thrown by trigger handlers, and triggers given up on, in order (Forge would log them). */
  readonly triggerErrors: Error[] = [];
  /** Errors of async-event consumers (each also retried as Forge does), in order. */
  readonly consumerErrors: Error[] = [];
  /** Errors of workflow validator functions (each refused its transition), in order. */
  readonly validatorErrors: Error[] = [];
  private readonly handlers: AppHandlers;
  private readonly scheduler: DeliveryScheduler;
  private pumpQueued = false;
  private closed = false;

  constructor(options: SandboxOptions) {
    this.db = openDatabase(options.dataDir);
    this.clock = options.clock ?? realClock;
    const now = options.now ?? (options.clock ? () => new Date(this.clock.now()) : undefined);
    this.manifest = typeof options.manifest === 'object' ? options.manifest : readAppManifest(options.manifest);
    this.kvs = new KvsEmulator(this.db, { now, entities: this.manifest.entities });
    this.jira = new JiraEmulator(this.db, { now, ...(options.siteUrl ? { baseUrl: options.siteUrl } : {}) });
    this.jira.installApp(this.manifest);
    this.deliveries = new DeliveryStore(this.db);
    this.scheduler = new DeliveryScheduler(
      this.deliveries,
      this.clock,
      (row) => this.deliver(row),
      (row) => (row.kind === 'consumer' ? queuedEventSchema.parse(JSON.parse(row.payload)).concurrency : undefined),
      (error) => this.triggerErrors.push(error instanceof Error ? error : new Error(String(error))),
    );
    const events = new AsyncEventsService({
      store: this.deliveries,
      clock: this.clock,
      manifest: this.manifest,
      onQueued: () => this.queuePump(),
      isRunning: (id) => this.scheduler.isRunning(id),
    });
    this.runtime = new ForgeRuntime({
      jira: this.jira,
      kvs: this.kvs,
      events,
      clock: this.clock,
      scopes: this.manifest.scopes,
      siteUrl: options.siteUrl,
    }).install();
    this.handlers = { ...options.handlers };
    // Forge delivers product events after the request that caused them has answered.
    this.jira.onEvent(() => this.queuePump());
    // Jira runs the app's workflow validators on the transitions an admin put them on.
    this.jira.setValidatorHost((call) => this.runValidator(call));
    // What a previous run still owed (its data folder's outbox and queue) is delivered now.
    this.queuePump();
  }

  /**
   * Resolves once every delivery that is due has been handled: product events of the writes so far,
   * including those the deliveries' own writes cause, and async events whose time has come (delayed
   * ones fall due as the clock passes them).
   */
  async settle(): Promise<void> {
    // A delivery's own writes put new events in the outbox while the scheduler drains: those are due too.
    for (let round = 0; !this.closed; round++) {
      if (round === SETTLE_ROUNDS)
        throw new Error(`settle(): after ${SETTLE_ROUNDS} rounds the triggers still cause new events; a trigger that is not idempotent keeps writing.`);
      this.takeOutbox();
      await this.scheduler.drain();
      if (this.closed || this.jira.store.journal.outbox.pending().length === 0) return;
    }
  }

  /** Delivers what is due now and waits for it: the same as {@link settle}, named for async-event tests. */
  runDueEvents(): Promise<void> {
    return this.settle();
  }

  /** When the next owed delivery falls due on the sandbox's clock, if any is owed. */
  nextDueAt(): number | undefined {
    return this.deliveries.nextDueAt();
  }

  /** Delivers due events as time passes, without being asked (the HTTP server). */
  deliverInBackground(): void {
    this.takeOutbox();
    this.scheduler.startBackground();
  }

  /** The handler a manifest function key points at (`function: [{ key, handler: index.x }]`). */
  handlerFor(functionKey: string): ForgeFunction {
    const fn = this.manifest.functions.find((f) => f.key === functionKey);
    if (!fn) throw new Error(`manifest.yml declares no function '${functionKey}'.`);
    const exportName = fn.handler.replace(/^index\./, '');
    const handler = this.handlers[exportName];
    if (!isForgeFunction(handler)) throw new Error(`The app's handlers include no '${exportName}' (function '${functionKey}').`);
    return handler;
  }

  /** Calls a Custom UI module's resolver function, as `invoke` from @forge/bridge reaches it. */
  invoke(call: { moduleKey: string; functionKey: string; payload?: unknown; accountId?: string; extension?: Record<string, unknown> }): Promise<InvokeOutcome> {
    const module = this.manifest.modules.find((m) => m.key === call.moduleKey);
    if (!module?.resolverFunction) return Promise.resolve({ ok: false, error: `Module '${call.moduleKey}' has no resolver.` });
    const handler = this.handlerFor(module.resolverFunction);
    return invokeResolver(
      this.runtime,
      handler,
      {
        moduleKey: call.moduleKey,
        resolverFunction: module.resolverFunction,
        functionKey: call.functionKey,
        payload: call.payload ?? {},
        accountId: call.accountId,
        extension: { type: module.type, ...call.extension },
      },
      timeLimitSeconds(this.manifest, module.resolverFunction, 'resolver'),
    );
  }

  /** Delivers a product event to every trigger that listens to it, now and once (tests use it to deliver twice). */
  async deliverEvent(eventType: string, event: Record<string, unknown>): Promise<void> {
    for (const trigger of this.manifest.triggers.filter((t) => t.events.includes(eventType))) {
      const handler = this.handlerFor(trigger.functionKey);
      const limitSeconds = timeLimitSeconds(this.manifest, trigger.functionKey, 'trigger');
      await fireAsApp(this.runtime, { moduleKey: trigger.key, functionKey: trigger.functionKey, limitSeconds }, handler, { eventType, ...event });
    }
  }

  /**
   * Fires a `scheduledTrigger` now, as Forge would at its next interval: the handler gets
   * `{ context: { cloudId, moduleKey }, contextToken }`, runs as the app, and is stopped at its
   * function's limit (`timeoutSeconds`, 55 s by default).
   */
  async fireScheduledTrigger(key: string): Promise<unknown> {
    const trigger = this.manifest.scheduledTriggers.find((t) => t.key === key);
    if (!trigger) throw new Error(`manifest.yml declares no scheduledTrigger '${key}'.`);
    const handler = this.handlerFor(trigger.functionKey);
    const limitSeconds = timeLimitSeconds(this.manifest, trigger.functionKey, 'scheduledTrigger');
    return fireAsApp(this.runtime, { moduleKey: key, functionKey: trigger.functionKey, limitSeconds }, handler, {
      context: { cloudId: this.runtime.cloudId, moduleKey: key },
      contextToken: 'sandbox',
    });
  }

  /**
   * Runs a `jira:workflowValidator` function for a transition, as Jira does before taking it: as
   * the app, with the transition payload the Forge manifest reference describes, stopped at 25 s.
   * Where the reference is silent the sandbox chooses the stricter outcome: a validator whose app
   * is gone, that throws, times out or answers something else than `{ result, errorMessage? }`
   * refuses the transition.
   */
  private async runValidator(call: ValidatorCall): Promise<ValidatorAnswer> {
    const validator = this.manifest.workflowValidators.find((v) => v.key === call.moduleKey);
    if (!validator)
      return {
        result: false,
        errorMessage: `The app that provides the workflow validator '${call.moduleKey}' is not installed, so the transition is not allowed.`,
      };
    const failed = (why: string): ValidatorAnswer => {
      this.validatorErrors.push(new Error(`Workflow validator '${validator.key}' ${why}`));
      return {
        result: false,
        errorMessage: `The workflow validator '${validator.name}' could not check this transition, so it was not made. Try again; if it persists, tell your Jira admin.`,
      };
    };
    try {
      const { moduleKey: _key, ...payload } = call;
      const answer = await fireAsApp(
        this.runtime,
        {
          moduleKey: validator.key,
          functionKey: validator.functionKey,
          limitSeconds: timeLimitSeconds(this.manifest, validator.functionKey, 'workflowValidator'),
        },
        this.handlerFor(validator.functionKey),
        { ...payload, context: { cloudId: this.runtime.cloudId, moduleKey: validator.key } },
      );
      const parsed = validatorAnswer.safeParse(answer);
      return parsed.success ? parsed.data : failed(`answered ${JSON.stringify(answer)}, not { result, errorMessage }.`);
    } catch (error) {
      return failed(`failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  close(): void {
    this.closed = true;
    this.scheduler.close();
    this.db.close();
  }

  // --- deliveries ------------------------------------------------------------------------------

  private queuePump(): void {
    if (this.pumpQueued || this.closed) return;
    this.pumpQueued = true;
    setImmediate(() => {
      this.pumpQueued = false;
      if (this.closed) return;
      this.takeOutbox();
      this.scheduler.pump();
    });
  }

  /** Turns the Jira outbox's events into one delivery per listening trigger, in one transaction. */
  private takeOutbox(): void {
    if (this.closed) return;
    const pending = this.jira.store.journal.outbox.pending();
    if (pending.length === 0) return;
    const now = this.clock.now();
    this.deliveries.transaction(() => {
      for (const { id, eventType, event } of pending) {
        for (const trigger of this.manifest.triggers.filter((t) => t.events.includes(eventType))) {
          this.deliveries.add({
            id: randomUUID(),
            kind: 'trigger',
            module_key: trigger.key,
            payload: JSON.stringify({ eventType, ...event }),
            enqueued_at: now,
            due_at: now,
          });
        }
        this.jira.store.journal.outbox.remove(id);
      }
    });
  }

  private deliver(row: DeliveryRow): Promise<void> {
    return row.kind === 'trigger' ? this.deliverToTrigger(row) : this.deliverToConsumer(row);
  }

  /**
   * One product event to one trigger (Forge "Atlassian app events"): a returned `InvocationError`
   * is retried after its `retryAfter`, a timeout after a minute, each at most four times; a thrown
   * error is logged and not retried.
   */
  private async deliverToTrigger(row: DeliveryRow): Promise<void> {
    const trigger = this.manifest.triggers.find((t) => t.key === row.module_key);
    if (!trigger) {
      this.deliveries.remove(row.id);
      this.triggerErrors.push(new Error(`manifest.yml no longer declares the trigger '${row.module_key}'; its event was dropped.`));
      return;
    }
    const limitSeconds = timeLimitSeconds(this.manifest, trigger.functionKey, 'trigger');
    this.deliveries.setDue(row.id, this.clock.now() + limitSeconds * 1000);
    const event = triggerEvent.parse(JSON.parse(row.payload));
    const payload =
      row.retry_count > 0
        ? { ...event, retryContext: { retryCount: row.retry_count, retryReason: row.retry_reason, retryData: retryDataOf(row.retry_data) } }
        : event;
    const retry = (afterSeconds: number, reason: string, data: string | null, why: string): void => {
      if (row.retry_count >= TRIGGER_MAX_RETRIES) {
        this.deliveries.remove(row.id);
        this.triggerErrors.push(new Error(`The trigger '${trigger.key}' ${why} after ${TRIGGER_MAX_RETRIES} retries; Forge retries no more.`));
        return;
      }
      this.deliveries.reschedule(row.id, this.clock.now() + afterSeconds * 1000, { count: row.retry_count + 1, reason, data });
    };
    try {
      const result = await fireAsApp(
        this.runtime,
        { moduleKey: trigger.key, functionKey: trigger.functionKey, limitSeconds },
        this.handlerFor(trigger.functionKey),
        payload,
      );
      const requested = retryRequested(result);
      if (requested) retry(requested.afterSeconds, requested.reason, requested.data, 'still asked for a retry');
      else this.deliveries.remove(row.id);
    } catch (error) {
      if (error instanceof InvocationTimeoutError) {
        this.triggerErrors.push(error);
        retry(TRIGGER_PLATFORM_RETRY_SECONDS, RetryReason.timeout, null, 'still timed out');
        return;
      }
      this.deliveries.remove(row.id);
      this.triggerErrors.push(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * One async event to its consumer (Forge "Async events API"): the function gets an `AsyncEvent`
   * (`body`, `queueName`, `jobId`, `eventId`, `retryContext` on retries), or, in the deprecated
   * resolver form, a resolver call whose payload is that event. A throw, a timeout or a returned
   * `InvocationError` is retried while the event's 24-hour retention window lasts; then it fails.
   */
  private async deliverToConsumer(row: DeliveryRow): Promise<void> {
    const consumer = this.manifest.consumers.find((c) => c.key === row.module_key);
    const jobId = row.job_id ?? row.id;
    if (!consumer) {
      this.finishEvent(row, 'failed');
      this.consumerErrors.push(new Error(`manifest.yml no longer declares the consumer '${row.module_key}'; its event failed.`));
      return;
    }
    const limitSeconds = timeLimitSeconds(this.manifest, consumer.functionKey, 'consumer');
    const now = this.clock.now();
    this.deliveries.setDue(row.id, now + limitSeconds * 1000);
    const queued = queuedEventSchema.parse(JSON.parse(row.payload));
    const asyncEvent = {
      ...queued,
      jobId,
      eventId: row.id,
      ...(row.retry_count > 0
        ? {
            retryContext: {
              retryCount: row.retry_count,
              retryReason: row.retry_reason,
              retryData: retryDataOf(row.retry_data),
              retentionWindow: { startTime: new Date(row.enqueued_at).toISOString(), remainingTimeMs: Math.max(0, row.enqueued_at + ASYNC_RETENTION_MS - now) },
            },
          }
        : {}),
    };
    try {
      const result = await fireAsApp(
        this.runtime,
        { moduleKey: consumer.key, functionKey: consumer.functionKey, limitSeconds, ...(row.chain_id ? { chainId: row.chain_id } : {}) },
        this.handlerFor(consumer.functionKey),
        this.consumerCall(consumer, asyncEvent, jobId),
      );
      const requested = retryRequested(result);
      if (!requested) {
        this.finishEvent(row, 'succeeded');
        return;
      }
      if (requested.data !== null && Buffer.byteLength(requested.data) > MAX_RETRY_DATA_BYTES) {
        this.consumerErrors.push(
          new Error(`The consumer '${consumer.key}' asked for a retry with more than 4 KB of retryData (Async events limits); the event failed.`),
        );
        this.finishEvent(row, 'failed');
        return;
      }
      this.retryEvent(row, requested.afterSeconds, requested.reason, requested.data);
    } catch (error) {
      this.consumerErrors.push(error instanceof Error ? error : new Error(String(error)));
      const reason = error instanceof InvocationTimeoutError ? RetryReason.timeout : RetryReason.runtimeError;
      this.retryEvent(row, asyncBackoffSeconds(row.retry_count + 1), reason, null);
    }
  }

  /** The plain form gets the event; the resolver form a `@forge/resolver` call with the event as payload. */
  private consumerCall(consumer: AppConsumer, asyncEvent: Record<string, unknown>, jobId: string): unknown {
    if (!consumer.resolverMethod) return asyncEvent;
    const context = resolverContext(this.runtime, { moduleKey: consumer.key, extension: { type: 'consumer' } });
    return { call: { functionKey: consumer.resolverMethod, payload: asyncEvent, jobId }, context };
  }

  private retryEvent(row: DeliveryRow, afterSeconds: number, reason: string, data: string | null): void {
    const dueAt = this.clock.now() + afterSeconds * 1000;
    if (dueAt > row.enqueued_at + ASYNC_RETENTION_MS) {
      this.finishEvent(row, 'failed');
      return;
    }
    this.deliveries.reschedule(row.id, dueAt, { count: row.retry_count + 1, reason, data });
  }

  private finishEvent(row: DeliveryRow, outcome: 'succeeded' | 'failed'): void {
    this.deliveries.transaction(() => {
      this.deliveries.remove(row.id);
      if (row.job_id) this.deliveries.countOutcome(row.job_id, outcome);
    });
  }
}
