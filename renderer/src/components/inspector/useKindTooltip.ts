import { shallowRef } from 'vue';
import type { EventKind } from '../../../../shared/contract';

/** How far right of the pointer the tip appears, so it never sits under it. */
const POINTER_GAP = 14;

/**
 * One teaching tooltip for the whole event table, placed by hand where the pointer rests on a
 * kind tag: a tooltip component per row would be created and destroyed for every row that
 * scrolls by, twenty times a second while following a busy capture.
 *
 * While the capture is followed, new rows slide under a resting pointer and the browser sends
 * `mouseover` for each: the tip is placed from the pointer's position, never from the tag's
 * box (asking for it would make the browser lay out the page again, every batch), and it is
 * left alone while the pointer stays on the same kind.
 */
export function useKindTooltip() {
  const tip = shallowRef<{ kind: EventKind; x: number; y: number } | null>(null);

  function onPointerOver(event: MouseEvent): void {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-kind-tip]');
    const kind = target?.dataset.kindTip as EventKind | undefined;
    if (target === undefined || target === null || kind === undefined) {
      if (tip.value !== null) tip.value = null;
      return;
    }
    if (tip.value?.kind === kind) return;
    tip.value = { kind, x: event.clientX + POINTER_GAP, y: event.clientY };
  }

  function hide(): void {
    tip.value = null;
  }

  return { tip, onPointerOver, hide };
}
