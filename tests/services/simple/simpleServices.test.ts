/**
 * Echo, discard, daytime, qotd, chargen and time on TCP and UDP, served by `puerto serve` and
 * judged by netcat, socat and a plain Node UDP socket.
 */
import { createSocket } from 'node:dgram';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { killRunning } from '../../cli/cliProcess';
import { requireTool } from '../../support/requireTool';
import { chargenStream, daytimeDate, isQuote, timeMessageMs } from './expectations';
import type { Lab } from './lab';
import { killTools, netcatTcp, serverLines, socatUdp, startLab } from './lab';

const hasTools = requireTool('nc', 'netcat-openbsd') && requireTool('socat', 'socat');
let lab: Lab;

beforeAll(async () => {
  if (!hasTools) return;
  const both = ['tcp', 'udp'] as const;
  lab = await startLab({
    echo: both,
    discard: both,
    daytime: both,
    qotd: both,
    chargen: both,
    time: both,
  });
}, 30_000);

afterEach(() => killTools());
afterAll(() => killRunning());

/** Sends datagrams one after another from one Node socket, each waiting for its answer. */
async function udpExchanges(port: number, datagrams: Uint8Array[]): Promise<Buffer[]> {
  const socket = createSocket('udp4');
  const answers: Buffer[] = [];
  try {
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    for (const datagram of datagrams) {
      const answer = new Promise<Buffer>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no answer within 2 s')), 2_000);
        socket.once('message', (message) => {
          clearTimeout(timer);
          resolve(message);
        });
      });
      socket.send(datagram, port, '127.0.0.1');
      answers.push(await answer);
    }
  } finally {
    socket.close();
  }
  return answers;
}

const bytesOf = (lines: Array<Record<string, unknown>>): number =>
  lines.reduce((sum, line) => sum + Number(line.bytes), 0);

describe.skipIf(!hasTools)('simple services through puerto serve', () => {
  it('echo (RFC 862) returns every byte on TCP, however many, and each datagram on UDP', async () => {
    const port = lab.port('echo');
    const payload = Uint8Array.from({ length: 300_000 }, (_, index) => (index * 7) % 256);
    const tcp = await netcatTcp(port, payload);
    expect(tcp.output.equals(Buffer.from(payload))).toBe(true);

    const datagram = Uint8Array.from([0, 1, 2, 0xfe, 0xff, 0x0a]);
    const udp = await socatUdp(port, datagram);
    expect([...udp.output]).toEqual([...datagram]);
    await lab.cli.waitFor(() => serverLines(lab.cli, 'udp', port, 'data-out').length === 1);
    expect(serverLines(lab.cli, 'udp', port, 'data-in')[0]?.hex).toBe('000102feff0a');
  });

  it('discard (RFC 863) reads everything and answers nothing, on TCP and UDP', async () => {
    const port = lab.port('discard');
    const tcp = await netcatTcp(port, 'x'.repeat(100_000));
    expect(tcp.output.byteLength).toBe(0);
    expect(tcp.code).toBe(0);
    await lab.cli.waitFor(() => bytesOf(serverLines(lab.cli, 'tcp', port, 'data-in')) === 100_000);

    const udp = await socatUdp(port, 'anyone there?\n');
    expect(udp.output.byteLength).toBe(0);
    await lab.cli.waitFor(() => serverLines(lab.cli, 'udp', port, 'data-in').length === 1);
    expect(serverLines(lab.cli, 'tcp', port, 'data-out')).toEqual([]);
    expect(serverLines(lab.cli, 'udp', port, 'data-out')).toEqual([]);
  });

  it('daytime (RFC 867) sends the date as text and closes on TCP, answers each datagram on UDP', async () => {
    const port = lab.port('daytime');
    const tcp = await netcatTcp(port, 'ignored\n');
    const tcpDate = daytimeDate(tcp.output.toString('latin1'));
    expect(tcpDate, tcp.output.toString('latin1')).toBeDefined();
    expect(Math.abs((tcpDate ?? 0) - Date.now())).toBeLessThan(2_000);
    await lab.cli.waitFor(() => serverLines(lab.cli, 'tcp', port, 'closed').length === 1);
    expect(serverLines(lab.cli, 'tcp', port, 'half-closed')[0]?.by).toBe('local');

    const udp = await socatUdp(port, 'what time is it?');
    const [empty] = await udpExchanges(port, [new Uint8Array(0)]);
    for (const answer of [udp.output, empty ?? Buffer.alloc(0)]) {
      const udpDate = daytimeDate(answer.toString('latin1'));
      expect(udpDate, answer.toString('latin1')).toBeDefined();
      expect(Math.abs((udpDate ?? 0) - Date.now())).toBeLessThan(2_000);
    }
  });

  it('qotd (RFC 865) sends a quote under 512 characters, then closes on TCP; one per datagram on UDP', async () => {
    const port = lab.port('qotd');
    const tcp = await netcatTcp(port, '');
    expect(isQuote(tcp.output.toString('latin1')), tcp.output.toString('latin1')).toBe(true);
    await lab.cli.waitFor(() => serverLines(lab.cli, 'tcp', port, 'closed').length === 1);

    const first = (await socatUdp(port, '\n')).output.toString('latin1');
    const [next] = await udpExchanges(port, [new Uint8Array([0x0a])]);
    const second = next?.toString('latin1') ?? '';
    expect(isQuote(first), first).toBe(true);
    expect(isQuote(second), second).toBe(true);
    expect(second).not.toBe(first);
  });

  it('time (RFC 868) sends 4 bytes that decode to now, then closes on TCP; answers datagrams on UDP', async () => {
    const port = lab.port('time');
    const tcp = await netcatTcp(port, '');
    expect(tcp.output.byteLength).toBe(4);
    expect(Math.abs(timeMessageMs(tcp.output) - Date.now())).toBeLessThan(2_000);
    await lab.cli.waitFor(() => serverLines(lab.cli, 'tcp', port, 'closed').length === 1);

    const udp = await socatUdp(port, '\n');
    expect(udp.output.byteLength).toBe(4);
    expect(Math.abs(timeMessageMs(udp.output) - Date.now())).toBeLessThan(2_000);
    // RFC 868 asks with an empty datagram, which neither socat nor nc sends from a pipe.
    const [empty] = await udpExchanges(port, [new Uint8Array(0)]);
    expect(empty?.byteLength).toBe(4);
    expect(Math.abs(timeMessageMs(empty ?? Buffer.alloc(4)) - Date.now())).toBeLessThan(2_000);
  });

  it('chargen (RFC 864) streams the rotating 72-character lines on TCP until the client leaves', async () => {
    const port = lab.port('chargen');
    const wanted = 3 * 7_030 + 500;
    const tcp = await netcatTcp(port, '', { maxBytes: wanted });
    expect(tcp.output.byteLength).toBeGreaterThanOrEqual(wanted);
    const text = tcp.output.toString('latin1');
    expect(text).toBe(chargenStream(text.length));
    await lab.cli.waitFor(() => serverLines(lab.cli, 'tcp', port, 'closed').length === 1);
  });

  it('chargen (RFC 864) answers each datagram with 0 to 512 characters that continue the pattern', async () => {
    const port = lab.port('chargen');
    const single = await socatUdp(port, '\n');
    expect(single.output.byteLength).toBeLessThanOrEqual(512);
    expect(single.output.toString('latin1')).toBe(chargenStream(single.output.byteLength));

    const bursts = await udpExchanges(
      port,
      Array.from({ length: 20 }, () => new Uint8Array([0x0a])),
    );
    const sizes = bursts.map((burst) => burst.byteLength);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(512);
    expect(new Set(sizes).size).toBeGreaterThan(1);
    const joined = Buffer.concat(bursts).toString('latin1');
    expect(joined).toBe(chargenStream(joined.length));
  });
});
