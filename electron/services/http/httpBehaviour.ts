/**
 * The `http` service: node:http parses and answers, served through SessionStreams so the
 * engine captures every byte, and each captured message is explained line by line. Limits:
 * head size (431), header timeout (408, slowloris), keep-alive and idle periods, body size.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { BehaviourSession } from '../../engine';
import { streamBehaviour } from '../../engine';
import { closeWhenIdle } from '../files/closeWhenIdle';
import { answerClientError, answerHeaderTimeout } from './closingResponse';
import { localesFor } from './html';
import { HttpConversationNotes } from './httpNotes';
import type { HttpConfig, HttpOptions } from './httpOptions';
import { httpOptionsFrom } from './httpOptions';
import { createRequestHandler } from './httpRequests';
import type { RequestDeadlines } from './requestDeadlines';
import { watchRequestDeadlines } from './requestDeadlines';
import { sendStatus } from './sendPage';

/** What the server knows of one connection: its session, deadlines and requests in progress. */
interface Connection {
  session: BehaviourSession;
  deadlines: RequestDeadlines;
  inFlight: number;
}

function createHttpServer(options: HttpOptions, connections: WeakMap<object, Connection>) {
  const handle = createRequestHandler(options);
  const track = (request: IncomingMessage, response: ServerResponse) => {
    const connection = connections.get(request.socket);
    if (connection === undefined) return;
    connection.inFlight += 1;
    connection.deadlines.headComplete();
    response.once('close', () => {
      connection.inFlight -= 1;
      if (connection.inFlight === 0) connection.deadlines.allResponded();
    });
  };
  const server = createServer(
    // These only fill the Keep-Alive header and bound the head's size: a SessionStream has no
    // socket timeouts, so requestDeadlines.ts and closeWhenIdle enforce the periods.
    {
      maxHeaderSize: options.maxHeaderBytes,
      requestTimeout: 0,
      keepAliveTimeout: options.keepAliveMs,
    },
    (request, response) => {
      track(request, response);
      handle(request, response);
    },
  );
  server.on('clientError', (error: Error, socket: Duplex) =>
    answerClientError(error, socket, connections.get(socket)?.session, options.maxHeaderBytes),
  );
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
    const connections = new WeakMap<object, Connection>();
    const server = createHttpServer(options, connections);
    // Keyed by the session object, so a conversation's notes go when the conversation goes.
    const notes = new WeakMap<BehaviourSession, HttpConversationNotes>();
    return {
      accept(stream, session) {
        server.emit('connection', stream);
        const deadlines = watchRequestDeadlines(stream, options, {
          onHeaderTimeout: () => answerHeaderTimeout(stream, session, options.headerTimeoutMs),
          onKeepAliveOver: () => stream.destroy(),
        });
        const connection: Connection = { session, deadlines, inFlight: 0 };
        connections.set(stream, connection);
        closeWhenIdle(stream, options.idleMs, () => connection.inFlight > 0);
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
