import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  LAYOUT_BOUNDS,
  WORKSPACE_VERSION,
  layoutSchema,
  workspaceSchema,
} from '../../../shared/contract';
import {
  boundLayoutValue,
  useWorkbenchLayout,
} from '../../../renderer/src/components/layout/useWorkbenchLayout';
import { useSettingsStore } from '../../../renderer/src/stores/settings';

describe('the layout kept in the workspace', () => {
  it('fills in defaults, and a workspace without a layout still loads', () => {
    expect(layoutSchema.parse({})).toEqual({
      sidebarWidth: LAYOUT_BOUNDS.sidebarWidth.initial,
      inspectorShare: LAYOUT_BOUNDS.inspectorShare.initial,
      detailShare: LAYOUT_BOUNDS.detailShare.initial,
    });
    const workspace = workspaceSchema.parse({ version: WORKSPACE_VERSION });
    expect(workspace.settings.layout).toBeUndefined();
  });

  it('keeps values in bounds and puts a damaged one back to its default, not the whole file', () => {
    const parsed = workspaceSchema.parse({
      version: WORKSPACE_VERSION,
      settings: {
        projector: true,
        layout: { sidebarWidth: 99_999, inspectorShare: 0.4, detailShare: 'wide' },
      },
    });
    expect(parsed.settings.projector).toBe(true);
    expect(parsed.settings.layout).toEqual({
      sidebarWidth: LAYOUT_BOUNDS.sidebarWidth.initial,
      inspectorShare: 0.4,
      detailShare: LAYOUT_BOUNDS.detailShare.initial,
    });
  });

  it('bounds and rounds what a splitter reports', () => {
    expect(boundLayoutValue('sidebarWidth', 10)).toBe(LAYOUT_BOUNDS.sidebarWidth.min);
    expect(boundLayoutValue('sidebarWidth', 401.6)).toBe(402);
    expect(boundLayoutValue('inspectorShare', 0.99)).toBe(LAYOUT_BOUNDS.inspectorShare.max);
    expect(boundLayoutValue('detailShare', 0.33333)).toBe(0.333);
    expect(boundLayoutValue('detailShare', Number.NaN)).toBe(LAYOUT_BOUNDS.detailShare.initial);
  });
});

describe('useWorkbenchLayout', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('saves nothing until a splitter moves, then what the splitters report', () => {
    const settings = useSettingsStore();
    const layout = useWorkbenchLayout();
    expect(settings.saved.layout).toBeUndefined();
    expect(layout.sidebarSize.value).toBe(`${LAYOUT_BOUNDS.sidebarWidth.initial}px`);

    layout.sidebarSize.value = '412.4px';
    layout.centreShare.value = 0.3;
    layout.tableShare.value = 0.75;
    expect(settings.saved.layout).toEqual({
      sidebarWidth: 412,
      inspectorShare: 0.7,
      detailShare: 0.25,
    });
    expect(layout.sidebarSize.value).toBe('412px');
    expect(layout.centreShare.value).toBeCloseTo(0.3);
  });

  it('restores a saved layout from the workspace settings', () => {
    const settings = useSettingsStore();
    settings.restore({
      projector: false,
      layout: { sidebarWidth: 500, inspectorShare: 0.5, detailShare: 0.4 },
    });
    const layout = useWorkbenchLayout();
    expect(layout.sidebarSize.value).toBe('500px');
    expect(layout.centreShare.value).toBeCloseTo(0.5);
    expect(layout.tableShare.value).toBeCloseTo(0.6);
  });
});

describe('a splitter moved by keyboard', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('steps the first pane larger or smaller, and stops at the bounds', () => {
    const layout = useWorkbenchLayout();
    const width = LAYOUT_BOUNDS.sidebarWidth.initial;
    layout.nudge('sidebarWidth', 1);
    expect(layout.current.value.sidebarWidth).toBe(width + 16);
    layout.nudge('inspectorShare', 1);
    expect(layout.current.value.inspectorShare).toBeCloseTo(
      LAYOUT_BOUNDS.inspectorShare.initial - 0.02,
    );
    for (let step = 0; step < 100; step += 1) layout.nudge('detailShare', -1);
    expect(layout.current.value.detailShare).toBe(LAYOUT_BOUNDS.detailShare.max);
  });
});

describe('the layout in projector mode', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('starts narrower and shorter, until the student moves a splitter', () => {
    const settings = useSettingsStore();
    const layout = useWorkbenchLayout();
    const normal = layout.sidebarSize.value;
    settings.projector = true;
    expect(layout.sidebarSize.value).toBe('240px');
    expect(layout.centreShare.value).toBeCloseTo(0.5);
    layout.sidebarSize.value = '300px';
    settings.projector = false;
    expect(layout.sidebarSize.value).toBe('300px');
    expect(normal).toBe(`${LAYOUT_BOUNDS.sidebarWidth.initial}px`);
  });
});
