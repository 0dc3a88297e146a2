import type { DataEvent, PuertoEvent } from '../../../shared/contract';

const local = { address: '127.0.0.1', port: 7007 };
const remote = { address: '127.0.0.1', port: 51000 };

export function dataEvent(seq: number, kind: DataEvent['kind'], text: string): DataEvent {
  const payload = new TextEncoder().encode(text);
  return {
    seq,
    time: 1_700_000_000_000 + seq,
    proto: 'tcp',
    kind,
    connectionId: 'c1',
    local,
    remote,
    bytes: payload.byteLength,
    payload,
    truncated: false,
  };
}

export function lifecycleEvent(seq: number, kind: 'listening' | 'accepted'): PuertoEvent {
  return { seq, time: 1_700_000_000_000 + seq, proto: 'tcp', kind, local, remote };
}

export function eventRange(first: number, count: number): PuertoEvent[] {
  return Array.from({ length: count }, (_, index) =>
    dataEvent(first + index, 'data-in', `message ${first + index}`),
  );
}
