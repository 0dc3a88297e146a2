/**
 * Tells when the student moves up through a list by hand (wheel, keys, the scrollbar), so
 * following the newest row can stop. It watches what the student does, not the scroll offset:
 * the list's own scrolling to the newest row must never count as the student's.
 */
const UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);

export function useScrollUpIntent(onUp: () => void) {
  function onWheel(event: WheelEvent): void {
    if (event.deltaY < 0) onUp();
  }

  function onKeydown(event: KeyboardEvent): void {
    if (UP_KEYS.has(event.key)) onUp();
  }

  /** A press beside the content is on the scrollbar: the student is about to drag it. */
  function onPointerdown(event: PointerEvent): void {
    const list = event.currentTarget as HTMLElement;
    if (event.target === list && event.offsetX > list.clientWidth) onUp();
  }

  return { onWheel, onKeydown, onPointerdown };
}
