import { ref } from 'vue';
import type { EventKind } from '../../../../shared/contract';

/**
 * One teaching tooltip for the whole event table, placed by hand where the pointer rests on a
 * kind tag: a tooltip component per row would be created and destroyed for every row that
 * scrolls by, twenty times a second while following a busy capture.
 */
export function useKindTooltip() {
  const tip = ref<{ kind: EventKind; x: number; y: number } | null>(null);

  function onPointerOver(event: MouseEvent): void {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-kind-tip]');
    const kind = target?.dataset.kindTip as EventKind | undefined;
    if (target === undefined || target === null || kind === undefined) {
      tip.value = null;
      return;
    }
    const box = target.getBoundingClientRect();
    tip.value = { kind, x: box.right + 4, y: box.top + box.height / 2 };
  }

  function hide(): void {
    tip.value = null;
  }

  return { tip, onPointerOver, hide };
}
