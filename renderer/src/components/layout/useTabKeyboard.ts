import { nextTick } from 'vue';
import type { Ref } from 'vue';

/** The keys that move between tabs, as the WAI-ARIA tabs pattern names them. */
const MOVES = ['ArrowRight', 'ArrowLeft', 'Home', 'End'] as const;
type Move = (typeof MOVES)[number];

function isMove(key: string): key is Move {
  return (MOVES as readonly string[]).includes(key);
}

/** Which tab a key press moves to: arrows wrap around, Home and End go to the ends. */
export function nextTabName<T extends string>(names: readonly T[], current: T, key: string): T {
  if (!isMove(key) || names.length === 0) return current;
  const at = Math.max(0, names.indexOf(current));
  switch (key) {
    case 'Home':
      return names[0] as T;
    case 'End':
      return names[names.length - 1] as T;
    case 'ArrowRight':
      return names[(at + 1) % names.length] as T;
    case 'ArrowLeft':
      return names[(at - 1 + names.length) % names.length] as T;
  }
}

/**
 * Naive UI's tab headers are plain divs: no role, not focusable, no arrow keys (issue 11). This
 * gives each header and panel the attributes of the WAI-ARIA tabs pattern: only the chosen tab
 * is in the Tab order (a "roving" tabindex), arrows and Home/End choose and focus another tab,
 * Enter and Space choose the focused one. `idPrefix` keeps the ids unique in the page.
 */
export function useTabKeyboard<T extends string>(
  names: readonly T[],
  active: Ref<T>,
  idPrefix: string,
) {
  const tabId = (name: T) => `${idPrefix}-tab-${name}`;
  const panelId = (name: T) => `${idPrefix}-panel-${name}`;

  function choose(name: T): void {
    active.value = name;
    void nextTick(() => globalThis.document?.getElementById(tabId(name))?.focus());
  }

  function onKeydown(event: KeyboardEvent, name: T): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      active.value = name;
      return;
    }
    const next = nextTabName(names, name, event.key);
    if (!isMove(event.key)) return;
    event.preventDefault();
    choose(next);
  }

  function tabProps(name: T) {
    const selected = active.value === name;
    return {
      id: tabId(name),
      role: 'tab',
      tabindex: selected ? 0 : -1,
      'aria-selected': selected,
      'aria-controls': panelId(name),
      onKeydown: (event: KeyboardEvent) => onKeydown(event, name),
    };
  }

  function panelProps(name: T) {
    // Focusable, as the WAI-ARIA tabs pattern has it: a panel with nothing focusable inside
    // (an empty topology) must still be reachable to scroll it (axe-core, issue 11).
    return { id: panelId(name), role: 'tabpanel', 'aria-labelledby': tabId(name), tabindex: 0 };
  }

  /** The list around the headers belongs to Naive UI, so its role is set once it is drawn. */
  function markTabList(root: HTMLElement | null | undefined, label: string): void {
    const list = root?.querySelector<HTMLElement>('.n-tabs-wrapper');
    if (list === null || list === undefined) return;
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', label);
  }

  return { tabProps, panelProps, markTabList, tabId, panelId };
}
