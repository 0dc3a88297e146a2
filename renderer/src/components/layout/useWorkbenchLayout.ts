import { computed } from 'vue';
import type { ComputedRef, WritableComputedRef } from 'vue';
import { LAYOUT_BOUNDS, layoutSchema } from '../../../../shared/contract';
import type { WorkbenchLayout } from '../../../../shared/contract';
import { useSettingsStore } from '../../stores/settings';

type LayoutPart = keyof WorkbenchLayout;
type SharePart = Exclude<LayoutPart, 'sidebarWidth'>;

/** All one splitter needs: its NSplit's size and bounds, and its handle's values and step. */
export interface Splitter {
  /** The first pane's size in NSplit's terms: "340px" for the sidebar, else a share. */
  size: WritableComputedRef<string | number>;
  min: string | number;
  max: string | number;
  /** What the handle announces: pixels for the sidebar, else the first pane's percent. */
  handle: ComputedRef<{ value: number; min: number; max: number }>;
  step: (direction: 1 | -1) => void;
}

const SIDEBAR_STEP_PX = 16;
const PROJECTOR_DEFAULTS = { sidebarWidth: 240, inspectorShare: 0.5 };
const SHARE_STEP = 0.02;

/** Keeps a splitter's value inside its bounds, rounded so the saved file stays readable. */
export function boundLayoutValue(part: LayoutPart, value: number): number {
  const { min, max, initial } = LAYOUT_BOUNDS[part];
  if (!Number.isFinite(value)) return initial;
  const bounded = Math.min(max, Math.max(min, value));
  return part === 'sidebarWidth' ? Math.round(bounded) : Math.round(bounded * 1000) / 1000;
}

/** NSplit reports a pixel size as "340px" when it was given one that way. */
function pixels(size: string | number): number {
  return typeof size === 'number' ? size : Number.parseFloat(size);
}

/**
 * The workbench's splitter sizes, read from and written to the settings, so the workspace
 * file remembers them. NSplit sizes its first pane: the sidebar, the centre above the
 * inspector, the table before the detail; the file names what the student resized.
 */
export function useWorkbenchLayout() {
  const settings = useSettingsStore();
  // Projector mode shows the page 1.35× larger: until the student moves a splitter, the
  // sidebar is narrower and the inspector shorter, so the composer's Send stays in view.
  const defaults = computed<WorkbenchLayout>(() =>
    layoutSchema.parse(settings.projector ? PROJECTOR_DEFAULTS : {}),
  );
  const current = computed<WorkbenchLayout>(() => settings.layout ?? defaults.value);

  function set(part: LayoutPart, value: number): void {
    const bounded = boundLayoutValue(part, value);
    if (current.value[part] === bounded) return;
    settings.layout = { ...current.value, [part]: bounded };
  }

  const sidebarSize = computed({
    get: () => `${current.value.sidebarWidth}px`,
    set: (size: string | number) => set('sidebarWidth', pixels(size)),
  });
  /** The file keeps the second pane's share (the inspector, the detail); NSplit the first's. */
  const firstPaneShare = (part: SharePart) =>
    computed({
      get: () => 1 - current.value[part],
      set: (share: string | number) => set(part, 1 - Number(share)),
    });
  const centreShare = firstPaneShare('inspectorShare');
  const tableShare = firstPaneShare('detailShare');

  /**
   * One keyboard step of a splitter: +1 makes its first pane larger (the sidebar, the centre
   * above the inspector, the table before the detail).
   */
  function nudge(part: LayoutPart, direction: 1 | -1): void {
    if (part === 'sidebarWidth')
      set(part, current.value.sidebarWidth + direction * SIDEBAR_STEP_PX);
    else set(part, current.value[part] - direction * SHARE_STEP);
  }

  const { min: sidebarMin, max: sidebarMax } = LAYOUT_BOUNDS.sidebarWidth;
  const sidebar: Splitter = {
    size: sidebarSize,
    min: `${sidebarMin}px`,
    max: `${sidebarMax}px`,
    handle: computed(() => ({
      value: current.value.sidebarWidth,
      min: sidebarMin,
      max: sidebarMax,
    })),
    step: (direction) => nudge('sidebarWidth', direction),
  };

  function shareSplitter(part: SharePart, size: WritableComputedRef<number>): Splitter {
    const { min, max } = LAYOUT_BOUNDS[part];
    return {
      size,
      min: 1 - max,
      max: 1 - min,
      handle: computed(() => ({
        value: size.value * 100,
        min: (1 - max) * 100,
        max: (1 - min) * 100,
      })),
      step: (direction) => nudge(part, direction),
    };
  }

  const splitters = {
    sidebar,
    centre: shareSplitter('inspectorShare', centreShare),
    table: shareSplitter('detailShare', tableShare),
  };

  return {
    current,
    sidebarSize,
    centreShare,
    tableShare,
    splitters,
    nudge,
  };
}
