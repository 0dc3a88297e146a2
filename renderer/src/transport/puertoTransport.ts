import type { PuertoApi } from '../../../shared/contract';

/**
 * How the link to the engine is doing. Electron IPC is always `open`; the browser-mode
 * WebSocket can drop (engine restarted, laptop slept) and comes back by itself. `full`: the
 * server already serves as many tabs as it allows; this one keeps trying.
 */
export const TRANSPORT_STATUSES = ['connecting', 'open', 'reconnecting', 'full', 'closed'] as const;
export type TransportStatus = (typeof TRANSPORT_STATUSES)[number];

/** A `PuertoApi` that also reports the state of its own link, so the UI can show it. */
export interface PuertoTransport extends PuertoApi {
  readonly status: TransportStatus;
  /** Subscribe to status changes; returns the function that unsubscribes. */
  onStatus(listener: (status: TransportStatus) => void): () => void;
  /** Stop for good: no more reconnects; requests still waiting fail. */
  close(): void;
}

export function isPuertoTransport(api: PuertoApi): api is PuertoTransport {
  const candidate = api as Partial<PuertoTransport>;
  return typeof candidate.onStatus === 'function' && typeof candidate.status === 'string';
}
