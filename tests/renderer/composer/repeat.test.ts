import { describe, expect, it } from 'vitest';
import { sendRepeatedly, waitFor } from '../../../renderer/src/composer/repeat';

/** A clock that only moves when the loop waits, so the schedule is checked without sleeping. */
function virtualClock() {
  const clock = { now: 0, waits: [] as number[] };
  const wait = async (milliseconds: number) => {
    clock.waits.push(milliseconds);
    clock.now += milliseconds;
  };
  return { clock, wait };
}

describe('sendRepeatedly', () => {
  it('sends N times with the interval between sends, not after the last', async () => {
    const { clock, wait } = virtualClock();
    const sentAt: number[] = [];
    const progress: number[] = [];
    const result = await sendRepeatedly({
      count: 4,
      intervalMs: 250,
      sendOnce: async () => {
        sentAt.push(clock.now);
        return true;
      },
      canContinue: () => true,
      onProgress: (sent) => progress.push(sent),
      wait,
    });
    expect(result).toEqual({ sent: 4, outcome: 'done' });
    expect(sentAt).toEqual([0, 250, 500, 750]);
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('stops when the conversation can no longer send', async () => {
    const { wait } = virtualClock();
    let sends = 0;
    const result = await sendRepeatedly({
      count: 10,
      intervalMs: 10,
      sendOnce: async () => {
        sends += 1;
        return true;
      },
      canContinue: () => sends < 3,
      wait,
    });
    expect(result).toEqual({ sent: 3, outcome: 'ended' });
  });

  it('stops when a send fails, and when aborted', async () => {
    const { wait } = virtualClock();
    let sends = 0;
    const failed = await sendRepeatedly({
      count: 5,
      intervalMs: 10,
      sendOnce: async () => ++sends < 2,
      canContinue: () => true,
      wait,
    });
    expect(failed).toEqual({ sent: 1, outcome: 'failed' });

    const controller = new AbortController();
    const stopped = await sendRepeatedly({
      count: 5,
      intervalMs: 10,
      sendOnce: async () => {
        controller.abort();
        return true;
      },
      canContinue: () => true,
      signal: controller.signal,
      wait,
    });
    expect(stopped).toEqual({ sent: 1, outcome: 'stopped' });
  });

  it('waits without counting while the socket buffer is full', async () => {
    const { clock, wait } = virtualClock();
    const sentAt: number[] = [];
    const result = await sendRepeatedly({
      count: 2,
      intervalMs: 100,
      sendOnce: async () => {
        sentAt.push(clock.now);
        return true;
      },
      canContinue: () => true,
      isFlowing: () => clock.now < 100 || clock.now >= 400,
      wait,
    });
    expect(result).toEqual({ sent: 2, outcome: 'done' });
    expect(sentAt).toEqual([0, 400]);
  });

  it('waits for real time, and wakes up early when aborted', async () => {
    const started = performance.now();
    await waitFor(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);

    const controller = new AbortController();
    const woken = performance.now();
    const waiting = waitFor(10_000, controller.signal);
    controller.abort();
    await waiting;
    expect(performance.now() - woken).toBeLessThan(1000);
  });
});
