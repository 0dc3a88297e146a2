/**
 * The inspector's table as an ARIA grid walked with the keyboard (issue 11, item 4): rows
 * carry their place in the whole capture, one row holds the tab stop, and the keys move the
 * selection through rows that were never drawn, scrolling the virtual window to them.
 */
import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { DOMWrapper, VueWrapper } from '@vue/test-utils';
import MessageInspector from '../../../renderer/src/components/inspector/MessageInspector.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useInspectorStore } from '../../../renderer/src/stores/inspector';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { mixedEvents } from './eventFactory';

const TOTAL = 20_000;
/** The fake ResizeObserver's height, over 32-pixel rows. */
const ROWS_IN_VIEW = 480 / 32;

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
});

async function inspectorWith(count: number) {
  const app = createPuertoTestApp();
  const wrapper = app.mountComponent(MessageInspector);
  mounted.push(wrapper);
  useCaptureStore(app.pinia).applyBatch({ events: mixedEvents(1, count), evicted: 0 });
  await settle();
  return { wrapper, inspector: useInspectorStore(app.pinia) };
}

const rowsOf = (wrapper: VueWrapper) => wrapper.findAll('[role="row"][data-testid="event-row"]');
const rowIndex = (row: Pick<DOMWrapper<Element>, 'attributes'>) =>
  Number(row.attributes('aria-rowindex'));

async function press(wrapper: VueWrapper, key: string): Promise<void> {
  const focused = wrapper.find('[data-testid="event-row"][tabindex="0"]');
  await focused.trigger('keydown', { key });
  await settle();
}

describe('the event grid', () => {
  it('tells a screen reader the whole capture and each drawn row its real place', async () => {
    const { wrapper } = await inspectorWith(TOTAL);
    const grid = wrapper.get('[role="grid"]');
    expect(grid.attributes('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(grid.attributes('aria-colcount')).toBe('7');
    expect(grid.findAll('[role="columnheader"]')).toHaveLength(7);
    expect(
      grid.get('[role="row"][aria-rowindex="1"]').findAll('[role="columnheader"]'),
    ).toHaveLength(7);
    const rows = rowsOf(wrapper);
    expect(rows.length).toBeLessThan(ROWS_IN_VIEW + 14);
    // Following the newest: the last drawn row is event TOTAL, the grid's row TOTAL + 1.
    expect(rowIndex(rows.at(-1)!)).toBe(TOTAL + 1);
    expect(Number(rows.at(-1)!.attributes('data-seq'))).toBe(TOTAL);
    for (const row of rows) expect(row.findAll('[role="gridcell"]')).toHaveLength(7);
    expect(wrapper.findAll('[data-testid="event-row"][tabindex="0"]')).toHaveLength(1);
  });

  it('moves the selection with arrows, pages, Home and End, drawing the rows it reaches', async () => {
    const { wrapper, inspector } = await inspectorWith(TOTAL);
    await press(wrapper, 'ArrowUp');
    const first = inspector.selectedEvent?.seq ?? 0;
    expect(first).toBeGreaterThan(TOTAL - ROWS_IN_VIEW);
    expect(inspector.follow).toBe(false);

    await press(wrapper, 'ArrowUp');
    expect(inspector.selectedEvent?.seq).toBe(first - 1);
    await press(wrapper, 'PageUp');
    expect(inspector.selectedEvent?.seq).toBe(first - 1 - (ROWS_IN_VIEW - 1));

    await press(wrapper, 'Home');
    expect(inspector.selectedEvent?.seq).toBe(1);
    let tabStop = wrapper.get('[data-testid="event-row"][tabindex="0"]');
    expect(rowIndex(tabStop)).toBe(2);
    expect(tabStop.attributes('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabStop.element);

    await press(wrapper, 'ArrowDown');
    await press(wrapper, 'PageDown');
    expect(inspector.selectedEvent?.seq).toBe(2 + ROWS_IN_VIEW - 1);

    await press(wrapper, 'End');
    expect(inspector.selectedEvent?.seq).toBe(TOTAL);
    tabStop = wrapper.get('[data-testid="event-row"][tabindex="0"]');
    expect(rowIndex(tabStop)).toBe(TOTAL + 1);
    expect(Number(tabStop.attributes('data-seq'))).toBe(TOTAL);
    await press(wrapper, 'ArrowDown');
    expect(inspector.selectedEvent?.seq).toBe(TOTAL);
  });

  it('shows the detail of the row Enter is pressed on', async () => {
    const { wrapper, inspector } = await inspectorWith(200);
    expect(wrapper.find('[data-testid="event-detail-none"]').exists()).toBe(true);
    const row = rowsOf(wrapper).at(-3)!;
    // Read before the press: the table stays mounted as the detail opens below it, and its
    // rows are reused for whatever the shorter window shows next.
    const seq = Number(row.attributes('data-seq'));
    await row.trigger('keydown', { key: 'Enter' });
    await settle();
    expect(inspector.selectedEvent?.seq).toBe(seq);
    expect(wrapper.find('[data-testid="event-detail-none"]').exists()).toBe(false);
  });
});
