/**
 * Events shaped like the engine's, for the inspector and conversation tests: a TCP server
 * conversation (`server-1`/`conn-1`), a TCP client (`client-1`/`conn-2`) and a UDP flow.
 */
import type { DataEvent, Endpoint, Protocol, PuertoEvent } from '../../../shared/contract';

export const SERVER_SIDE: Endpoint = { address: '127.0.0.1', port: 7007 };
export const CLIENT_SIDE: Endpoint = { address: '127.0.0.1', port: 51000 };

export interface Owner {
  proto: Protocol;
  serverId?: string;
  clientId?: string;
  connectionId?: string;
  local?: Endpoint;
  remote?: Endpoint;
}

export const serverConversation: Owner = {
  proto: 'tcp',
  serverId: 'server-1',
  connectionId: 'conn-1',
  local: SERVER_SIDE,
  remote: CLIENT_SIDE,
};

export const clientConversation: Owner = {
  proto: 'tcp',
  clientId: 'client-1',
  connectionId: 'conn-2',
  local: CLIENT_SIDE,
  remote: SERVER_SIDE,
};

export const udpFlow: Owner = {
  proto: 'udp',
  serverId: 'server-2',
  connectionId: 'flow-1',
  local: { address: '::1', port: 7007 },
  remote: { address: '::1', port: 40000 },
};

const encoder = new TextEncoder();
const BASE_TIME = 1_700_000_000_000;

export function data(
  seq: number,
  owner: Owner,
  kind: DataEvent['kind'],
  content: string | Uint8Array,
  wireBytes?: number,
): DataEvent {
  const payload = typeof content === 'string' ? encoder.encode(content) : content;
  return {
    ...owner,
    seq,
    time: BASE_TIME + seq,
    kind,
    payload,
    bytes: wireBytes ?? payload.byteLength,
    truncated: wireBytes !== undefined && wireBytes > payload.byteLength,
  };
}

export function lifecycle(
  seq: number,
  owner: Owner,
  kind: 'listening' | 'stopped' | 'accepted' | 'connecting' | 'connected',
): PuertoEvent {
  return { ...owner, seq, time: BASE_TIME + seq, kind };
}

export function closed(seq: number, owner: Owner, by: 'local' | 'remote' | 'reset'): PuertoEvent {
  return { ...owner, seq, time: BASE_TIME + seq, kind: 'closed', by };
}

export function halfClosed(seq: number, owner: Owner, by: 'local' | 'remote'): PuertoEvent {
  return { ...owner, seq, time: BASE_TIME + seq, kind: 'half-closed', by };
}

/** A mixed stream like a busy lab: three conversations taking turns, with lifecycle events. */
export function mixedEvents(first: number, count: number): PuertoEvent[] {
  const owners = [serverConversation, clientConversation, udpFlow];
  return Array.from({ length: count }, (_, index) => {
    const seq = first + index;
    const owner = owners[seq % owners.length] as Owner;
    if (seq % 10 === 0) return lifecycle(seq, owner, 'accepted');
    const kind = seq % 2 === 0 ? 'data-in' : 'data-out';
    return data(seq, owner, kind, `message ${seq} from ${owner.connectionId}\r\n`);
  });
}
