import type { ProductRequest, ProductResponse } from '../runtime/product-types';

/** A failure the emulator answers instead of handling a matching request, `times` times. */
export interface FaultSpec {
  method?: string;
  pathPattern: RegExp;
  status: 500 | 429 | 503;
  times: number;
  retryAfterSeconds?: number;
}

export interface RateLimit {
  limit: number;
  windowMs: number;
}

const BODIES: Record<FaultSpec['status'], string> = {
  500: 'Internal server error.',
  503: 'Service unavailable. Please try again later.',
  429: 'Rate limit exceeded.',
};

/**
 * Test controls over the emulator's traffic: injected faults (first) and a fixed-window rate
 * limit (then). Both answer as Jira does, with `Retry-After` where Jira sends it.
 */
export class TrafficControl {
  private faults: { spec: FaultSpec; remaining: number }[] = [];
  private rateLimit: RateLimit | null = null;
  private windowStart = 0;
  private windowCount = 0;

  constructor(private readonly clock: () => Date) {}

  injectFault(spec: FaultSpec): void {
    if (!Number.isInteger(spec.times) || spec.times < 1) throw new Error('A fault must apply at least once (times >= 1).');
    this.faults.push({ spec, remaining: spec.times });
  }

  clearFaults(): void {
    this.faults = [];
  }

  setRateLimit(limit: RateLimit | null): void {
    if (limit && (limit.limit < 1 || limit.windowMs < 1)) throw new Error('A rate limit needs limit >= 1 and windowMs >= 1.');
    this.rateLimit = limit;
    this.windowStart = this.clock().getTime();
    this.windowCount = 0;
  }

  /** The answer to give instead of handling the request, if a fault or the rate limit applies. */
  intercept(request: ProductRequest): ProductResponse | undefined {
    const pathname = request.path.split('?')[0] ?? request.path;
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (!f.spec.method || f.spec.method.toUpperCase() === request.method.toUpperCase()) && f.spec.pathPattern.test(pathname),
    );
    if (fault) {
      fault.remaining--;
      this.faults = this.faults.filter((f) => f.remaining > 0);
      const retryAfter = fault.spec.retryAfterSeconds ?? (fault.spec.status === 500 ? undefined : 1);
      return errorAnswer(fault.spec.status, BODIES[fault.spec.status], retryAfter);
    }
    return this.limitAnswer();
  }

  private limitAnswer(): ProductResponse | undefined {
    if (!this.rateLimit) return undefined;
    const now = this.clock().getTime();
    if (now - this.windowStart >= this.rateLimit.windowMs) {
      this.windowStart = now - ((now - this.windowStart) % this.rateLimit.windowMs);
      this.windowCount = 0;
    }
    this.windowCount++;
    if (this.windowCount <= this.rateLimit.limit) return undefined;
    const resetAt = this.windowStart + this.rateLimit.windowMs;
    const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000));
    const answer = errorAnswer(429, BODIES[429], retryAfter);
    answer.headers = {
      ...answer.headers,
      'x-ratelimit-limit': String(this.rateLimit.limit),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': new Date(resetAt).toISOString(),
      'ratelimit-reason': 'jira-quota-global-based',
    };
    return answer;
  }
}

function errorAnswer(status: number, message: string, retryAfterSeconds: number | undefined): ProductResponse & { headers: Record<string, string> } {
  const headers: Record<string, string> = { 'content-type': 'application/json;charset=UTF-8' };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  return { status, headers, body: { errorMessages: [message], errors: {} } };
}
