import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppManifest } from '../app-manifest';
import type { Clock } from '../clock';
import type { DeliveryStore } from '../deliveries/delivery-store';
import type { EventsBackend, LiveInvocation } from '../forge-runtime';
import { DEFAULT_LONG_RUNNING_SECONDS, timeLimitSeconds } from '../invocation-limits';
import type { ProductResponse } from '../product-types';

/**
 * The platform side of Forge async events: what `@forge/events` reaches through `__forge_fetch__`
 * (`{ type: 'fpp', provider: 'app', remote: 'stargate' }`) as
 * `POST /webhook/queue/{publish|stats|cancel}/{contextAri}/{environmentId}/{appId}/{appVersion}`.
 * Its rules follow Forge's "Async events API" and "Async events limits" pages; the status codes
 * are those `@forge/events`' own validators read (201 push, 200 stats, 204 cancel, 404 unknown
 * job, 413 payload too big, 429 rate limit, 405 cyclic invocation limit).
 */
export const PUSH_LIMITS = {
  /** Async events limits: "Event per request". */
  eventsPerRequest: 50,
  /** Async events limits: "Event per minute" (per installation). */
  eventsPerMinute: 500,
  /** Async events limits: "Payload size", combined, of one push. */
  payloadKb: 200,
  /** Async events limits: "Payload size for long running functions", per event, when the consumer's timeout is above 55 s. */
  longRunningEventKb: 100,
  /** Async events limits: "Cyclic invocation limit", push requests per chain started by one invocation. */
  pushesPerChain: 1000,
  /** Async events API, Push API: "delayed up to 15 minutes". */
  maxDelaySeconds: 900,
} as const;

/** `@forge/events`' own queue name rule (validators.js). */
const QUEUE_NAME = /^[a-zA-Z0-9-_]+$/;

const pushEventSchema = z
  .object({
    body: z.record(z.string(), z.unknown()),
    delayInSeconds: z.number().int().min(0).max(PUSH_LIMITS.maxDelaySeconds).optional(),
    concurrency: z.object({ key: z.string().min(1), limit: z.number().int().positive() }).optional(),
  })
  .strict();

const pushRequestSchema = z.object({
  queueName: z.string(),
  jobId: z.string().min(1),
  type: z.literal('avi:forge:app:event'),
  schema: z.string(),
  payload: z.array(z.unknown()),
  time: z.string(),
});

const jobRequestSchema = z.object({ queueName: z.string(), jobId: z.string().min(1), time: z.string() });

/** What a consumer delivery keeps of the pushed event (its row's payload). */
export const queuedEventSchema = pushEventSchema.extend({ queueName: z.string() });
export type QueuedEvent = z.infer<typeof queuedEventSchema>;

const json = (status: number, body: unknown): ProductResponse => ({ status, headers: { 'content-type': 'application/json' }, body });
const refuse = (status: number, message: string): ProductResponse => json(status, { code: status, message, errorMessage: message });

const kb = (value: unknown): number => Buffer.byteLength(JSON.stringify(value)) / 1024;

function parseJson(body: string | undefined): unknown {
  try {
    return body === undefined ? undefined : JSON.parse(body);
  } catch {
    return undefined;
  }
}

export interface QueueServiceDeps {
  store: DeliveryStore;
  clock: Clock;
  manifest: AppManifest;
  /** Called after events were queued, so that due ones start. */
  onQueued: () => void;
  /** Whether a delivery is being handled right now (a cancel leaves those alone). */
  isRunning: (deliveryId: string) => boolean;
}

export class AsyncEventsService implements EventsBackend {
  /** Push times of recent events, for the per-minute limit. */
  private readonly recentPushes: number[] = [];

  constructor(private readonly deps: QueueServiceDeps) {}

  handle(request: { method: string; path: string; body: string | undefined; invocation: LiveInvocation | undefined }): ProductResponse {
    const action = /^\/webhook\/queue\/(publish|stats|cancel)\//.exec(request.path)?.[1];
    if (!action) return refuse(404, `No async events operation at ${request.path}.`);
    if (request.method !== 'POST') return refuse(405, `${request.method} is not allowed on ${request.path}.`);
    const body = parseJson(request.body);
    if (action === 'publish') return this.push(body, request.invocation);
    const parsed = jobRequestSchema.safeParse(body);
    if (!parsed.success) return refuse(400, `Not a job request: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    return action === 'stats' ? this.stats(parsed.data) : this.cancel(parsed.data);
  }

  private push(body: unknown, invocation: LiveInvocation | undefined): ProductResponse {
    const parsed = pushRequestSchema.safeParse(body);
    if (!parsed.success) return refuse(400, `Not a push request: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    const request = parsed.data;
    if (!QUEUE_NAME.test(request.queueName)) return refuse(400, 'Queue names can only contain alphanumeric characters, dashes and underscores.');
    const consumers = this.deps.manifest.consumers.filter((c) => c.queue === request.queueName);
    // The sandbox's own rule: Forge's docs are silent on a queue no consumer module listens to.
    if (consumers.length === 0) return refuse(400, `manifest.yml declares no consumer module for the queue '${request.queueName}'.`);
    if (request.payload.length === 0) return refuse(400, 'No events pushed.');
    if (request.payload.length > PUSH_LIMITS.eventsPerRequest)
      return refuse(400, `This push contains more than the ${PUSH_LIMITS.eventsPerRequest} events allowed.`);
    if (kb(request.payload) > PUSH_LIMITS.payloadKb) return refuse(413, `The maximum payload size is ${PUSH_LIMITS.payloadKb}KB.`);
    const events: z.infer<typeof pushEventSchema>[] = [];
    for (const [index, raw] of request.payload.entries()) {
      const event = pushEventSchema.safeParse(raw);
      if (!event.success)
        return refuse(400, `Event ${index} is not a push event: ${event.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      events.push(event.data);
    }
    const longRunning = consumers.some((c) => timeLimitSeconds(this.deps.manifest, c.functionKey, 'consumer') > DEFAULT_LONG_RUNNING_SECONDS);
    if (longRunning && events.some((e) => kb(e) > PUSH_LIMITS.longRunningEventKb)) {
      return refuse(413, `An event for a function that runs longer than ${DEFAULT_LONG_RUNNING_SECONDS} s can be at most ${PUSH_LIMITS.longRunningEventKb}KB.`);
    }
    const now = this.deps.clock.now();
    while (this.recentPushes.length > 0 && (this.recentPushes[0] ?? now) <= now - 60_000) this.recentPushes.shift();
    if (this.recentPushes.length + events.length > PUSH_LIMITS.eventsPerMinute) return refuse(429, 'Too many requests.');
    const chainId = invocation?.chainId ?? request.jobId;
    const { store } = this.deps;
    const outcome = store.transaction((): ProductResponse | undefined => {
      if (store.countPush(chainId) > PUSH_LIMITS.pushesPerChain) return refuse(405, 'The limit on cyclic invocation has been reached.');
      store.addJob(request.jobId, request.queueName, now);
      for (const event of events) {
        for (const consumer of consumers) {
          const queued: QueuedEvent = { ...event, queueName: request.queueName };
          store.add({
            id: randomUUID(),
            kind: 'consumer',
            module_key: consumer.key,
            job_id: request.jobId,
            chain_id: chainId,
            payload: JSON.stringify(queued),
            enqueued_at: now,
            due_at: now + (event.delayInSeconds ?? 0) * 1000,
          });
        }
      }
      return undefined;
    });
    if (outcome) return outcome;
    for (let i = 0; i < events.length; i++) this.recentPushes.push(now);
    this.deps.onQueued();
    return json(201, { jobId: request.jobId });
  }

  private stats(request: z.infer<typeof jobRequestSchema>): ProductResponse {
    const stats = this.deps.store.jobStats(request.jobId, request.queueName);
    return stats ? json(200, stats) : refuse(404, `The job ${request.jobId} was not found for the queue ${request.queueName}.`);
  }

  /**
   * Async events API, "Cancel a job in progress": events of the job that have not started,
   * retries included, are not processed; invocations already running go on.
   */
  private cancel(request: z.infer<typeof jobRequestSchema>): ProductResponse {
    const { store } = this.deps;
    if (!store.jobStats(request.jobId, request.queueName)) return refuse(404, `The job ${request.jobId} was not found for the queue ${request.queueName}.`);
    store.transaction(() => {
      const dropped = store.pendingOfJob(request.jobId).filter((row) => !this.deps.isRunning(row.id));
      for (const row of dropped) store.remove(row.id);
      // The sandbox's choice (the docs are silent): a cancelled event counts as failed in the job's stats.
      if (dropped.length > 0) store.countOutcome(request.jobId, 'failed', dropped.length);
    });
    return { status: 204 };
  }
}
