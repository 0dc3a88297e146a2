/**
 * Browser mode under a flood: a separate process sends datagrams to a UDP echo server started
 * from the page (two events each: received and sent), while the page's frames and long tasks are
 * recorded; the baseline is the same page idle for as long. Afterwards the page's counts are
 * compared with what the engine produced.
 */
import { defineScenario, metric } from '../scenario';
import type { MetricSpec, Values } from '../scenario';
import { numberField, runLoad } from '../support/loadGenerators';
import { MB, sampleRss } from '../support/memory';
import { sleep } from '../support/children';
import type { PageCounts } from '../browser/pageCounts';
import { settledPageCounts } from '../browser/pageCounts';
import { percentile, readProbe, startProbe, stopProbe } from '../browser/pageProbe';
import type { ProbeReading } from '../browser/pageProbe';
import { clearInspector, mainThreadSeconds, openWebPage } from '../browser/webPage';
import type { WebPage } from '../browser/webPage';

interface BrowserSize {
  /** Datagrams a second offered, one contender each. */
  rates: number[];
  seconds: number;
  datagramBytes: number;
}

const IDLE = 'idle';
/** The issue's figure is events a second: with echo each datagram is two (received, sent). */
const EVENTS_PER_DATAGRAM = 2;
const contenderOf = (rate: number) =>
  `${(rate * EVENTS_PER_DATAGRAM).toLocaleString('en-US')} ev/s`;

function rateMetrics(rate: number): MetricSpec[] {
  const subject = contenderOf(rate);
  const judged = rate * EVENTS_PER_DATAGRAM >= 20_000;
  const versusIdle = { subject, baseline: IDLE };
  const only = { subject, baseline: null, ratio: false, positive: false };
  return [
    metric({ key: 'frameP50', label: 'frame interval p50', unit: 'ms', ...versusIdle }),
    metric({
      key: 'frameP95',
      label: 'frame interval p95',
      unit: 'ms',
      ...versusIdle,
      ...(judged ? { target: { on: 'value', op: '<=', value: 33, text: '≤ 33 ms' } } : {}),
    }),
    metric({
      key: 'longTaskMax',
      label: 'longest task',
      unit: 'ms',
      ...versusIdle,
      ratio: false,
      positive: false,
      ...(judged ? { target: { on: 'value', op: '<=', value: 200, text: '≤ 200 ms' } } : {}),
    }),
    metric({
      key: 'longTaskCount',
      label: 'long tasks (> 50 ms)',
      unit: '',
      ...versusIdle,
      ratio: false,
      positive: false,
    }),
    metric({ key: 'busyPercent', label: 'main thread busy', unit: '%', ...versusIdle }),
    metric({
      key: 'eventsOffered',
      label: 'events offered (2 per datagram sent)',
      unit: '',
      ...only,
      positive: true,
    }),
    metric({ key: 'eventsProduced', label: 'events produced', unit: '', ...only, positive: true }),
    metric({ key: 'eventsMissing', label: 'events not in the page', unit: '', ...only }),
    metric({ key: 'eventsUnreported', label: '… of which not reported', unit: '', ...only }),
    metric({ key: 'webRssMb', label: 'puerto web peak RSS', unit: 'MB', ...only, positive: true }),
  ];
}

/** Main-thread figures over one recorded stretch. */
function frameValues(reading: ProbeReading, busySeconds: number, wallSeconds: number): Values {
  return {
    frameP50: percentile(reading.intervals, 0.5),
    frameP95: percentile(reading.intervals, 0.95),
    longTaskMax: Math.max(0, ...reading.tasks),
    longTaskCount: reading.tasks.length,
    busyPercent: (busySeconds / wallSeconds) * 100,
  };
}

/**
 * Events the engine produced: its own data counters as the page shows them (64-byte
 * datagrams, so bytes ÷ 64), but never fewer than two per reply the sender got back, in case the
 * page's counters lag.
 */
function eventCounts(
  before: PageCounts,
  after: PageCounts,
  load: Record<string, unknown>,
  bytes: number,
) {
  const replies = numberField(load, 'received');
  const counted =
    (after.engineBytesIn - before.engineBytesIn + after.engineBytesOut - before.engineBytesOut) /
    bytes;
  const produced = Math.max(counted, replies * EVENTS_PER_DATAGRAM);
  const inPage = after.held - before.held + (after.letGo - before.letGo);
  const reported = after.notReceived - before.notReceived;
  return {
    // Both estimates are kept in the JSON; the table shows the larger.
    engineEvents: counted,
    replyEvents: replies * EVENTS_PER_DATAGRAM,
    eventsOffered: numberField(load, 'sent') * EVENTS_PER_DATAGRAM,
    eventsProduced: produced,
    eventsMissing: Math.max(0, produced - inPage),
    eventsUnreported: Math.max(0, produced - inPage - reported),
  };
}

export const browserScenario = defineScenario<BrowserSize>({
  name: 'browser',
  quick: { rates: [500], seconds: 1, datagramBytes: 64 },
  full: { rates: [2_500, 10_000], seconds: 10, datagramBytes: 64 },
  method: (size) =>
    '`puerto web` in headless Chromium (1440×900, the e2e launch flags), UDP echo server started ' +
    `from the page's form, inspector in view and cleared before each stretch; ${size.datagramBytes}-byte ` +
    `datagrams at ${size.rates.map((rate) => `${rate.toLocaleString('en-US')}/s`).join(' and ')} for ` +
    `${size.seconds} s from a separate process vs the same page idle for ${size.seconds} s; frames = ` +
    'requestAnimationFrame intervals; long tasks from PerformanceObserver; busy = Chromium ' +
    "TaskDuration ÷ wall time; events in the page = the inspector's count + the events it says it " +
    'let go; "not reported" also subtracts the events it says it did not receive',
  timeoutMs: (size) => 60_000 + size.seconds * 3_000,
  metrics: (size) => size.rates.flatMap(rateMetrics),
  async open(size, sessionScope) {
    const web: WebPage = await openWebPage(sessionScope);
    const rateOf = new Map(size.rates.map((rate) => [contenderOf(rate), rate]));
    return {
      contenders: [IDLE, ...rateOf.keys()],
      notes: () => [
        `Chromium ${web.browser.version()}`,
        ...(web.problems.length > 0
          ? [`page problems: ${web.problems.slice(0, 3).join(' | ')}`]
          : []),
      ],
      async measure(contender, { scope, timeLeft }) {
        const { page, server, cdp } = web;
        await clearInspector(page);
        await page.getByTestId('event-table').scrollIntoViewIfNeeded();
        const before = await settledPageCounts(page, server, 500, 5_000);
        const rss = sampleRss(web.web.pid);
        try {
          const busyBefore = await mainThreadSeconds(cdp);
          const wallBefore = performance.now();
          await startProbe(page);
          const rate = rateOf.get(contender);
          const load =
            rate === undefined
              ? sleep(size.seconds * 1000).then(() => null)
              : runLoad(
                  scope,
                  'udpPacedLoad',
                  {
                    port: web.port,
                    rate,
                    seconds: size.seconds,
                    size: size.datagramBytes,
                    linger: 200,
                  },
                  timeLeft(),
                );
          const result = await load;
          await stopProbe(page);
          const busySeconds = (await mainThreadSeconds(cdp)) - busyBefore;
          const wallSeconds = (performance.now() - wallBefore) / 1000;
          const values = frameValues(await readProbe(page), busySeconds, wallSeconds);
          if (result === null) return values;
          const after = await settledPageCounts(page, server, 1_000, 20_000);
          const counts = eventCounts(before, after, result, size.datagramBytes);
          return { ...values, ...counts, webRssMb: rss.stop().peak / MB };
        } finally {
          rss.stop();
        }
      },
    };
  },
});
