/**
 * The one module the stores call to reach the engine. Components never touch the transport;
 * tests install a client built on a fake `PuertoApi` instead of the real one.
 */
import { inject, readonly, shallowRef, watch } from 'vue';
import type { App, InjectionKey, Ref } from 'vue';
import type {
  CommandName,
  EventBatch,
  PuertoApi,
  RequestInput,
  Response,
  Result,
} from '../../../shared/contract';
import { isPuertoTransport } from '../transport/puertoTransport';
import type { TransportStatus } from '../transport/puertoTransport';

export interface PuertoClient {
  readonly status: Readonly<Ref<TransportStatus>>;
  /** Never rejects: a host that throws is turned into an `INTERNAL` error result. */
  invoke<C extends CommandName>(command: C, request: RequestInput<C>): Promise<Result<Response<C>>>;
  onBatch(listener: (batch: EventBatch) => void): () => void;
  /**
   * Runs `action` now if the link is open, and again each time it opens after a drop, when
   * batches may have been missed and the stores must catch up.
   */
  whenOpen(action: () => void): () => void;
  /** Vue plugin hook: `app.use(client)` makes it available to `usePuertoClient`. */
  install(app: App): void;
}

const clientKey: InjectionKey<PuertoClient> = Symbol('puertoClient');

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createPuertoClient(api: PuertoApi): PuertoClient {
  const status = shallowRef<TransportStatus>(isPuertoTransport(api) ? api.status : 'open');
  if (isPuertoTransport(api)) {
    api.onStatus((next) => {
      status.value = next;
    });
  }

  async function invoke<C extends CommandName>(
    command: C,
    request: RequestInput<C>,
  ): Promise<Result<Response<C>>> {
    try {
      return await api.invoke(command, request);
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `${command} failed: ${describe(error)}`,
          details: { reason: describe(error), command },
        },
      };
    }
  }

  function whenOpen(action: () => void): () => void {
    if (status.value === 'open') action();
    return watch(status, (next, previous) => {
      if (next === 'open' && previous !== 'open') action();
    });
  }

  const client: PuertoClient = {
    status: readonly(status),
    invoke,
    onBatch: (listener) => api.onBatch(listener),
    whenOpen,
    install(app) {
      app.provide(clientKey, client);
    },
  };
  return client;
}

export function usePuertoClient(): PuertoClient {
  const client = inject(clientKey, null);
  if (client === null) {
    throw new Error('No Puerto client: call app.use(createPuertoClient(api)) first.');
  }
  return client;
}
