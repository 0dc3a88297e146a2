/**
 * The teaching layer: every message of the simple services and SNTP reaches the capture with
 * an explanation (role, line notes, decoded fields) whose keys exist in English and Spanish.
 * Real sockets on 127.0.0.1 talk to an engine that runs only these services.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBehaviourRegistry, PuertoEngine } from '../../../electron/engine';
import { simpleServices } from '../../../electron/services/simple';
import type { SimpleServiceOptions } from '../../../electron/services/simple';
import type { DataEvent, DecodedField, PuertoEvent } from '../../../shared/contract/events';
import type { BehaviourConfig, Protocol } from '../../../shared/contract/model';
import { LOCALES, translate } from '../../../shared/i18n';
import type { RawTcpPeer, RawUdpPeer } from '../../engine/helpers';
import { rawTcpConnect, rawUdpSocket, recordEvents, waitFor } from '../../engine/helpers';
import { SECONDS_1900_TO_1970 } from './expectations';

let engine: PuertoEngine | undefined;
const tcpPeers: RawTcpPeer[] = [];
const udpPeers: RawUdpPeer[] = [];

afterEach(async () => {
  for (const peer of tcpPeers.splice(0)) peer.socket.destroy();
  for (const peer of udpPeers.splice(0)) peer.socket.close();
  await engine?.close();
  engine = undefined;
});

function startEngine(options: Partial<SimpleServiceOptions> = {}): PuertoEvent[] {
  engine = new PuertoEngine({
    behaviours: createBehaviourRegistry(simpleServices({}, { notesPerMessage: 4, ...options })),
  });
  return recordEvents(engine);
}

async function serve(protocol: Protocol, name: BehaviourConfig['name']): Promise<number> {
  if (engine === undefined) throw new Error('start the engine first');
  const server = await engine.startServer({
    protocol,
    port: 0,
    bind: { mode: 'loopback', family: 'IPv4' },
    behaviour: { name } as BehaviourConfig,
  });
  return server.port;
}

async function tcpPeer(port: number): Promise<RawTcpPeer> {
  const peer = await rawTcpConnect(port);
  tcpPeers.push(peer);
  return peer;
}

async function udpPeer(): Promise<RawUdpPeer> {
  const peer = await rawUdpSocket();
  udpPeers.push(peer);
  return peer;
}

const dataEvents = (events: PuertoEvent[], port: number): DataEvent[] =>
  events.filter(
    (event): event is DataEvent =>
      (event.kind === 'data-in' || event.kind === 'data-out') && event.local?.port === port,
  );

/** Every i18n key an annotation names: line note keys and `services.` field labels. */
function keysOf(event: DataEvent): string[] {
  const fromFields = (fields: DecodedField[] = []): string[] =>
    fields.flatMap((field) => [field.label, ...fromFields(field.children)]);
  return [
    ...(event.annotation?.lines ?? []).map((note) => note.key),
    ...fromFields(event.annotation?.fields),
  ].filter((key) => key.startsWith('services.'));
}

function expectTranslated(events: DataEvent[]): void {
  for (const event of events) {
    expect(event.annotation, `${event.kind} ${event.proto}`).toBeDefined();
    for (const key of keysOf(event)) {
      for (const locale of LOCALES)
        expect(translate(locale, key), `${locale} ${key}`).not.toBe(key);
    }
  }
}

function ntpRequest(mode = 3): Buffer {
  const request = Buffer.alloc(48);
  request[0] = (4 << 3) | mode;
  request.writeUInt32BE(SECONDS_1900_TO_1970 + 1_000_000_000, 40);
  request.writeUInt32BE(2 ** 31, 44);
  return request;
}

function field(event: DataEvent | undefined, name: string): DecodedField | undefined {
  return event?.annotation?.fields?.find((item) => item.label.endsWith(`.${name}`));
}

describe('explanations of the simple services', () => {
  it('explains every message of every service, on TCP and UDP, in both languages', async () => {
    const events = startEngine();
    const ports: number[] = [];
    for (const name of ['echo', 'discard', 'daytime', 'qotd', 'chargen', 'time'] as const) {
      const tcpPort = await serve('tcp', name);
      const udpPort = await serve('udp', name);
      ports.push(tcpPort, udpPort);
      const tcp = await tcpPeer(tcpPort);
      tcp.socket.write('hello\r\nworld\n');
      const udp = await udpPeer();
      udp.socket.send('hello\n', udpPort, '127.0.0.1');
      if (name !== 'discard') await waitFor(() => udp.messages.length > 0, `${name} over UDP`);
      await waitFor(
        () => dataEvents(events, tcpPort).some((event) => event.kind === 'data-in'),
        `${name} over TCP`,
      );
      tcp.socket.destroy();
    }
    const sntpPort = await serve('udp', 'sntp');
    ports.push(sntpPort);
    const ntp = await udpPeer();
    ntp.socket.send(ntpRequest(), sntpPort, '127.0.0.1');
    ntp.socket.send(ntpRequest(4), sntpPort, '127.0.0.1');
    ntp.socket.send(Buffer.from('junk'), sntpPort, '127.0.0.1');
    await waitFor(() => dataEvents(events, sntpPort).length === 4, 'sntp');

    const all = ports.flatMap((port) => dataEvents(events, port));
    expect(all.length).toBeGreaterThan(20);
    expectTranslated(all);
    for (const event of all) {
      const expected = event.kind === 'data-out' ? 'response' : 'request';
      const ignoredSntp = event.annotation?.protocol === 'sntp' && field(event, 'ignored');
      if (!ignoredSntp) expect(event.annotation?.role, event.annotation?.protocol).toBe(expected);
    }
  });

  it('notes each line of echo and daytime, worded for the transport', async () => {
    const events = startEngine();
    const echoPort = await serve('tcp', 'echo');
    const echo = await tcpPeer(echoPort);
    echo.socket.end('first line\r\nsecond line\n');
    await waitFor(() => echo.received() === 'first line\r\nsecond line\n', 'the echo');
    const echoed = dataEvents(events, echoPort);
    expect(echoed.find((event) => event.kind === 'data-in')?.annotation?.lines).toEqual([
      { text: 'first line', key: 'services.simple.echo.request' },
      { text: 'second line', key: 'services.simple.echo.request' },
    ]);
    expect(echoed.find((event) => event.kind === 'data-out')?.annotation).toMatchObject({
      protocol: 'echo',
      role: 'response',
      lines: [{ key: 'services.simple.echo.response' }, { key: 'services.simple.echo.response' }],
    });

    const tcpPort = await serve('tcp', 'daytime');
    const udpPort = await serve('udp', 'daytime');
    const tcp = await tcpPeer(tcpPort);
    await waitFor(() => tcp.ended(), 'the daytime FIN');
    const udp = await udpPeer();
    udp.socket.send('', udpPort, '127.0.0.1');
    await waitFor(() => udp.messages.length === 1, 'the daytime datagram');
    const [tcpAnswer] = dataEvents(events, tcpPort);
    expect(tcpAnswer?.annotation?.lines).toEqual([
      { text: tcp.received().trimEnd(), key: 'services.simple.daytime.responseTcp' },
    ]);
    const udpEvents = dataEvents(events, udpPort);
    expect(udpEvents.map((event) => event.annotation?.lines?.[0]?.key)).toEqual([
      'services.simple.daytime.request',
      'services.simple.daytime.responseUdp',
    ]);
  });

  it('decodes the time message into its number and its date', async () => {
    const events = startEngine();
    const port = await serve('tcp', 'time');
    const peer = await tcpPeer(port);
    await waitFor(() => peer.ended(), 'the time FIN');
    const answer = dataEvents(events, port).find((event) => event.kind === 'data-out');
    const seconds = Buffer.from(answer?.payload ?? new Uint8Array(4)).readUInt32BE(0);
    expect(field(answer, 'seconds')?.value).toBe(String(seconds));
    const date = Date.parse(String(field(answer, 'date')?.value));
    expect(date).toBe((seconds - SECONDS_1900_TO_1970) * 1000);
    expect(Math.abs(date - Date.now())).toBeLessThan(2_000);
  });

  it('decodes SNTP requests and answers, and counts what it drops', async () => {
    const events = startEngine();
    const port = await serve('udp', 'sntp');
    const peer = await udpPeer();
    peer.socket.send(ntpRequest(), port, '127.0.0.1');
    await waitFor(() => peer.messages.length === 1, 'the SNTP answer');
    peer.socket.send(ntpRequest(5), port, '127.0.0.1');
    peer.socket.send(Buffer.alloc(20), port, '127.0.0.1');
    await waitFor(() => dataEvents(events, port).length === 4, 'four SNTP messages');

    const [request, answer, broadcast, short] = dataEvents(events, port);
    expect(field(request, 'mode')).toEqual({
      label: 'services.simple.sntp.fields.mode',
      value: '3',
      children: [{ label: 'services.simple.sntp.modes.3' }],
    });
    expect(field(answer, 'mode')?.value).toBe('4');
    expect(field(answer, 'stratum')?.children).toEqual([
      { label: 'services.simple.sntp.strata.primary' },
    ]);
    expect(field(answer, 'referenceId')?.value).toBe("'LOCL'");
    expect(field(answer, 'originTime')?.value).toBe(field(request, 'transmitTime')?.value);
    expect(field(request, 'originTime')?.children).toEqual([
      { label: 'services.simple.sntp.notSet' },
    ]);
    const receive = Date.parse(String(field(answer, 'receiveTime')?.value));
    expect(Math.abs(receive - Date.now())).toBeLessThan(2_000);

    expect(field(broadcast, 'ignored')?.children).toEqual([
      { label: 'services.simple.sntp.reasons.mode' },
    ]);
    expect(field(broadcast, 'ignoredCount')?.value).toBe('1');
    expect(field(short, 'tooShort')?.value).toBe('20 B');
    expect(field(short, 'ignored')?.children).toEqual([
      { label: 'services.simple.sntp.reasons.short' },
    ]);
    expect(field(short, 'ignoredCount')?.value).toBe('2');
    expect(peer.messages).toHaveLength(1);
  });

  it('sums up long chargen messages and says how many characters a burst holds', async () => {
    const events = startEngine();
    const tcpPort = await serve('tcp', 'chargen');
    const tcp = await tcpPeer(tcpPort);
    await waitFor(() => dataEvents(events, tcpPort).length > 0, 'chargen output');
    tcp.socket.destroy();
    const [chunk] = dataEvents(events, tcpPort);
    expect(chunk?.annotation?.lines).toEqual([
      {
        text: ` !"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefg`,
        key: 'services.simple.chargen.line',
      },
      {
        text: `!"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_\`abcdefgh`,
        key: 'services.simple.chargen.line',
      },
      { text: '…', key: 'services.simple.moreLines', params: { count: 93 } },
    ]);

    const udpPort = await serve('udp', 'chargen');
    const udp = await udpPeer();
    udp.socket.send('\n', udpPort, '127.0.0.1');
    await waitFor(() => udp.messages.length === 1, 'a chargen burst');
    const burst = dataEvents(events, udpPort).find((event) => event.kind === 'data-out');
    const first = burst?.annotation?.lines?.[0];
    if (burst?.bytes === 0) expect(first?.key).toBe('services.simple.chargen.empty');
    else
      expect(first).toMatchObject({
        key: 'services.simple.chargen.burst',
        params: { count: burst?.bytes },
      });
  });
});

describe('one-answer services on TCP', () => {
  it('close a connection the client keeps open once the linger time is over', async () => {
    const events = startEngine({ lingerMs: 300 });
    const port = await serve('tcp', 'qotd');
    const peer = await tcpPeer(port);
    await waitFor(() => peer.ended(), 'the FIN after the quote');
    const ofKind = (kind: string) =>
      events.find((event) => event.kind === kind && event.local?.port === port);
    const halfClosed = ofKind('half-closed');
    expect(halfClosed).toMatchObject({ by: 'local' });
    expect(ofKind('closed')).toBeUndefined();
    const closed = await waitFor(() => ofKind('closed'), 'the server to close', 3_000);
    expect(closed).toMatchObject({ by: 'local' });
    expect(closed.time - (halfClosed?.time ?? 0)).toBeGreaterThanOrEqual(250);
  });

  it('stop streaming chargen when the server stops', async () => {
    const events = startEngine();
    const port = await serve('tcp', 'chargen');
    const peer = await tcpPeer(port);
    await waitFor(() => peer.received().length > 10_000, 'chargen output');
    await engine?.close();
    engine = undefined;
    const sent = dataEvents(events, port).length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dataEvents(events, port).length).toBe(sent);
    await waitFor(() => peer.ended(), 'the connection to end');
  });
});
