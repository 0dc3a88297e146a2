/**
 * Engine-shaped events on a group member's conversation, with the `seq` and `time` a test
 * chooses, so where an answer lands in the rounds × members table is decided by them alone.
 */
import type { DataEvent, PuertoError, PuertoEvent } from '../../../shared/contract';

const BASE_TIME = 1_700_000_000_000;

export interface Stamp {
  seq: number;
  /** Milliseconds after an arbitrary start. */
  at: number;
}

function base(connectionId: string, stamp: Stamp) {
  return {
    seq: stamp.seq,
    time: BASE_TIME + stamp.at,
    proto: 'tcp' as const,
    clientId: `client-of-${connectionId}`,
    connectionId,
    local: { address: '127.0.0.1', port: 50000 },
    remote: { address: '127.0.0.1', port: 7 },
  };
}

export function data(
  connectionId: string,
  kind: DataEvent['kind'],
  text: string,
  stamp: Stamp,
): DataEvent {
  const payload = new TextEncoder().encode(text);
  return {
    ...base(connectionId, stamp),
    kind,
    bytes: payload.byteLength,
    payload,
    truncated: false,
  };
}

export const sent = (connectionId: string, text: string, stamp: Stamp) =>
  data(connectionId, 'data-out', text, stamp);
export const received = (connectionId: string, text: string, stamp: Stamp) =>
  data(connectionId, 'data-in', text, stamp);

export function connected(connectionId: string, stamp: Stamp): PuertoEvent {
  return { ...base(connectionId, stamp), kind: 'connected' };
}

export function finFromServer(connectionId: string, stamp: Stamp): PuertoEvent {
  return { ...base(connectionId, stamp), kind: 'half-closed', by: 'remote' };
}

export function closed(connectionId: string, stamp: Stamp): PuertoEvent {
  return { ...base(connectionId, stamp), kind: 'closed', by: 'remote' };
}

export function failed(connectionId: string, error: PuertoError, stamp: Stamp): PuertoEvent {
  return { ...base(connectionId, stamp), kind: 'error', error };
}

export const refused: PuertoError = {
  code: 'CONNECTION_REFUSED',
  message: 'connect ECONNREFUSED 127.0.0.1:9',
  details: { host: '127.0.0.1', port: 9, proto: 'tcp' },
};
