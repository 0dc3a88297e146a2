/**
 * What the page says about the events, read from what it shows: the inspector's event count,
 * its notices of events let go (to stay within its limit) and not received, and the server's
 * own traffic counters (the engine's counts, which the page is sent as state).
 */
import type { Locator, Page } from 'playwright-core';
import { sleep } from '../support/children';

export interface PageCounts {
  /** Events the inspector holds ("N events"). */
  held: number;
  /** Old events the page let go to stay within its limit. */
  letGo: number;
  /** Events the page says it did not receive. */
  notReceived: number;
  /** The server's byte counters as the page shows them (data-bytes-in / data-bytes-out). */
  engineBytesIn: number;
  engineBytesOut: number;
}

/** The first number in `text`, thousands separators dropped ("12,345 events" → 12345). */
export function firstNumber(text: string): number | null {
  const match = /\d[\d,.\u00a0\u202f]*/.exec(text);
  return match ? Number(match[0].replace(/\D/g, '')) : null;
}

async function numberIn(locator: Locator, fallback: number): Promise<number> {
  if ((await locator.count()) === 0) return fallback;
  return firstNumber((await locator.first().textContent()) ?? '') ?? fallback;
}

/** Older builds said "N older events were discarded" in a plain alert. */
async function oldDiscardedNotice(page: Page): Promise<number> {
  const text = (await page.getByTestId('message-inspector').textContent()) ?? '';
  const match = /(\d[\d,]*) older events were discarded/.exec(text);
  return match ? Number((match[1] as string).replace(/\D/g, '')) : 0;
}

export async function readPageCounts(page: Page, server: Locator): Promise<PageCounts> {
  const count = page.getByTestId('event-count');
  const countText = (await count.textContent()) ?? '';
  // The page's own number when it gives one (the text says "no events" for zero); older builds
  // only said "N events", or "shown of total events" while filtering: the total is the last.
  const numbers = countText.match(/\d[\d,.\u00a0\u202f]*/g) ?? [];
  const last = (await count.getAttribute('data-total')) ?? numbers.at(-1);
  if (last === undefined) throw new Error(`no event count in "${countText}"`);
  const counters = server.locator('[data-bytes-in]').first();
  const bytesIn = Number(await counters.getAttribute('data-bytes-in'));
  const bytesOut = Number(await counters.getAttribute('data-bytes-out'));
  return {
    held: Number(last.replace(/\D/g, '')),
    letGo: await numberIn(page.getByTestId('capture-limits-letGo'), await oldDiscardedNotice(page)),
    notReceived: await numberIn(page.getByTestId('capture-limits-notReceived'), 0),
    engineBytesIn: bytesIn,
    engineBytesOut: bytesOut,
  };
}

/** Reads the counts until they stop changing for `quietMs` (the page has caught up), bounded. */
export async function settledPageCounts(
  page: Page,
  server: Locator,
  quietMs: number,
  limitMs: number,
): Promise<PageCounts> {
  const deadline = Date.now() + limitMs;
  let counts = await readPageCounts(page, server);
  let stableSince = Date.now();
  while (Date.now() - stableSince < quietMs && Date.now() < deadline) {
    await sleep(250);
    const next = await readPageCounts(page, server);
    if (JSON.stringify(next) !== JSON.stringify(counts)) stableSince = Date.now();
    counts = next;
  }
  return counts;
}
