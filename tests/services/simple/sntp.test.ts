/**
 * SNTP (RFC 4330) served by `puerto serve --udp P:sntp`, judged by chrony (`chronyd -Q`
 * measures the offset and exits, touching no clock) and by hand-made requests sent with socat.
 */
import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { killRunning } from '../../cli/cliProcess';
import { requireTool } from '../../support/requireTool';
import { SECONDS_1900_TO_1970 } from './expectations';
import type { Lab } from './lab';
import { killTools, runTool, serverLines, socatUdp, startLab } from './lab';

const hasTools = requireTool('chronyd', 'chrony') && requireTool('socat', 'socat');
let lab: Lab;

beforeAll(async () => {
  if (hasTools) lab = await startLab({ sntp: ['udp'] });
}, 30_000);

afterEach(() => killTools());
afterAll(() => killRunning());

/** A 48-byte NTP header with the first byte and transmit timestamp given, the rest zero. */
function ntpMessage(leapVersionMode: number, transmitSeconds: number, transmitFraction: number) {
  const message = Buffer.alloc(48);
  message[0] = leapVersionMode;
  message[2] = 6;
  message.writeUInt32BE(transmitSeconds, 40);
  message.writeUInt32BE(transmitFraction, 44);
  return message;
}

/** An NTP timestamp at `offset` in `message`, as Unix milliseconds (this era). */
function timestampMs(message: Buffer, offset: number): number {
  const seconds = message.readUInt32BE(offset) - SECONDS_1900_TO_1970;
  return seconds * 1000 + (message.readUInt32BE(offset + 4) / 2 ** 32) * 1000;
}

/** chronyd in -Q mode: one exchange with the server, the offset printed, no daemon left. */
function chronyOffset(port: number): Promise<{ offset: number | undefined; log: string }> {
  return runTool(
    'chronyd',
    ['-Q', '-t', '8', '-f', '/dev/null', `server 127.0.0.1 port ${port} iburst maxsamples 1`],
    '',
    { timeoutMs: 12_000 },
  ).then((run) => {
    const log = run.stderr + run.output.toString('utf8');
    const match = /System clock wrong by (-?\d+\.\d+) seconds/.exec(log);
    return { offset: match === null ? undefined : Number(match[1]), log };
  });
}

describe.skipIf(!hasTools)('sntp through puerto serve', () => {
  it('gives chronyd a valid time: it measures an offset under half a second', async () => {
    const port = lab.port('sntp');
    const { offset, log } = await chronyOffset(port);
    expect(offset, log).toBeDefined();
    expect(Math.abs(offset ?? 1)).toBeLessThan(0.5);

    await lab.cli.waitFor(() => serverLines(lab.cli, 'udp', port, 'data-out').length >= 1);
    const request = Buffer.from(
      String(serverLines(lab.cli, 'udp', port, 'data-in')[0]?.hex),
      'hex',
    );
    const reply = Buffer.from(String(serverLines(lab.cli, 'udp', port, 'data-out')[0]?.hex), 'hex');
    expect(reply.byteLength).toBe(48);
    expect(reply.readUInt8(0) & 0b111).toBe(4);
    expect((reply.readUInt8(0) >> 3) & 0b111).toBe((request.readUInt8(0) >> 3) & 0b111);
    expect(reply.subarray(24, 32).equals(request.subarray(40, 48))).toBe(true);
  });

  it('answers an NTPv3 client request as RFC 4330 §5 says, field by field', async () => {
    const port = lab.port('sntp');
    const before = Date.now();
    const request = ntpMessage((0 << 6) | (3 << 3) | 3, 0xe1234567, 0x89abcdef);
    const { output: reply } = await socatUdp(port, request);
    const after = Date.now();

    expect(reply.byteLength).toBe(48);
    const first = reply.readUInt8(0);
    expect(first >> 6).toBe(0);
    expect((first >> 3) & 0b111).toBe(3);
    expect(first & 0b111).toBe(4);
    expect(reply[1]).toBe(1);
    expect(reply[2]).toBe(6);
    expect(reply.subarray(12, 16).toString('latin1')).toBe('LOCL');
    expect(reply.readUInt32BE(24)).toBe(0xe1234567);
    expect(reply.readUInt32BE(28)).toBe(0x89abcdef);
    const received = timestampMs(reply, 32);
    const transmitted = timestampMs(reply, 40);
    expect(received).toBeGreaterThan(before - 1_000);
    expect(transmitted).toBeLessThan(after + 1_000);
    expect(transmitted).toBeGreaterThanOrEqual(received);
    // The fraction carries sub-second time, not zeros.
    expect(reply.readUInt32BE(36) + reply.readUInt32BE(44)).toBeGreaterThan(0);
  });

  it('drops what is not a client request, answers nothing, and keeps serving chronyd', async () => {
    const port = lab.port('sntp');
    const answered = serverLines(lab.cli, 'udp', port, 'data-out').length;
    const received = serverLines(lab.cli, 'udp', port, 'data-in').length;
    const junk: Array<[string, Buffer]> = [
      ['a datagram shorter than an NTP header', Buffer.from('hello\n')],
      ['a server answer (mode 4)', ntpMessage((4 << 3) | 4, 1, 2)],
      ['a symmetric active message (mode 1)', ntpMessage((4 << 3) | 1, 1, 2)],
      ['version 0', ntpMessage((0 << 3) | 3, 1, 2)],
      ['version 7', ntpMessage((7 << 3) | 3, 1, 2)],
    ];
    const replies = await Promise.all(junk.map(([, message]) => socatUdp(port, message, 0.3)));
    replies.forEach((reply, index) => expect(reply.output.byteLength, junk[index]?.[0]).toBe(0));
    await lab.cli.waitFor(
      () => serverLines(lab.cli, 'udp', port, 'data-in').length === received + junk.length,
    );
    expect(serverLines(lab.cli, 'udp', port, 'data-out')).toHaveLength(answered);

    const { offset, log } = await chronyOffset(port);
    expect(offset, log).toBeDefined();
  });

  it('leaves no chronyd behind', async () => {
    const survivors = await new Promise<string>((resolve) => {
      const pgrep = spawn('pgrep', ['-f', `port ${lab.port('sntp')} iburst`]);
      let found = '';
      pgrep.stdout.setEncoding('utf8').on('data', (chunk: string) => (found += chunk));
      pgrep.once('close', () => resolve(found.trim()));
      pgrep.once('error', () => resolve(''));
    });
    expect(survivors).toBe('');
  });
});
