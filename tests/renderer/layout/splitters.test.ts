/**
 * What each workbench splitter hands its NSplit and its handle: the file names the pane the
 * student resized (the inspector, the detail), NSplit and the handle speak of the first pane.
 */
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { LAYOUT_BOUNDS } from '../../../shared/contract';
import { useWorkbenchLayout } from '../../../renderer/src/components/layout/useWorkbenchLayout';
import { useSettingsStore } from '../../../renderer/src/stores/settings';

describe('the workbench splitters', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('gives the sidebar pixel bounds and announces its width in pixels', () => {
    const { sidebar } = useWorkbenchLayout().splitters;
    const { min, max, initial } = LAYOUT_BOUNDS.sidebarWidth;
    expect([sidebar.min, sidebar.max]).toEqual([`${min}px`, `${max}px`]);
    expect(sidebar.handle.value).toEqual({ value: initial, min, max });
    sidebar.step(1);
    expect(sidebar.handle.value.value).toBe(initial + 16);
    expect(sidebar.size.value).toBe(`${initial + 16}px`);
  });

  it('turns a saved share round for the first pane, and announces it in percent', () => {
    useSettingsStore().restore({
      projector: false,
      layout: { sidebarWidth: 400, inspectorShare: 0.3, detailShare: 0.25 },
    });
    const { centre, table } = useWorkbenchLayout().splitters;
    const inspector = LAYOUT_BOUNDS.inspectorShare;
    expect(centre.min).toBeCloseTo(1 - inspector.max);
    expect(centre.max).toBeCloseTo(1 - inspector.min);
    expect(centre.handle.value.value).toBeCloseTo(70);
    expect(centre.handle.value.min).toBeCloseTo((1 - inspector.max) * 100);
    expect(centre.handle.value.max).toBeCloseTo((1 - inspector.min) * 100);
    expect(table.handle.value.value).toBeCloseTo(75);

    // A step makes the first pane larger: the table grows, the saved detail share shrinks.
    table.step(1);
    expect(table.handle.value.value).toBeCloseTo(77);
    expect(useSettingsStore().layout?.detailShare).toBeCloseTo(0.23);
    table.size.value = 0.6;
    expect(useSettingsStore().layout?.detailShare).toBeCloseTo(0.4);
  });
});
