import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeWire, encodeWire } from '../../../shared/contract';
import type { ClientMessage, EventBatch, ServerMessage } from '../../../shared/contract';
import {
  createWebSocketTransport,
  webSocketUrl,
} from '../../../renderer/src/transport/webSocketTransport';
import type { WebSocketLike } from '../../../renderer/src/transport/webSocketTransport';
import type { TransportStatus } from '../../../renderer/src/transport/puertoTransport';

/** Plays the browser's WebSocket: the test decides when it opens, answers or drops. */
class FakeSocket implements WebSocketLike {
  readyState = 0;
  binaryType = 'blob';
  onopen: WebSocketLike['onopen'] = null;
  onclose: WebSocketLike['onclose'] = null;
  onerror: WebSocketLike['onerror'] = null;
  onmessage: WebSocketLike['onmessage'] = null;
  readonly sent: ClientMessage[] = [];

  constructor(readonly url: string) {}

  send(data: Uint8Array): void {
    if (this.readyState !== 1) throw new Error('send before open');
    expect(data).toBeInstanceOf(Uint8Array);
    this.sent.push(decodeWire(data) as ClientMessage);
  }

  close(): void {
    this.drop();
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  /** As a browser with `binaryType = 'arraybuffer'` hands a binary frame over. */
  receive(message: ServerMessage): void {
    this.receiveData(new Uint8Array(encodeWire(message)).buffer);
  }

  receiveData(data: unknown): void {
    this.onmessage?.({ data });
  }

  drop(code = 1006, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

describe('createWebSocketTransport', () => {
  let sockets: FakeSocket[];
  const transports: Array<{ close(): void }> = [];

  function create() {
    const transport = createWebSocketTransport({
      url: 'ws://127.0.0.1:4000/api?token=abc',
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
      initialRetryMs: 100,
      maxRetryMs: 400,
    });
    transports.push(transport);
    return transport;
  }

  beforeEach(() => {
    sockets = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    for (const transport of transports.splice(0)) transport.close();
    vi.useRealTimers();
  });

  it('queues requests until the socket opens, then matches answers by id', async () => {
    const transport = create();
    const statuses: TransportStatus[] = [];
    transport.onStatus((status) => statuses.push(status));
    const first = transport.invoke('getState', {});
    const second = transport.invoke('stopServer', { serverId: 's1' });
    const socket = sockets[0] as FakeSocket;
    expect(socket.url).toBe('ws://127.0.0.1:4000/api?token=abc');
    expect(socket.sent).toHaveLength(0);

    expect(socket.binaryType).toBe('arraybuffer');
    socket.open();
    expect(statuses).toEqual(['open']);
    expect(socket.sent.map((message) => message.command)).toEqual(['getState', 'stopServer']);
    const [getState, stopServer] = socket.sent as [ClientMessage, ClientMessage];
    expect(stopServer.request).toEqual({ serverId: 's1' });

    socket.receive({ type: 'result', id: stopServer.id, result: { ok: true, value: 'second' } });
    socket.receive({ type: 'result', id: getState.id, result: { ok: true, value: 'first' } });
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
  });

  it('sends bytes through the wire codec both ways', async () => {
    const transport = create();
    const batches: EventBatch[] = [];
    transport.onBatch((batch) => batches.push(batch));
    const socket = sockets[0] as FakeSocket;
    socket.open();

    void transport.invoke('send', { connectionId: 'c1', data: new Uint8Array([104, 105]) });
    const request = socket.sent[0]?.request as { data: Uint8Array };
    expect(request.data).toBeInstanceOf(Uint8Array);
    expect([...request.data]).toEqual([104, 105]);

    const payload = new Uint8Array([0, 255, 10]);
    socket.receive({
      type: 'batch',
      batch: {
        evicted: 0,
        events: [
          { seq: 1, time: 1, proto: 'tcp', kind: 'data-in', bytes: 3, payload, truncated: false },
        ],
      },
    });
    const event = batches[0]?.events[0] as { payload: Uint8Array };
    expect(event.payload).toBeInstanceOf(Uint8Array);
    expect([...event.payload]).toEqual([0, 255, 10]);
  });

  it('ignores frames that are not binary messages, and keeps listening', () => {
    const transport = create();
    const batches: EventBatch[] = [];
    transport.onBatch((batch) => batches.push(batch));
    const socket = sockets[0] as FakeSocket;
    socket.open();
    socket.receiveData('{"type":"batch","batch":{"events":[],"evicted":0}}');
    socket.receiveData(new Uint8Array([0xd9, 0xff]).buffer);
    socket.receiveData(new Uint8Array(encodeWire({ type: 'nonsense' })).buffer);
    expect(batches).toEqual([]);
    socket.receive({ type: 'batch', batch: { events: [], evicted: 4 } });
    expect(batches.map((batch) => batch.evicted)).toEqual([4]);
  });

  it('fails waiting requests when the link drops, and reconnects with growing delays', async () => {
    const transport = create();
    (sockets[0] as FakeSocket).open();
    const waiting = transport.invoke('getState', {});
    (sockets[0] as FakeSocket).drop();

    const result = await waiting;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.details.reason).toBe('ui.transport.lost');
    }
    expect(transport.status).toBe('reconnecting');

    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    (sockets[1] as FakeSocket).drop();
    vi.advanceTimersByTime(199);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);

    (sockets[2] as FakeSocket).open();
    expect(transport.status).toBe('open');
    (sockets[2] as FakeSocket).drop();
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(4);
  });

  it('by default knocks again after half a second, doubling up to five seconds', () => {
    const defaults = createWebSocketTransport({
      url: 'ws://127.0.0.1:4000/api?token=abc',
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
    });
    transports.push(defaults);
    (sockets[0] as FakeSocket).open();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      (sockets.at(-1) as FakeSocket).drop();
      const before = sockets.length;
      let waited = 0;
      while (sockets.length === before && waited < 60_000) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    // A restarted engine answers: the same transport is open again, with the same address.
    (sockets.at(-1) as FakeSocket).open();
    expect(defaults.status).toBe('open');
    expect(new Set(sockets.map((socket) => socket.url)).size).toBe(1);
  });

  it('says the server has too many tabs, and knocks again at the slowest pace', async () => {
    const transport = create();
    const statuses: TransportStatus[] = [];
    transport.onStatus((status) => statuses.push(status));
    // The server completes the handshake and only then closes with 1013 (webServer.ts).
    (sockets[0] as FakeSocket).open();
    const waiting = transport.invoke('getState', {});
    (sockets[0] as FakeSocket).drop(1013, 'Puerto: too many open tabs (16)');
    expect(transport.status).toBe('full');
    expect((await waiting).ok).toBe(false);

    vi.advanceTimersByTime(399);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    (sockets[1] as FakeSocket).open();
    (sockets[1] as FakeSocket).drop(1013, 'Puerto: too many open tabs (16)');
    expect(transport.status).toBe('full');
    vi.advanceTimersByTime(400);
    // A place freed up: the third knock is served.
    (sockets[2] as FakeSocket).open();
    expect(transport.status).toBe('open');
    expect(statuses).toEqual(['open', 'full', 'open', 'full', 'open']);
    // Any other close is an ordinary drop again.
    (sockets[2] as FakeSocket).drop(1006);
    expect(transport.status).toBe('reconnecting');
  });

  it('stops for good on close', async () => {
    const transport = create();
    (sockets[0] as FakeSocket).open();
    transport.close();
    expect(transport.status).toBe('closed');
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(1);
    const result = await transport.invoke('getState', {});
    expect(result.ok).toBe(false);
  });
});

describe('webSocketUrl', () => {
  it('targets the page’s own host and carries its token', () => {
    expect(
      webSocketUrl({ protocol: 'http:', host: '127.0.0.1:4000', search: '?token=a%2Bb' }),
    ).toBe('ws://127.0.0.1:4000/api?token=a%2Bb');
    expect(webSocketUrl({ protocol: 'https:', host: 'lab.example:443', search: '' })).toBe(
      'wss://lab.example:443/api',
    );
  });
});
