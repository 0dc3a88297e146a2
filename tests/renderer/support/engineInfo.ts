/**
 * Pieces of the engine's snapshots for renderer tests: one open TCP conversation, with only
 * what a test cares about changed, so each test says what matters and nothing else.
 */
import type { ClientInfo, ConnectionInfo, Counters } from '../../../shared/contract';

export const zeroCounters = (): Counters => ({
  bytesIn: 0,
  bytesOut: 0,
  messagesIn: 0,
  messagesOut: 0,
});

/** An open TCP client of this machine, to 127.0.0.1:7007, talking on `connectionId`. */
export function openClient(
  id: string,
  connectionId: string,
  change: Partial<ClientInfo> = {},
): ClientInfo {
  return {
    id,
    protocol: 'tcp',
    host: '127.0.0.1',
    remote: { address: '127.0.0.1', port: 7007 },
    local: { address: '127.0.0.1', port: 51000 },
    status: 'open',
    connectionId,
    openedAt: 1,
    counters: zeroCounters(),
    ...change,
  };
}

/** An open TCP conversation this machine's client started: 127.0.0.1:51000 → 127.0.0.1:7007. */
export function openConversation(id: string, change: Partial<ConnectionInfo> = {}): ConnectionInfo {
  return {
    id,
    protocol: 'tcp',
    role: 'client',
    local: { address: '127.0.0.1', port: 51000 },
    remote: { address: '127.0.0.1', port: 7007 },
    status: 'open',
    localEnded: false,
    remoteEnded: false,
    flow: 'flowing',
    openedAt: 1,
    counters: zeroCounters(),
    ...change,
  };
}
