/**
 * How smooth the page is, measured inside it: the time between animation frames (what the
 * student sees as smooth or jerky) and the long tasks that block the main thread (what they
 * feel as a frozen page), as the section 6 asks.
 */
import type { Page } from 'playwright-core';
import type { PageGlobals } from './pageGlobals';

export interface FrameFigures {
  frames: number;
  p50: number;
  p95: number;
  worst: number;
  /** Frames that took longer than two vsyncs: the ones a student notices. */
  dropped: number;
  longTasks: number[];
}

interface MeterState {
  intervals: number[];
  longTasks: number[];
  running: boolean;
}

type MeteredPage = PageGlobals & { puertoFrameMeter?: MeterState };

export async function startFrameMeter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const browser = globalThis as unknown as MeteredPage;
    const meter: MeterState = { intervals: [], longTasks: [], running: true };
    const observer = new browser.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) meter.longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    let last = 0;
    const tick = (now: number) => {
      if (last > 0) meter.intervals.push(now - last);
      last = now;
      if (meter.running) browser.requestAnimationFrame(tick);
      else observer.disconnect();
    };
    browser.requestAnimationFrame(tick);
    browser.puertoFrameMeter = meter;
  });
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

export async function stopFrameMeter(page: Page): Promise<FrameFigures> {
  const { intervals, longTasks } = await page.evaluate(() => {
    const meter = (globalThis as unknown as MeteredPage).puertoFrameMeter as MeterState;
    meter.running = false;
    return { intervals: meter.intervals, longTasks: meter.longTasks };
  });
  const sorted = [...intervals].sort((left, right) => left - right);
  return {
    frames: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    worst: sorted.at(-1) ?? 0,
    dropped: sorted.filter((interval) => interval > 2 * 16.7).length,
    longTasks,
  };
}

export function describeFrames(figures: FrameFigures): string {
  const longest = Math.max(0, ...figures.longTasks);
  return (
    `${figures.frames} frames: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, ` +
    `worst ${figures.worst.toFixed(1)} ms, ${figures.dropped} over 33 ms; ` +
    `${figures.longTasks.length} long tasks, longest ${longest.toFixed(0)} ms`
  );
}
