/**
 * `dig` (bind9-dnsutils) as the independent judge of the DNS service, with what the tests read
 * from its output: the status, the header flags and the records of each section.
 */
import { createSocket } from 'node:dgram';
import { runProgram } from '../files/programs';

export interface DigAnswer {
  output: string;
  status: string | undefined;
  flags: string[];
  /** Records of each section, whitespace collapsed: "www.lab.example. 300 IN A 127.0.0.1". */
  sections: Record<'ANSWER' | 'AUTHORITY' | 'ADDITIONAL', string[]>;
  transport: 'UDP' | 'TCP' | undefined;
}

function section(output: string, name: string): string[] {
  const match = new RegExp(`;; ${name} SECTION:\\n([\\s\\S]*?)(?:\\n\\n|$)`).exec(output);
  return (match?.[1] ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().replace(/\s+/g, ' '));
}

/** Runs dig against 127.0.0.1:`port` with one try and a short timeout. */
export async function dig(port: number, args: string[], timeoutMs = 8_000): Promise<DigAnswer> {
  const run = await runProgram(
    'dig',
    ['@127.0.0.1', '-p', String(port), '+time=2', '+tries=1', ...args],
    {
      timeoutMs,
    },
  );
  const output = run.stdout;
  return {
    output,
    status: /status: (\w+)/.exec(output)?.[1],
    flags: (/;; flags: ([^;]*);/.exec(output)?.[1] ?? '').trim().split(/\s+/).filter(Boolean),
    sections: {
      ANSWER: section(output, 'ANSWER'),
      AUTHORITY: section(output, 'AUTHORITY'),
      ADDITIONAL: section(output, 'ADDITIONAL'),
    },
    transport: /;; SERVER: .*\((UDP|TCP)\)/.exec(output)?.[1] as DigAnswer['transport'],
  };
}

/** Sends one raw datagram and waits briefly for an answer (undefined when none comes). */
export function sendDatagram(
  port: number,
  bytes: Uint8Array,
  waitMs = 600,
): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => socket.close(() => resolve(undefined)), waitMs);
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
    socket.once('message', (reply) => {
      clearTimeout(timer);
      socket.close(() => resolve(reply));
    });
    socket.send(bytes, port, '127.0.0.1');
  });
}
