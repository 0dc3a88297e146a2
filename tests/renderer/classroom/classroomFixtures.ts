import type { ClassroomState, Peer, RequestInput } from '../../../shared/contract';
import { DISCOVERY_PORT } from '../../../shared/contract';
import { FakePuertoApi } from '../support/fakePuertoApi';

/** A classmate on the lab network, heard three seconds ago, running an echo server on TCP and UDP. */
export function peer(overrides: Partial<Peer> = {}): Peer {
  const now = Date.now();
  return {
    instance: 'a1b2c3d4e5f6',
    nickname: 'Ana',
    hostname: 'lab-pc-08',
    platform: 'win32',
    addresses: ['192.168.1.21', '127.0.0.1'],
    servers: [
      { protocol: 'tcp', port: 7007, behaviour: 'echo' },
      { protocol: 'udp', port: 7008, behaviour: 'daytime' },
    ],
    source: { address: '192.168.1.21', port: DISCOVERY_PORT },
    firstHeardAt: now - 20_000,
    lastHeardAt: now - 3_000,
    ...overrides,
  };
}

export function classroomState(overrides: Partial<ClassroomState> = {}): ClassroomState {
  return {
    enabled: false,
    nickname: 'lab-pc-07',
    port: DISCOVERY_PORT,
    instance: 'ffee00112233',
    peers: [],
    ignored: { malformed: 0, oversized: 0 },
    beaconsSent: 0,
    beaconsHeard: 0,
    ...overrides,
  };
}

/**
 * A host whose discovery starts off, as every real one does, and turns on and off when asked.
 * `heard` is what it hears while on (the peers, counters…), read on every `getClassroom`.
 */
export function classroomHost(heard: () => Partial<ClassroomState> = () => ({})) {
  const api = new FakePuertoApi();
  let enabled = false;
  let nickname = 'lab-pc-07';
  const current = () => classroomState({ enabled, nickname, ...(enabled ? heard() : {}) });
  api.respond('getClassroom', () => ({ ok: true, value: current() }));
  api.respond('setClassroom', (request: RequestInput<'setClassroom'>) => {
    enabled = request.enabled;
    if (request.nickname !== undefined) nickname = request.nickname;
    return { ok: true, value: current() };
  });
  return api;
}
