/**
 * What the benchmark installs in the page to watch its main thread: every requestAnimationFrame
 * timestamp and every long task (PerformanceObserver 'longtask', tasks over 50 ms) between
 * start() and stop(), read once stop() has been called. It is a script string because it runs in the page, not in Node (the
 * tests' TypeScript has no DOM types).
 */
import type { Page } from 'playwright-core';

const PROBE_SCRIPT = `(() => {
  if (window.__benchProbe) return;
  const state = { recording: false, frames: [], tasks: [], from: 0, to: 0 };
  const onFrame = (now) => {
    if (state.recording) state.frames.push(now);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  window.__benchProbe = {
    start() {
      state.frames = [];
      state.tasks = [];
      state.recording = true;
      state.from = performance.now();
    },
    stop() {
      state.recording = false;
      state.to = performance.now();
    },
    // Long-task entries are delivered a little after the task: wait for them before reading.
    async read() {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const intervals = [];
      for (let i = 1; i < state.frames.length; i++) intervals.push(state.frames[i] - state.frames[i - 1]);
      const tasks = state.tasks
        .filter(([start]) => start >= state.from && start <= state.to)
        .map(([, duration]) => duration);
      return { ms: state.to - state.from, intervals, tasks };
    },
  };
})()`;

export interface ProbeReading {
  ms: number;
  /** Milliseconds between consecutive animation frames. */
  intervals: number[];
  /** Durations of the long tasks that started while recording. */
  tasks: number[];
}

export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE_SCRIPT);
}

export async function startProbe(page: Page): Promise<void> {
  await page.evaluate('window.__benchProbe.start()');
}

export async function stopProbe(page: Page): Promise<void> {
  await page.evaluate('window.__benchProbe.stop()');
}

/** What was recorded between start and stop. */
export async function readProbe(page: Page): Promise<ProbeReading> {
  return (await page.evaluate('window.__benchProbe.read()')) as ProbeReading;
}

/** The value below which `fraction` of the sorted values fall (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, rank)] as number;
}
