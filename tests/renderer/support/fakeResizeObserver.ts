/**
 * happy-dom lays nothing out, so a virtual list thinks it is 0 px tall and renders no rows.
 * This observer reports a fixed size for every element it watches. Import it before any
 * naive-ui module: vueuc picks its ResizeObserver once, when it loads.
 */
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}

  observe(target: Element): void {
    const contentRect = { x: 0, y: 0, top: 0, left: 0, width: 960, height: 480 };
    queueMicrotask(() =>
      this.callback(
        [{ target, contentRect } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      ),
    );
  }

  unobserve(): void {}

  disconnect(): void {}
}

globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;
