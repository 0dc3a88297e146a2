import { computed } from 'vue';
import { LAYOUT_BOUNDS, layoutSchema } from '../../../../shared/contract';
import type { WorkbenchLayout } from '../../../../shared/contract';
import { useSettingsStore } from '../../stores/settings';

type LayoutPart = keyof WorkbenchLayout;

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
  const centreShare = computed({
    get: () => 1 - current.value.inspectorShare,
    set: (share: string | number) => set('inspectorShare', 1 - Number(share)),
  });
  const tableShare = computed({
    get: () => 1 - current.value.detailShare,
    set: (share: string | number) => set('detailShare', 1 - Number(share)),
  });

  /**
   * One keyboard step of a splitter: +1 makes its first pane larger (the sidebar, the centre
   * above the inspector, the table before the detail).
   */
  function nudge(part: LayoutPart, direction: 1 | -1): void {
    if (part === 'sidebarWidth')
      set(part, current.value.sidebarWidth + direction * SIDEBAR_STEP_PX);
    else set(part, current.value[part] - direction * SHARE_STEP);
  }

  return { current, sidebarSize, centreShare, tableShare, nudge, bounds: LAYOUT_BOUNDS };
}
