/**
 * Chargen (RFC 864) against a reader that stops reading: the server must wait for the
 * connection to drain (a `flow` paused event) instead of queueing the endless stream in
 * memory, and carry on once the reader reads again.
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { killRunning } from '../../cli/cliProcess';
import { chargenStream } from './expectations';
import type { Lab } from './lab';
import { serverLines, startLab } from './lab';

let lab: Lab;
let reader: Socket | undefined;

beforeAll(async () => {
  lab = await startLab({ chargen: ['tcp'] });
}, 30_000);

afterEach(() => {
  reader?.destroy();
  reader = undefined;
});
afterAll(() => killRunning());

const sentBytes = (lines: Array<Record<string, unknown>>): number =>
  lines.reduce((sum, line) => sum + Number(line.bytes), 0);

describe('chargen and a slow reader', () => {
  it('pauses while the reader does not read, then streams on when it reads again', async () => {
    const port = lab.port('chargen');
    const received: Buffer[] = [];
    const socket = connect({ port, host: '127.0.0.1' });
    reader = socket;
    socket.pause();
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });

    const flows = () => serverLines(lab.cli, 'tcp', port, 'flow');
    await lab.cli.waitFor(() => flows().some((line) => line.state === 'paused'), 15_000);
    const paused = flows().find((line) => line.state === 'paused');
    expect(Number(paused?.buffered)).toBeGreaterThan(0);

    // While paused nothing more is written: what was sent stays put, and stays small.
    const sentWhenPaused = sentBytes(serverLines(lab.cli, 'tcp', port, 'data-out'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const sentLater = sentBytes(serverLines(lab.cli, 'tcp', port, 'data-out'));
    expect(sentLater).toBe(sentWhenPaused);
    expect(sentLater).toBeLessThan(64 * 1024 * 1024);

    socket.resume();
    await lab.cli.waitFor(() => flows().some((line) => line.state === 'flowing'), 15_000);
    await lab.cli.waitFor(
      () => sentBytes(serverLines(lab.cli, 'tcp', port, 'data-out')) > sentLater,
      15_000,
    );
    const text = Buffer.concat(received).toString('latin1');
    expect(text.length).toBeGreaterThan(0);
    expect(text).toBe(chargenStream(text.length));

    socket.destroy();
    await lab.cli.waitFor(() => serverLines(lab.cli, 'tcp', port, 'closed').length === 1);
  });
});
