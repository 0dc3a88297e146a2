import '../support/fakeResizeObserver';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import EventLog from '../../../renderer/src/components/capture/EventLog.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { dataEvent, lifecycleEvent } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

describe('EventLog', () => {
  it('shows each event with its kind, endpoints, size and visible text', async () => {
    const { pinia, mountComponent } = createPuertoTestApp('es');
    const wrapper = mountComponent(EventLog);
    // happy-dom does not clamp scrolling, so following the newest row would scroll past the
    // others; the real scrolling is judged in Chromium by the e2e test.
    await wrapper.get('[data-testid="event-follow"]').trigger('click');
    useCaptureStore(pinia).applyBatch({
      events: [
        lifecycleEvent(1, 'accepted'),
        dataEvent(2, 'data-in', 'hola\n'),
        dataEvent(3, 'data-out', 'hola\n'),
      ],
      evicted: 0,
    });
    await settle();

    const rows = wrapper.findAll('[data-testid="event-row"]');
    expect(rows.map((row) => row.attributes('data-kind'))).toEqual([
      'accepted',
      'data-in',
      'data-out',
    ]);
    const received = rows[1]?.text() ?? '';
    expect(received).toContain(translate('es', 'events.data-in.label'));
    expect(received).toContain('127.0.0.1:7007 ↔ 127.0.0.1:51000');
    expect(received).toContain('hola↵');
    expect(received).toContain('5');
    expect(rows[2]?.text()).toContain(translate('es', 'events.data-out.label'));
    expect(wrapper.get('[data-testid="event-count"]').text()).toBe(
      translate('es', 'ui.log.count', { count: 3 }),
    );
    wrapper.unmount();
  });

  it('says so when there are no events yet', async () => {
    const wrapper = createPuertoTestApp('en').mountComponent(EventLog);
    await settle();
    expect(wrapper.text()).toContain(translate('en', 'ui.log.empty'));
    expect(wrapper.findAll('[data-testid="event-row"]')).toHaveLength(0);
    wrapper.unmount();
  });
});
