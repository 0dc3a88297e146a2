/**
 * Issue 5, "Tests across two real hosts", first two bullets: host B reaches host A's servers
 * by A's address, and A's capture shows B's real address and the ephemeral port B's system
 * chose. The server waits passively on its well-known port; the client's port is ephemeral;
 * the TCP and UDP ports numbered 7007 are two independent ports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineHost } from './support/engineHostClient';
import { startEngineHost } from './support/engineHostClient';
import type { HostProcess } from './support/hostProcess';
import { startPuerto } from './support/hostProcess';
import {
  bytes,
  captured,
  ephemeralRange,
  HOOK_TIMEOUT_MS,
  useTwoHosts,
  waitListening,
} from './support/lab';
import { requireNamespaces } from './support/namespaces';

const available = requireNamespaces();

const ECHO_PORT = 7007;
const REPLY_PORT = 7100;
const REPLY_TEXT = 'hola desde A\n';

describe.skipIf(!available)('two hosts: B talks to A by A’s address', () => {
  const hosts = useTwoHosts('talk');
  let serveOnA: HostProcess;
  let hostB: EngineHost;

  beforeAll(async () => {
    const { a, b } = hosts();
    serveOnA = startPuerto(a.namespace, [
      'serve',
      '--json',
      '--tcp',
      `${ECHO_PORT}:echo`,
      '--udp',
      `${ECHO_PORT}:echo`,
      '--tcp',
      `${REPLY_PORT}:reply`,
      '--reply',
      REPLY_TEXT.replace('\n', '\\n'),
    ]);
    hostB = startEngineHost(b.namespace);
    await waitListening(serveOnA, [`tcp:${ECHO_PORT}`, `udp:${ECHO_PORT}`, `tcp:${REPLY_PORT}`]);
  }, HOOK_TIMEOUT_MS);

  /** Asserts A captured `kind` from exactly B's address and the port B's client used. */
  async function capturedFromB(kind: string, proto: 'tcp' | 'udp', localPort: number) {
    const fromB = `${hosts().b.address}:${localPort}`;
    await serveOnA.waitFor(`${proto} ${kind} from ${fromB}`, () =>
      captured(serveOnA, kind, proto).some((line) => line.remote === fromB),
    );
    return captured(serveOnA, kind, proto).filter((line) => line.remote === fromB);
  }

  describe('TCP: B connects to A’s server; messages both ways; A sees B’s address and port', () => {
    it('echo: what B sends comes back, and A’s capture names B and its ephemeral port', async () => {
      const { a, b } = hosts();
      const client = await hostB.invoke('openClient', {
        protocol: 'tcp',
        host: a.address,
        port: ECHO_PORT,
      });
      expect(client.status).toBe('open');
      expect(client.remote).toEqual({ address: a.address, port: ECHO_PORT });
      expect(client.local?.address).toBe(b.address);
      const localPort = client.local?.port ?? 0;
      const range = ephemeralRange(b.namespace);
      expect(localPort).toBeGreaterThanOrEqual(Math.max(1024, range.low));
      expect(localPort).toBeLessThanOrEqual(range.high);

      await hostB.invoke('send', { connectionId: client.connectionId, data: bytes('hola A\n') });
      await hostB.waitForText(client.connectionId, 'hola A\n');

      const [accepted] = await capturedFromB('accepted', 'tcp', localPort);
      expect(accepted?.local).toBe(`${a.address}:${ECHO_PORT}`);
      const [received] = await capturedFromB('data-in', 'tcp', localPort);
      expect(received?.preview).toBe('hola A\n');
      const [answered] = await capturedFromB('data-out', 'tcp', localPort);
      expect(answered?.preview).toBe('hola A\n');

      await hostB.invoke('closeClient', { clientId: client.id });
      await capturedFromB('closed', 'tcp', localPort);
    });

    it('a reply server: A sends its own words to B, not an echo', async () => {
      const { a } = hosts();
      const client = await hostB.invoke('openClient', {
        protocol: 'tcp',
        host: a.address,
        port: REPLY_PORT,
      });
      await hostB.invoke('send', { connectionId: client.connectionId, data: bytes('ping\n') });
      await hostB.waitForText(client.connectionId, REPLY_TEXT);
      expect(hostB.textReceived(client.connectionId)).not.toContain('ping');

      const localPort = client.local?.port ?? 0;
      const [sent] = await capturedFromB('data-out', 'tcp', localPort);
      expect(sent?.preview).toBe(REPLY_TEXT);
      expect(sent?.local).toBe(`${a.address}:${REPLY_PORT}`);
      await hostB.invoke('closeClient', { clientId: client.id });
    });
  });

  describe('UDP: the same, on the same port number as the TCP server', () => {
    it('A listens on TCP and UDP port 7007 at once, and B’s datagram comes back', async () => {
      const { a, b } = hosts();
      const listeningOnEcho = captured(serveOnA, 'listening')
        .filter((line) => String(line.local).endsWith(`:${ECHO_PORT}`))
        .map((line) => line.proto);
      expect(listeningOnEcho.sort()).toEqual(['tcp', 'udp']);

      const client = await hostB.invoke('openClient', {
        protocol: 'udp',
        host: a.address,
        port: ECHO_PORT,
      });
      const localPort = client.local?.port ?? 0;
      const range = ephemeralRange(b.namespace);
      expect(localPort).toBeGreaterThanOrEqual(Math.max(1024, range.low));
      expect(localPort).toBeLessThanOrEqual(range.high);

      await hostB.invoke('send', { connectionId: client.connectionId, data: bytes('hola UDP') });
      await hostB.waitForText(client.connectionId, 'hola UDP');

      const [received] = await capturedFromB('data-in', 'udp', localPort);
      expect(received?.preview).toBe('hola UDP');
      // A socket waiting on every address learns only the port a datagram came to.
      expect(String(received?.local)).toMatch(new RegExp(`:${ECHO_PORT}$`));
      const [answered] = await capturedFromB('data-out', 'udp', localPort);
      expect(answered?.preview).toBe('hola UDP');
      // Nothing of this datagram reached the TCP server on the same number.
      expect(captured(serveOnA, 'data-in', 'tcp').map((line) => line.preview)).not.toContain(
        'hola UDP',
      );
      await hostB.invoke('closeClient', { clientId: client.id });
    });
  });
});
