import { createServer } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBehaviourRegistry } from '../../electron/engine/behaviours/registry';
import { streamBehaviour } from '../../electron/engine/behaviours/sessionStream';
import { PuertoEngine } from '../../electron/engine';

let engine: PuertoEngine | undefined;

afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

/** A tiny HTTP behaviour: node:http parses, the engine's conversation carries every byte. */
const helloHttp = streamBehaviour<{ name: 'manual' }>({
  name: 'manual',
  protocols: ['tcp'],
  create() {
    const http = createServer((request, response) => {
      response.setHeader('Connection', 'close');
      response.end(`hello ${request.url} from ${request.socket.remoteAddress}`);
    });
    return {
      accept: (stream) => http.emit('connection', stream),
      describe: (_session, direction, data) =>
        direction === 'in'
          ? { protocol: 'http', role: 'request', lines: [{ text: String(data.length), key: 'x' }] }
          : undefined,
    };
  },
});

function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.write(text);
  });
}

describe('streamBehaviour', () => {
  it('lets node:http serve a conversation while the capture records both directions', async () => {
    engine = new PuertoEngine({ behaviours: createBehaviourRegistry([helloHttp]) });
    const server = await engine.startServer({
      protocol: 'tcp',
      port: 0,
      bind: { mode: 'loopback' },
      behaviour: { name: 'manual' },
    });
    const answer = await rawRequest(server.port, 'GET /lab HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(answer).toContain('hello /lab from 127.0.0.1');

    const { events } = await engine.getCapture({ afterSeq: 0, limit: 100 });
    const incoming = events.find((event) => event.kind === 'data-in');
    const outgoing = events.filter((event) => event.kind === 'data-out');
    expect(incoming?.kind === 'data-in' && incoming.annotation?.role).toBe('request');
    const sent = outgoing.reduce(
      (sum, event) => sum + (event.kind === 'data-out' ? event.bytes : 0),
      0,
    );
    expect(sent).toBe(Buffer.byteLength(answer, 'latin1'));
  });
});
