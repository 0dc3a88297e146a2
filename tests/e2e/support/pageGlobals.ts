/**
 * The few browser globals the tests' in-page functions use. The tests compile with Node's
 * types, not the DOM's; a function handed to `page.evaluate` runs in the page, and reaches
 * them as `globalThis as unknown as PageGlobals` (a cast only: nothing is imported there).
 */
export interface PageElement {
  scrollTop: number;
  readonly scrollHeight: number;
}

export interface PageGlobals {
  document: { querySelector(selector: string): PageElement | null };
  requestAnimationFrame(callback: (now: number) => void): number;
  PerformanceObserver: new (
    callback: (list: { getEntries(): Array<{ duration: number }> }) => void,
  ) => { observe(options: { type: string }): void; disconnect(): void };
}
