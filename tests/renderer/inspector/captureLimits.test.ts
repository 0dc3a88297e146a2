/**
 * The inspector says where the capture's limits act, in the student's language: how much the
 * engine and the window keep, how many old events were let go, and how many never arrived.
 */
import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { translate } from '../../../shared/i18n';
import MessageInspector from '../../../renderer/src/components/inspector/MessageInspector.vue';
import { captureNotices } from '../../../renderer/src/inspector/captureNotices';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { eventRange } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
});

const engineStats = {
  heldEvents: 10,
  heldBytes: 5_000,
  budgetBytes: 64 * 1024 * 1024,
  payloadCapPerEvent: 16_384,
  totalEvicted: 0,
};

async function mountWithLoss(locale: 'en' | 'es') {
  const app = createPuertoTestApp(locale);
  // The engine no longer holds what the window missed.
  app.api.respond('getCapture', () => ({
    ok: true,
    value: { events: [], firstSeq: 0, lastSeq: 0, totalEvicted: 2_117 },
  }));
  const wrapper = app.mountComponent(MessageInspector);
  mounted.push(wrapper);
  const capture = useCaptureStore(app.pinia);
  capture.limit = 5;
  capture.applyBatch({ events: eventRange(1, 8), evicted: 0, capture: engineStats });
  capture.applyBatch({
    events: eventRange(2_126, 1),
    evicted: 0,
    missed: { fromSeq: 9, toSeq: 2_125, count: 2_117 },
  });
  await settle();
  return { wrapper, capture };
}

const lineOf = (wrapper: VueWrapper, kind: string) =>
  wrapper.get(`[data-testid="capture-limits-${kind}"]`).text();

describe('capture limits in the inspector', () => {
  it('in English: what is kept, what was let go and what never arrived', async () => {
    const { wrapper, capture } = await mountWithLoss('en');
    expect(lineOf(wrapper, 'engine')).toBe(
      'Puerto keeps the first 16,384 bytes of each message, 64 MB in all.',
    );
    expect(lineOf(wrapper, 'letGo')).toBe('4 oldest events let go to stay within 256 MB.');
    expect(lineOf(wrapper, 'notReceived')).toBe(
      '2,117 events not received (the window fell behind). ' +
        translate('en', 'inspector.limits.reasons.letGoByEngine', { count: '2,117' }, 2_117),
    );
    expect(capture.events.length + capture.discarded + capture.notReceived.total).toBe(2_126);
  });

  it('in Spanish, with Spanish numbers', async () => {
    const { wrapper } = await mountWithLoss('es');
    expect(lineOf(wrapper, 'engine')).toBe(
      'Puerto guarda los primeros 16.384 bytes de cada mensaje, 64 MB en total.',
    );
    expect(lineOf(wrapper, 'notReceived')).toContain(
      '2117 eventos no recibidos (la ventana se quedó atrás).',
    );
  });

  it('says how far a new filter has come and what is still being fetched', () => {
    const lines = captureNotices(
      {
        engine: null,
        windowBudgetBytes: 3.5 * 1024 * 1024,
        windowHeldBytes: 1024 * 1024,
        letGo: 0,
        notReceived: { total: 0, letGoByEngine: 0, fetchFailed: 0 },
        fetchingBack: 1_500,
        filtering: 0.426,
      },
      (key, params, plural) => translate('en', key, params, plural),
      'en',
    );
    expect(lines.map((line) => line.kind)).toEqual(['window', 'fetching', 'filtering']);
    expect(lines[0]?.text).toBe('This window keeps up to 3.5 MB of events (1 MB now).');
    expect(lines[1]?.text).toBe('Fetching 1,500 events the window missed…');
    expect(lines[2]?.text).toBe('Filtering: 42 % of the events looked at so far…');
  });

  it('says "1 event", not "1 events", in both languages', () => {
    const one = (locale: 'en' | 'es') =>
      captureNotices(
        {
          engine: null,
          windowBudgetBytes: 1024 * 1024,
          windowHeldBytes: 0,
          letGo: 1,
          notReceived: { total: 1, letGoByEngine: 0, fetchFailed: 1 },
          fetchingBack: 1,
          filtering: null,
        },
        (key, params, plural) => translate(locale, key, params, plural),
        locale,
      ).map((line) => line.text);
    expect(one('en')).toEqual([
      'This window keeps up to 1 MB of events (0 MB now).',
      'The oldest event was let go to stay within 1 MB.',
      '1 event not received (the window fell behind). Asking Puerto for it again failed.',
      'Fetching the event the window missed…',
    ]);
    expect(one('es').slice(1)).toEqual([
      'Se descartó el evento más antiguo para no pasar de 1 MB.',
      '1 evento no recibido (la ventana se quedó atrás). Falló volver a pedírselo a Puerto.',
      'Recuperando el evento que la ventana se perdió…',
    ]);
  });
});
