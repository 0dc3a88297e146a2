/**
 * A window that falls behind (issue 10, section 5): batches it never received are fetched back
 * from the engine's capture while the engine still holds them, and the rest are reported with
 * their reason. Whatever happens, every event the engine recorded is accounted for exactly
 * once: shown + let go by the window's budget + not received = produced.
 */
import { describe, expect, it } from 'vitest';
import type { CapturePage, MissedEvents, PuertoEvent } from '../../../shared/contract';
import { CAPTURE_PAGE_LIMIT, useCaptureStore } from '../../../renderer/src/stores/capture';
import { dataEvent } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

/** The engine's side: numbers every event and keeps the newest `ringSize` to be fetched back. */
class FakeEngine {
  readonly produced: PuertoEvent[] = [];
  ring: PuertoEvent[] = [];
  constructor(private readonly ringSize: number) {}

  record(count: number): PuertoEvent[] {
    const fresh = Array.from({ length: count }, (_, index) =>
      dataEvent(
        this.produced.length + index + 1,
        'data-in',
        `event ${this.produced.length + index + 1}`,
      ),
    );
    for (const event of fresh) this.produced.push(event);
    this.ring = this.ring.concat(fresh).slice(-this.ringSize);
    return fresh;
  }

  page(afterSeq: number, limit: number): CapturePage {
    if (limit > CAPTURE_PAGE_LIMIT) throw new Error(`asked for ${limit} events in one page`);
    return {
      events: this.ring.filter((event) => event.seq > afterSeq).slice(0, limit),
      firstSeq: this.ring[0]?.seq ?? 0,
      lastSeq: this.ring.at(-1)?.seq ?? 0,
      totalEvicted: this.produced.length - this.ring.length,
    };
  }
}

function setUp(ringSize: number) {
  const { api, pinia } = createPuertoTestApp();
  const engine = new FakeEngine(ringSize);
  let failing = false;
  api.respond('getCapture', ({ afterSeq = 0, limit = CAPTURE_PAGE_LIMIT }) =>
    failing
      ? { ok: false, error: { code: 'INTERNAL', message: 'link down', details: {} } }
      : { ok: true, value: engine.page(afterSeq, limit) },
  );
  const capture = useCaptureStore(pinia);
  const disconnect = capture.connect();
  const setFailing = (value: boolean) => (failing = value);
  return { api, engine, capture, disconnect, setFailing };
}

function accounted(capture: ReturnType<typeof useCaptureStore>): number {
  return capture.events.length + capture.discarded + capture.notReceived.total;
}

function isIncreasing(events: readonly PuertoEvent[]): boolean {
  return events.every((event, index) => index === 0 || event.seq > (events[index - 1]?.seq ?? 0));
}

describe('useCaptureStore: a window that falls behind', () => {
  it('accounts for every event produced, fetching back what the engine still holds', async () => {
    const { api, engine, capture, disconnect } = setUp(3_000);
    capture.limit = 4_000;
    await settle();
    // Each round the engine records a batch; the slow window receives some, misses others
    // (told by the web server, or only seen as a jump in the numbers), and catches up later.
    const plan = [
      'take',
      'miss-told',
      'take',
      'miss-silent',
      'take',
      'miss-told',
      'miss-told',
      'miss-told',
      'take',
      'miss-silent',
      'miss-silent',
      'miss-silent',
      'take',
      'take',
    ];
    let missed: MissedEvents | undefined;
    const dropped: number[] = [];
    for (const [round, step] of plan.entries()) {
      const events = engine.record(round % 3 === 0 ? 1_200 : 700);
      if (step === 'take') {
        api.emitBatch({ events, ...(missed ? { missed } : {}) });
        missed = undefined;
        await settle();
        continue;
      }
      dropped.push(...events.map((event) => event.seq));
      if (step === 'miss-told') {
        const first = events[0] as PuertoEvent;
        const last = events.at(-1) as PuertoEvent;
        missed = {
          fromSeq: missed?.fromSeq ?? first.seq,
          toSeq: last.seq,
          count: (missed?.count ?? 0) + events.length,
        };
      }
    }
    for (let round = 0; round < 20 && capture.fetchingBack > 0; round++) await settle();

    expect(capture.fetchingBack).toBe(0);
    expect(accounted(capture)).toBe(engine.produced.length);
    expect(isIncreasing(capture.events)).toBe(true);
    // Some missed events came back; others the engine had already let go of.
    const shown = new Set(capture.events.map((event) => event.seq));
    expect(dropped.some((seq) => shown.has(seq))).toBe(true);
    expect(capture.notReceived.letGoByEngine).toBeGreaterThan(0);
    expect(capture.notReceived.total).toBe(capture.notReceived.letGoByEngine);
    expect(capture.discarded).toBeGreaterThan(0);
    // What is shown is what the engine recorded: the newest events, the same objects.
    const produced = new Map(engine.produced.map((event) => [event.seq, event]));
    expect(capture.events.every((event) => produced.get(event.seq)?.time === event.time)).toBe(
      true,
    );
    expect(capture.events.at(-1)?.seq).toBe(engine.produced.length);
    disconnect();
  });

  it('fetches back a jump in the numbers even when nobody said events were missed', async () => {
    const { api, engine, capture, disconnect } = setUp(10_000);
    await settle();
    api.emitBatch({ events: engine.record(10) });
    engine.record(25);
    api.emitBatch({ events: engine.record(5) });
    await settle();
    expect(capture.events.map((event) => event.seq)).toEqual(
      Array.from({ length: 40 }, (_, index) => index + 1),
    );
    expect(capture.notReceived.total).toBe(0);
    expect(api.callsOf('getCapture').at(-1)).toEqual({ afterSeq: 10, limit: 25 });
    disconnect();
  });

  it('fetches a long gap in pages of at most 100,000 events', async () => {
    const { api, engine, capture, disconnect } = setUp(300_000);
    await settle();
    api.emitBatch({ events: engine.record(1) });
    engine.record(250_000);
    api.emitBatch({ events: engine.record(1) });
    for (let round = 0; round < 10 && capture.fetchingBack > 0; round++) await settle();
    expect(capture.events).toHaveLength(250_002);
    const pages = api.callsOf('getCapture').slice(1) as Array<{ afterSeq: number; limit: number }>;
    expect(pages.map((page) => page.limit)).toEqual([100_000, 100_000, 50_000]);
    expect(accounted(capture)).toBe(engine.produced.length);
    disconnect();
  });

  it('reports a gap it could not fetch, with the reason', async () => {
    const { api, engine, capture, disconnect, setFailing } = setUp(10_000);
    await settle();
    api.emitBatch({ events: engine.record(3) });
    setFailing(true);
    engine.record(7);
    api.emitBatch({ events: engine.record(2), missed: { fromSeq: 4, toSeq: 10, count: 7 } });
    await settle();
    expect(capture.notReceived).toEqual({ total: 7, letGoByEngine: 0, fetchFailed: 7 });
    expect(capture.events.map((event) => event.seq)).toEqual([1, 2, 3, 11, 12]);
    expect(accounted(capture)).toBe(engine.produced.length);
    disconnect();
  });

  it('catches up after the link was down, and counts what the engine let go meanwhile', async () => {
    const { api, engine, capture, disconnect } = setUp(100);
    await settle();
    api.emitBatch({ events: engine.record(50) });
    // The link is down: 300 events are recorded; the engine keeps only the newest 100.
    engine.record(300);
    await capture.load();
    await settle();
    expect(capture.events.map((event) => event.seq)).toEqual([
      ...Array.from({ length: 50 }, (_, index) => index + 1),
      ...Array.from({ length: 100 }, (_, index) => index + 251),
    ]);
    expect(capture.notReceived).toEqual({ total: 200, letGoByEngine: 200, fetchFailed: 0 });
    disconnect();
  });

  it('starts over when the engine restarted and numbers its events from 1 again', async () => {
    const { api, engine, capture, disconnect } = setUp(1_000);
    await settle();
    api.emitBatch({ events: engine.record(30) });
    const restarted = new FakeEngine(1_000);
    restarted.record(5);
    api.respond('getCapture', ({ afterSeq = 0, limit = CAPTURE_PAGE_LIMIT }) => ({
      ok: true,
      value: restarted.page(afterSeq, limit),
    }));
    await capture.load();
    await settle();
    expect(capture.events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(capture.events[0]).toBe(restarted.produced[0]);
    expect(capture.notReceived.total).toBe(0);
    disconnect();
  });
});
