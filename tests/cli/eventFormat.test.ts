import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  eventToJson,
  formatEndpoint,
  formatEventJson,
  formatEventLine,
  previewText,
} from '../../electron/cli/eventFormat';
import type { PuertoEvent } from '../../shared/contract';
import { explainError, translate } from '../../shared/i18n';
import { randomPayload, seededRandom } from '../shared/capture/randomPayloads';

const time = new Date(2025, 0, 2, 12, 1, 2, 345).getTime() + 0.678;
const local = { address: '127.0.0.1', port: 7007 };
const remote = { address: '127.0.0.1', port: 51234 };
const bytes = (text: string) => new TextEncoder().encode(text);

const received: PuertoEvent = {
  kind: 'data-in',
  seq: 9,
  time,
  proto: 'tcp',
  serverId: 's1',
  connectionId: 'c1',
  local,
  remote,
  bytes: 6,
  payload: bytes('hello\n'),
  truncated: false,
};

describe('formatEventLine', () => {
  it('shows the time, both endpoints, the direction and an escaped preview', () => {
    expect(formatEventLine(received, 'en')).toBe(
      '12:01:02.345 TCP 127.0.0.1:7007 ← 127.0.0.1:51234 received 6 B "hello\\n"',
    );
    expect(formatEventLine({ ...received, kind: 'data-out' }, 'es')).toBe(
      '12:01:02.345 TCP 127.0.0.1:7007 → 127.0.0.1:51234 enviado 6 B "hello\\n"',
    );
  });

  it('clips long previews and says when the capture kept only part of the bytes', () => {
    const line = formatEventLine(
      { ...received, bytes: 100_000, payload: bytes('a'.repeat(70)), truncated: true },
      'en',
    );
    expect(line).toContain(`"${'a'.repeat(60)}…"`);
    expect(line).toContain('100000 B');
    expect(line).toContain(translate('en', 'cli.event.truncated', { captured: 70 }));
  });

  it('says a UDP client is ready to send from its own port', () => {
    const ready: PuertoEvent = {
      kind: 'ready',
      seq: 2,
      time,
      proto: 'udp',
      clientId: 'k1',
      connectionId: 'c2',
      local: { address: '0.0.0.0', port: 50123 },
      remote: { address: '127.0.0.1', port: 7007 },
    };
    expect(formatEventLine(ready, 'en')).toBe(
      '12:01:02.345 UDP 0.0.0.0:50123 → 127.0.0.1:7007 ready to send from its own port: UDP exchanges no packet to open',
    );
    expect(formatEventLine(ready, 'es')).toContain(
      '0.0.0.0:50123 → 127.0.0.1:7007 preparado para enviar',
    );
    expect(eventToJson(ready)).toMatchObject({ kind: 'ready', local: '0.0.0.0:50123' });
  });

  it('labels lifecycle events in the chosen language', () => {
    const listening: PuertoEvent = {
      kind: 'listening',
      seq: 1,
      time,
      proto: 'udp',
      local: { address: '::', port: 7007 },
    };
    expect(formatEventLine(listening, 'es')).toBe('12:01:02.345 UDP [::]:7007 escuchando');
    const closed: PuertoEvent = {
      kind: 'closed',
      seq: 2,
      time,
      proto: 'tcp',
      local,
      remote,
      by: 'remote',
    };
    expect(formatEventLine(closed, 'en')).toBe(
      '12:01:02.345 TCP 127.0.0.1:7007 ↔ 127.0.0.1:51234 closed by the other side',
    );
  });

  it('shows an error event with its explained title', () => {
    const error = {
      code: 'PORT_IN_USE' as const,
      message: 'in use',
      details: { proto: 'TCP', port: 7007 },
    };
    const event: PuertoEvent = {
      kind: 'error',
      seq: 3,
      time,
      proto: 'tcp',
      local: { address: '', port: 7007 },
      error,
    };
    expect(formatEventLine(event, 'es')).toBe(
      `12:01:02.345 TCP *:7007 error ${explainError('es', error).title}`,
    );
  });
});

describe('iterative servers', () => {
  const waiting: PuertoEvent = {
    kind: 'waiting',
    seq: 5,
    time,
    proto: 'tcp',
    serverId: 's1',
    local,
    remote,
  };

  it('shows a waiting client arriving at the server, in both languages', () => {
    expect(formatEventLine(waiting, 'en')).toBe(
      '12:01:02.345 TCP 127.0.0.1:7007 ← 127.0.0.1:51234 waiting in the listen queue until the client before it closes',
    );
    expect(formatEventLine(waiting, 'es')).toBe(
      '12:01:02.345 TCP 127.0.0.1:7007 ← 127.0.0.1:51234 en espera en la cola de escucha hasta que el cliente anterior cierre',
    );
  });

  it('explains a full queue with the limit and the port', () => {
    const error = {
      code: 'QUEUE_FULL' as const,
      message: 'full',
      details: { proto: 'TCP', port: 7007, limit: 2, address: '127.0.0.1' },
    };
    const line = formatEventLine({ ...waiting, kind: 'error', error }, 'en');
    expect(line).toBe(
      '12:01:02.345 TCP 127.0.0.1:7007 ↔ 127.0.0.1:51234 error Too many clients waiting for TCP port 7007',
    );
    expect(explainError('es', error).explain).toContain('2 clientes esperando');
  });

  it('keeps the waiting event in JSON with its kind and endpoints', () => {
    expect(eventToJson(waiting)).toMatchObject({
      kind: 'waiting',
      local: '127.0.0.1:7007',
      remote: '127.0.0.1:51234',
      bytes: 0,
      serverId: 's1',
    });
  });
});

describe('eventToJson', () => {
  it('has the documented fields, with endpoints as address:port strings', () => {
    expect(eventToJson(received)).toEqual({
      seq: 9,
      time: new Date(time).toISOString(),
      kind: 'data-in',
      proto: 'tcp',
      local: '127.0.0.1:7007',
      remote: '127.0.0.1:51234',
      bytes: 6,
      serverId: 's1',
      connectionId: 'c1',
      preview: 'hello\n',
      hex: '68656c6c6f0a',
      truncated: false,
    });
  });

  it('keeps the core fields on events without data or endpoints', () => {
    const stopped: PuertoEvent = { kind: 'stopped', seq: 4, time, proto: 'udp' };
    expect(JSON.parse(formatEventJson(stopped))).toEqual({
      seq: 4,
      time: new Date(time).toISOString(),
      kind: 'stopped',
      proto: 'udp',
      local: null,
      remote: null,
      bytes: 0,
    });
  });

  it('brackets IPv6 addresses', () => {
    expect(formatEndpoint({ address: '::1', port: 80 })).toBe('[::1]:80');
    expect(formatEndpoint({ address: '10.0.0.1', port: 80 })).toBe('10.0.0.1:80');
  });

  it('keeps binary payloads exact in hex', () => {
    const binary = { ...received, payload: new Uint8Array([0, 255, 10]), bytes: 3 };
    expect(eventToJson(binary).hex).toBe('00ff0a');
  });
});

describe('formatEventJson on random payloads', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const reference = new TextDecoder();

  function randomEvent(random: () => number, maxLength: number): PuertoEvent {
    const payload = randomPayload(random, maxLength);
    const truncated = random() < 0.3;
    return {
      ...received,
      kind: random() < 0.5 ? 'data-in' : 'data-out',
      seq: Math.floor(random() * 1e9),
      time: time + random() * 1e6,
      proto: random() < 0.5 ? 'tcp' : 'udp',
      remote: random() < 0.5 ? { address: 'fe80::1%eth0', port: 5 } : remote,
      ...(random() < 0.5 ? { clientId: 'client-1', serverId: undefined } : {}),
      bytes: payload.byteLength + (truncated ? 1000 : 0),
      payload,
      truncated,
    } as PuertoEvent;
  }

  it('has the hex of Buffer and the text of TextDecoder, in the line eventToJson defines', () => {
    const random = seededRandom(30);
    for (let round = 0; round < 300; round++) {
      const event = randomEvent(random, round < 290 ? 400 : 20_000);
      if (event.kind !== 'data-in' && event.kind !== 'data-out') throw new Error('data only');
      const line = formatEventJson(event);
      expect(line).toBe(JSON.stringify(eventToJson(event)));
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(parsed.hex).toBe(Buffer.from(event.payload).toString('hex'));
      expect(parsed.preview).toBe(reference.decode(event.payload));
      expect(parsed.truncated).toBe(event.truncated);
      expect(parsed.bytes).toBe(event.bytes);
    }
  });

  it('previews like the whole text clipped to 60 characters, decoding at most 244 bytes', () => {
    const random = seededRandom(40);
    for (let round = 0; round < 300; round++) {
      const payload = randomPayload(random, 600);
      const whole = reference.decode(payload);
      const clipped = whole.length > 60 ? `${whole.slice(0, 60)}…` : whole;
      expect(previewText(payload)).toBe(JSON.stringify(clipped));
    }
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    formatEventLine({ ...received, bytes: 65_536, payload: new Uint8Array(65_536) }, 'en');
    const decoded = decode.mock.calls.map(([input]) => (input as Uint8Array).byteLength);
    expect(Math.max(...decoded)).toBeLessThanOrEqual(244);
  });
});
