/**
 * Quitting closes the engine first, so every listening port is released before the process
 * exits. `before-quit` cannot wait for a promise, so the first quit is held back, the engine is
 * closed, and the quit is issued again.
 */

export interface QuittableApp {
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** A stuck socket must not keep a student from closing the app. */
export const ENGINE_CLOSE_TIMEOUT_MS = 3_000;

export function closeEngineOnQuit(options: {
  app: QuittableApp;
  closeEngine: () => Promise<void>;
  timeoutMs?: number;
}): void {
  const { app, closeEngine, timeoutMs = ENGINE_CLOSE_TIMEOUT_MS } = options;
  let closed = false;
  let closing: Promise<void> | undefined;

  const closeOnceThenQuit = (): void => {
    closing ??= withTimeout(Promise.resolve().then(closeEngine), timeoutMs)
      .catch((error: unknown) => console.error('Puerto could not close the engine cleanly:', error))
      .then(() => {
        closed = true;
        app.quit();
      });
  };

  // Quit on every platform, macOS included: a dock icon with no window would keep ports open.
  app.on('window-all-closed', closeOnceThenQuit);
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closeOnceThenQuit();
  });
}

function withTimeout(work: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`engine.close() took over ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
