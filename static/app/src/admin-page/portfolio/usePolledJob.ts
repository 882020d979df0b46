import { useEffect, useState } from 'react';
import type { CallResult } from '#kernel/contract';

/** How often the page asks how a job is going. */
const POLL_MS = 1000;

interface RunLike {
  jobId: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
}

export const isRunning = (run: RunLike | null | undefined): boolean => run?.status === 'queued' || run?.status === 'running';

/** Follows a job while it runs: asks `poll` every second until it has ended. */
export function usePolledJob<R extends RunLike>(
  initial: R | null,
  poll: (jobId: string) => Promise<CallResult<{ run: R | null }>>,
): [R | null, (run: R | null) => void] {
  const [run, setRun] = useState<R | null>(initial);
  useEffect(() => setRun(initial), [initial]);
  const jobId = run?.jobId;
  const running = isRunning(run);
  useEffect(() => {
    if (!running || jobId === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      void poll(jobId).then((result) => {
        if (live && result.ok) setRun(result.data.run);
      });
    }, POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [running, jobId, run, poll]);
  return [run, setRun];
}
