/**
 * Sends one payload N times, T milliseconds apart, for as long as the conversation allows.
 * Waiting is injected so tests can run the schedule without real time passing.
 */
export interface RepeatPlan {
  count: number;
  intervalMs: number;
  /** Sends once; false when the engine refused (the caller has already shown why). */
  sendOnce: () => Promise<boolean>;
  /** Checked before each send: false once the conversation closed or this side sent FIN. */
  canContinue: () => boolean;
  /**
   * False while the socket's write buffer is full: the loop waits instead of piling more bytes
   * into memory (the engine reports it as `flow: paused`).
   */
  isFlowing?: () => boolean;
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
  wait?: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
}

export type RepeatOutcome = 'done' | 'stopped' | 'ended' | 'failed';

export interface RepeatResult {
  sent: number;
  outcome: RepeatOutcome;
}

export function waitFor(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, milliseconds);
    function finish(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      resolve();
    }
    signal?.addEventListener('abort', finish, { once: true });
  });
}

export async function sendRepeatedly(plan: RepeatPlan): Promise<RepeatResult> {
  const wait = plan.wait ?? waitFor;
  const isFlowing = plan.isFlowing ?? (() => true);
  let sent = 0;
  while (sent < plan.count) {
    // Checked first: the caller aborts the wait when the conversation ends, to wake up early.
    if (!plan.canContinue()) return { sent, outcome: 'ended' };
    if (plan.signal?.aborted === true) return { sent, outcome: 'stopped' };
    if (!isFlowing()) {
      await wait(plan.intervalMs, plan.signal);
      continue;
    }
    if (!(await plan.sendOnce())) return { sent, outcome: 'failed' };
    sent += 1;
    plan.onProgress?.(sent);
    if (sent < plan.count) await wait(plan.intervalMs, plan.signal);
  }
  return { sent, outcome: 'done' };
}
