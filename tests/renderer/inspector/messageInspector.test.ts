import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import type { PuertoEvent } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import MessageInspector from '../../../renderer/src/components/inspector/MessageInspector.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { data, lifecycle, serverConversation, udpFlow } from './eventFactory';

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
});

async function mountInspector(events: PuertoEvent[], locale: 'en' | 'es' = 'en') {
  const app = createPuertoTestApp(locale);
  const wrapper = app.mountComponent(MessageInspector);
  mounted.push(wrapper);
  const capture = useCaptureStore(app.pinia);
  const feed = async (batch: PuertoEvent[]) => {
    capture.applyBatch({ events: batch, evicted: 0 });
    await settle();
  };
  await feed(events);
  return { ...app, wrapper, feed };
}

const rowsOf = (wrapper: VueWrapper) => wrapper.findAll('[data-testid="event-row"]');
const seqsOf = (wrapper: VueWrapper) =>
  rowsOf(wrapper).map((row) => Number(row.attributes('data-seq')));

describe('MessageInspector', () => {
  it('shows each event with time, direction, kind, endpoints, size and visible text', async () => {
    const { wrapper } = await mountInspector(
      [
        lifecycle(1, serverConversation, 'accepted'),
        data(2, serverConversation, 'data-in', 'hola\r\n'),
        data(3, serverConversation, 'data-out', 'hola\r\n'),
      ],
      'es',
    );
    const rows = rowsOf(wrapper);
    expect(rows.map((row) => row.attributes('data-kind'))).toEqual([
      'accepted',
      'data-in',
      'data-out',
    ]);
    const cells = rows[1]?.findAll('td').map((cell) => cell.text()) ?? [];
    expect(cells[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3}$/);
    expect(cells[1]).toBe('←');
    expect(cells[2]).toBe(translate('es', 'events.data-in.label'));
    expect(cells[4]).toBe('127.0.0.1:7007 ↔ 127.0.0.1:51000');
    expect(cells[5]).toBe('6');
    expect(cells[6]).toBe('hola⏎↵');
    expect(rows[2]?.findAll('td')[1]?.text()).toBe('→');
    expect(wrapper.get('[data-testid="event-count"]').text()).toBe(
      translate('es', 'ui.log.count', {}, 3),
    );
  });

  it('explains each kind of event in a tooltip over its tag', async () => {
    const { wrapper } = await mountInspector([lifecycle(1, serverConversation, 'accepted')], 'es');
    const tooltip = translate('es', 'events.accepted.tooltip');
    expect(document.body.textContent).not.toContain(tooltip);
    await wrapper.get('[data-testid="event-kind"]').trigger('mouseover');
    await settle();
    expect(document.body.textContent).toContain(tooltip);
  });

  it('teaches with its empty states', async () => {
    const { wrapper } = await mountInspector([]);
    expect(wrapper.text()).toContain(translate('en', 'ui.log.empty'));
    expect(wrapper.get('[data-testid="event-detail-none"]').text()).toBe(
      translate('en', 'inspector.detail.none'),
    );
  });

  it('opens a row in the detail pane: byte counts, text with escapes and the hex dump', async () => {
    const { wrapper } = await mountInspector([
      data(1, serverConversation, 'data-in', 'EHLO lab\r\n'),
    ]);
    await rowsOf(wrapper)[0]?.trigger('click');
    await settle();
    const detail = wrapper.get('[data-testid="event-detail"]');
    expect(detail.attributes('data-seq')).toBe('1');
    expect(detail.get('[data-testid="detail-wire-bytes"]').text()).toBe(
      translate('en', 'inspector.detail.wireBytes', {}, 10),
    );
    expect(detail.get('[data-testid="detail-text"]').text()).toBe('EHLO lab\\r\\n');
    expect(detail.findAll('.visible-text__control').map((escape) => escape.text())).toEqual([
      '\\r',
      '\\n',
    ]);
    const hexRows = detail.findAll('[data-testid="hex-row"]').map((row) => row.text());
    expect(hexRows).toHaveLength(1);
    expect(hexRows[0]).toContain('45 48 4c 4f 20 6c 61 62  0d 0a');
    expect(hexRows[0]).toContain('EHLO lab..');
    expect(detail.find('[data-testid="detail-truncated"]').exists()).toBe(false);
    expect(rowsOf(wrapper)[0]?.find('[data-testid="event-truncated"]').exists()).toBe(false);
  });

  it('says how much of a truncated message was kept', async () => {
    const kept = new Uint8Array(65_536).fill(0x78);
    const { wrapper } = await mountInspector([
      data(1, serverConversation, 'data-in', kept, 70_000),
    ]);
    const mark = rowsOf(wrapper)[0]?.get('[data-testid="event-truncated"]');
    expect(mark?.text()).toBe(translate('en', 'inspector.row.truncated'));
    expect(mark?.attributes('title')).toBe('Kept 65,536 of 70,000 bytes');
    await rowsOf(wrapper)[0]?.trigger('click');
    await settle();
    expect(wrapper.get('[data-testid="detail-wire-bytes"]').text()).toContain('70,000');
    expect(wrapper.get('[data-testid="detail-captured-bytes"]').text()).toContain('65,536');
    expect(wrapper.get('[data-testid="detail-truncated"]').text()).toMatch(
      /^Kept 65,536 of 70,000 bytes: /,
    );
    // 4,096 rows of dump exist, but only the visible few are made.
    const hexRows = wrapper.findAll('[data-testid="hex-row"]');
    expect(hexRows.length).toBeGreaterThan(0);
    expect(hexRows.length).toBeLessThan(40);
  });

  it('explains an event that carries no bytes and offers to narrow the view to its owner', async () => {
    const { wrapper, pinia } = await mountInspector([lifecycle(1, serverConversation, 'accepted')]);
    await rowsOf(wrapper)[0]?.trigger('click');
    await settle();
    expect(wrapper.get('[data-testid="event-detail"]').text()).toContain(
      translate('en', 'events.accepted.tooltip'),
    );
    await wrapper.get('[data-testid="detail-only-server"]').trigger('click');
    expect(useSelectionStore(pinia).focus).toEqual({ kind: 'server', id: 'server-1' });
  });

  it('filters by protocol from its buttons and by the focus chip, which removes itself', async () => {
    const { wrapper, pinia } = await mountInspector([
      data(1, serverConversation, 'data-in', 'tcp'),
      data(2, udpFlow, 'data-in', 'udp'),
      data(3, serverConversation, 'data-out', 'tcp'),
    ]);
    await wrapper.get('[data-testid="inspector-protocol-udp"] input').trigger('change');
    await settle();
    expect(seqsOf(wrapper)).toEqual([2]);
    expect(wrapper.get('[data-testid="event-count"]').text()).toBe(
      translate('en', 'inspector.tail.shown', { shown: 1, total: 3 }, 3),
    );
    await wrapper.get('[data-testid="inspector-protocol-all"] input').trigger('change');
    useSelectionStore(pinia).focusConnection('conn-1');
    await settle();
    expect(seqsOf(wrapper)).toEqual([1, 3]);
    const chip = wrapper.get('[data-testid="inspector-focus"]');
    expect(chip.attributes('data-focus-id')).toBe('conn-1');
    await chip.get('.n-base-close').trigger('click');
    await settle();
    expect(useSelectionStore(pinia).focus).toBeNull();
    expect(seqsOf(wrapper)).toEqual([1, 2, 3]);
  });

  it('searches as the student types, in text and in hex', async () => {
    const { wrapper } = await mountInspector([
      data(1, serverConversation, 'data-in', 'USER alumno\r\n'),
      data(2, udpFlow, 'data-in', new Uint8Array([0xde, 0xad, 0xbe, 0xef])),
    ]);
    const search = wrapper.get('[data-testid="inspector-search"] input');
    await search.setValue('alumno');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await settle();
    expect(seqsOf(wrapper)).toEqual([1]);
    await search.setValue('be ef');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await settle();
    expect(seqsOf(wrapper)).toEqual([2]);
  });

  it('pauses the view, says how many events arrived meanwhile, and resumes on request', async () => {
    const { wrapper, feed } = await mountInspector([data(1, serverConversation, 'data-in', 'a')]);
    await wrapper.get('[data-testid="inspector-pause"]').trigger('click');
    await feed([data(2, serverConversation, 'data-in', 'b'), data(3, udpFlow, 'data-in', 'c')]);
    expect(seqsOf(wrapper)).toEqual([1]);
    expect(wrapper.find('[data-testid="inspector-paused"]').exists()).toBe(true);
    const indicator = wrapper.get('[data-testid="inspector-new-events"]');
    expect(indicator.text()).toBe(translate('en', 'inspector.tail.newEvents', {}, 2));
    await indicator.trigger('click');
    await settle();
    expect(seqsOf(wrapper)).toEqual([1, 2, 3]);
    expect(wrapper.find('[data-testid="inspector-new-events"]').exists()).toBe(false);
  });
});
