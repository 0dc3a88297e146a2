/**
 * The small event emitter every engine part is built on. Unlike node:events it has no special
 * 'error' event that throws when nobody listens, and a listener that throws cannot break the
 * socket callback that emitted: the engine must never die of an uncaught exception.
 */
export type EventMap<Events> = { [Name in keyof Events]: unknown[] };

type Listener<Arguments extends unknown[]> = (...args: Arguments) => void;

export type ListenerErrorHandler = (error: unknown) => void;

const reportToConsole: ListenerErrorHandler = (error) => {
  console.error('[puerto] an event listener threw:', error);
};

export class TypedEmitter<Events extends EventMap<Events>> {
  readonly #listeners = new Map<keyof Events, Set<Listener<never[]>>>();
  readonly #onListenerError: ListenerErrorHandler;

  constructor(onListenerError: ListenerErrorHandler = reportToConsole) {
    this.#onListenerError = onListenerError;
  }

  /** Subscribes and returns the function that unsubscribes. */
  on<Name extends keyof Events>(name: Name, listener: Listener<Events[Name]>): () => void {
    let listeners = this.#listeners.get(name);
    if (listeners === undefined) {
      listeners = new Set();
      this.#listeners.set(name, listeners);
    }
    const stored = listener as unknown as Listener<never[]>;
    listeners.add(stored);
    return () => {
      listeners.delete(stored);
    };
  }

  once<Name extends keyof Events>(name: Name, listener: Listener<Events[Name]>): () => void {
    const unsubscribe = this.on(name, (...args) => {
      unsubscribe();
      listener(...args);
    });
    return unsubscribe;
  }

  listenerCount(name: keyof Events): number {
    return this.#listeners.get(name)?.size ?? 0;
  }

  removeAllListeners(): void {
    this.#listeners.clear();
  }

  protected emit<Name extends keyof Events>(name: Name, ...args: Events[Name]): void {
    const listeners = this.#listeners.get(name);
    if (listeners === undefined) return;
    for (const listener of [...listeners]) {
      try {
        (listener as unknown as Listener<Events[Name]>)(...args);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
  }
}
