/**
 * The `http` service: node:http parses and answers, served through SessionStreams so the
 * engine captures every byte, and each captured message is explained line by line.
 */
import { createServer, STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { BehaviourSession } from '../../engine';
import { streamBehaviour } from '../../engine';
import { closeWhenIdle } from '../files/closeWhenIdle';
import { localesFor } from './html';
import { HttpConversationNotes } from './httpNotes';
import type { HttpConfig, HttpOptions } from './httpOptions';
import { httpOptionsFrom } from './httpOptions';
import { createRequestHandler } from './httpRequests';
import { sendStatus, statusPage } from './sendPage';

/**
 * A request node:http could not parse never reaches the handler: answer it here, 431 for a
 * head over the limit (RFC 6585 §5), 400 for anything else, then close.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = Buffer.from(statusPage(localesFor(undefined), status), 'utf8');
  const head =
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
    `Server: Puerto\r\nContent-Type: text/html; charset=utf-8\r\n` +
    `Content-Length: ${body.byteLength}\r\nConnection: close\r\n\r\n`;
  socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]));
}

function createHttpServer(options: HttpOptions, inFlight: WeakMap<object, number>) {
  const handle = createRequestHandler(options);
  const track = (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once('close', () => inFlight.set(socket, (inFlight.get(socket) ?? 1) - 1));
  };
  const server = createServer(
    // keepAliveTimeout only fills the Keep-Alive header here (a SessionStream has no socket
    // timeout): closeWhenIdle enforces the same period.
    { maxHeaderSize: options.maxHeaderBytes, requestTimeout: 0, keepAliveTimeout: options.idleMs },
    (request, response) => {
      track(request, response);
      handle(request, response);
    },
  );
  server.on('clientError', answerClientError);
  // `Expect: 100-continue` (RFC 9110 §10.1.1): refuse a body that is too large before it comes.
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    track(request, response);
    if (Number(request.headers['content-length'] ?? 0) > options.maxBodyBytes) {
      const locales = localesFor(request.headers['accept-language']);
      const params = { limit: options.maxBodyBytes };
      sendStatus(request, response, locales, 413, params, { Connection: 'close' });
      return;
    }
    response.writeContinue();
    handle(request, response);
  });
  return server;
}

export const httpBehaviour = streamBehaviour<HttpConfig>({
  name: 'http',
  protocols: ['tcp'],
  create(config) {
    const options = httpOptionsFrom(config);
    const inFlight = new WeakMap<object, number>();
    const server = createHttpServer(options, inFlight);
    // Keyed by the session object, so a conversation's notes go when the conversation goes.
    const notes = new WeakMap<BehaviourSession, HttpConversationNotes>();
    return {
      accept(stream) {
        server.emit('connection', stream);
        closeWhenIdle(stream, options.idleMs, () => (inFlight.get(stream) ?? 0) > 0);
      },
      describe(session, direction, data) {
        if (data.byteLength === 0) return undefined;
        let conversation = notes.get(session);
        if (conversation === undefined) {
          conversation = new HttpConversationNotes();
          notes.set(session, conversation);
        }
        return conversation.describe(direction, data);
      },
    };
  },
});
