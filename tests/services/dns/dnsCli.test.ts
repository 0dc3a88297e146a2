/**
 * `puerto serve --udp P:dns --tcp P:dns`, judged by dig over UDP and TCP as a lab would use it:
 * every record type of the ready zone, NXDOMAIN with the SOA, REFUSED outside the zone,
 * several queries on one TCP connection, and malformed packets that get FORMERR or silence
 * while the service keeps answering.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { decode, encode } from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killRunning, startCli } from '../../cli/cliProcess';
import type { CliProcess } from '../../cli/cliProcess';
import { requireTool } from '../../support/requireTool';
import { dig, sendDatagram } from './dig';

const hasDig = requireTool('dig', 'bind9-dnsutils');

let cli: CliProcess;
let port: number;

beforeAll(async () => {
  if (!hasDig) return;
  port = await freePort();
  cli = startCli(['serve', '--udp', `${port}:dns`, '--tcp', `${port}:dns`, '--json']);
  await cli.waitFor(() => cli.jsonLines().filter((line) => line.kind === 'listening').length === 2);
});

afterAll(async () => {
  await killRunning();
});

describe.skipIf(!hasDig)('dns service, judged by dig through the CLI', () => {
  it.each(['UDP', 'TCP'] as const)(
    'answers every record type of the lab zone over %s',
    async (transport) => {
      const over = transport === 'TCP' ? ['+tcp'] : ['+notcp'];
      const a = await dig(port, [...over, 'www.lab.example', 'A']);
      expect(a.transport).toBe(transport);
      expect(a.status).toBe('NOERROR');
      expect(a.flags).toEqual(expect.arrayContaining(['qr', 'aa', 'rd']));
      expect(a.flags).not.toContain('ra');
      expect(a.sections.ANSWER).toEqual(['www.lab.example. 300 IN A 127.0.0.1']);

      const aaaa = await dig(port, [...over, 'servidor.lab.example', 'AAAA']);
      expect(aaaa.sections.ANSWER).toEqual(['servidor.lab.example. 300 IN AAAA 2001:db8::10']);

      const mx = await dig(port, [...over, 'lab.example', 'MX']);
      expect(mx.sections.ANSWER).toEqual(['lab.example. 300 IN MX 10 mail.lab.example.']);
      expect(mx.sections.ADDITIONAL).toContain('mail.lab.example. 300 IN A 127.0.0.1');

      const txt = await dig(port, [...over, 'lab.example', 'TXT']);
      expect(txt.sections.ANSWER).toHaveLength(2);
      expect(txt.output).toContain('Puerto lab zone');
      expect(txt.output).toContain('Zona del laboratorio Puerto');

      const cname = await dig(port, [...over, 'web.lab.example', 'A']);
      expect(cname.sections.ANSWER).toEqual([
        'web.lab.example. 300 IN CNAME www.lab.example.',
        'www.lab.example. 300 IN A 127.0.0.1',
      ]);

      const soa = await dig(port, [...over, 'lab.example', 'SOA']);
      expect(soa.sections.ANSWER).toEqual([
        'lab.example. 3600 IN SOA ns.lab.example. hostmaster.lab.example. 1 3600 600 86400 300',
      ]);
    },
  );

  it.each(['+notcp', '+tcp'])('says NXDOMAIN with the SOA in authority (%s)', async (over) => {
    const missing = await dig(port, [over, 'nadie.lab.example', 'A']);
    expect(missing.status).toBe('NXDOMAIN');
    expect(missing.flags).toContain('aa');
    expect(missing.sections.ANSWER).toEqual([]);
    expect(missing.sections.AUTHORITY).toEqual([
      'lab.example. 300 IN SOA ns.lab.example. hostmaster.lab.example. 1 3600 600 86400 300',
    ]);
  });

  it('refuses names outside the zone and never recurses', async () => {
    const outside = await dig(port, ['www.example.com', 'A']);
    expect(outside.status).toBe('REFUSED');
    expect(outside.flags).not.toContain('aa');
    expect(outside.flags).not.toContain('ra');
    expect(outside.sections.ANSWER).toEqual([]);
  });

  it('answers several queries on one TCP connection', async () => {
    const accepted = () => cli.jsonLines().filter((line) => line.kind === 'accepted').length;
    const before = accepted();
    const both = await dig(port, [
      '+tcp',
      '+keepopen',
      'www.lab.example',
      'A',
      'mail.lab.example',
      'AAAA',
    ]);
    expect(both.output).toContain('www.lab.example.\t300\tIN\tA\t127.0.0.1');
    expect(both.output).toContain('mail.lab.example.\t300\tIN\tAAAA\t::1');
    await cli.waitFor(() => accepted() > before);
    expect(accepted() - before).toBe(1);
  });

  it('answers two queries sent in one TCP segment, and a query sent byte by byte', async () => {
    const frame = (id: number, name: string) => {
      const message = encode({ type: 'query', id, questions: [{ name, type: 'A' }] });
      return Buffer.concat([
        Buffer.from([message.byteLength >> 8, message.byteLength & 0xff]),
        message,
      ]);
    };
    const ids = await new Promise<number[]>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let received = Buffer.alloc(0);
      const found: number[] = [];
      socket.setTimeout(5_000, () => socket.destroy(new Error('timed out')));
      socket.on('error', reject);
      socket.on('data', (chunk) => {
        received = Buffer.concat([received, chunk]);
        while (received.byteLength >= 2 && received.byteLength >= 2 + received.readUInt16BE(0)) {
          const length = received.readUInt16BE(0);
          found.push(decode(received.subarray(2, 2 + length)).id ?? -1);
          received = received.subarray(2 + length);
        }
        if (found.length === 3) {
          socket.end();
          resolve(found);
        }
      });
      socket.on('connect', async () => {
        socket.write(Buffer.concat([frame(1, 'www.lab.example'), frame(2, 'ftp.lab.example')]));
        for (const byte of frame(3, 'mail.lab.example')) {
          socket.write(Uint8Array.of(byte));
          await new Promise((wait) => setTimeout(wait, 2));
        }
      });
    });
    expect(ids).toEqual([1, 2, 3]);
  });

  it('answers FORMERR or stays silent to malformed packets, and keeps serving', async () => {
    const noQuestion = Buffer.from([0xab, 0xcd, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    const formerr = await sendDatagram(port, noQuestion);
    expect(formerr?.readUInt16BE(0)).toBe(0xabcd);
    expect((formerr?.readUInt16BE(2) ?? 0) & 0x800f).toBe(0x8001);

    expect(await sendDatagram(port, Buffer.from([0x12, 0x34, 0x01]))).toBeUndefined();
    for (let round = 0; round < 5; round++) {
      const garbage = randomBytes(1 + ((round * 37) % 200));
      const reply = await sendDatagram(port, garbage, 150);
      if (reply !== undefined) {
        expect(reply.readUInt16BE(0)).toBe(garbage.readUInt16BE(0));
        expect(reply.readUInt16BE(2) & 0x8000).toBe(0x8000);
      }
    }
    const after = await dig(port, ['+short', 'www.lab.example', 'A']);
    expect(after.output.trim()).toBe('127.0.0.1');
    const overTcp = await dig(port, ['+tcp', '+short', 'www.lab.example', 'AAAA']);
    expect(overTcp.output.trim()).toBe('::1');
  });
});
