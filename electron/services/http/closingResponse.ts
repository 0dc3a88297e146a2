/**
 * Answers written straight to the connection, outside node:http's request handling: a request
 * it could not parse (431 for a head over the limit, RFC 6585 §5; 400 for anything else) and a
 * head that did not arrive in time (408, RFC 9110 §15.5.9). Each closes the connection, and
 * the limits that act are reported, so the capture shows why the server hung up.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { BehaviourSession } from '../../engine';
import { localesFor } from './html';
import type { PageStatus } from './sendPage';
import { statusPage } from './sendPage';

/** A whole response with `Connection: close`, its page in the server's default languages. */
export function closingResponse(
  status: PageStatus,
  params: Record<string, string | number> = {},
): Buffer {
  const body = Buffer.from(statusPage(localesFor(undefined), status, params), 'utf8');
  const head =
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
    `Server: Puerto\r\nContent-Type: text/html; charset=utf-8\r\n` +
    `Content-Length: ${body.byteLength}\r\nConnection: close\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

const where = (session: BehaviourSession) => ({
  address: session.remote.address,
  port: session.remote.port,
});

/** node:http's `clientError`: a request it could not parse never reaches the handler. */
export function answerClientError(
  error: Error & { code?: string },
  socket: Duplex,
  session: BehaviourSession | undefined,
  maxHeaderBytes: number,
): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  if (tooLarge && session !== undefined) {
    session.report?.({
      code: 'HEADER_TOO_LARGE',
      message: `${session.id}: request head over ${maxHeaderBytes} bytes, answered 431`,
      details: { ...where(session), limit: maxHeaderBytes },
    });
  }
  socket.end(closingResponse(tooLarge ? 431 : 400));
}

/** The head did not arrive in time: say so to the student and to the client, then hang up. */
export function answerHeaderTimeout(
  socket: Duplex,
  session: BehaviourSession,
  headerTimeoutMs: number,
): void {
  const seconds = headerTimeoutMs / 1000;
  session.report?.({
    code: 'HEADER_TIMEOUT',
    message: `${session.id}: no complete request head within ${seconds} s, answered 408`,
    details: { ...where(session), seconds },
  });
  if (socket.writable) socket.write(closingResponse(408, { seconds }));
  socket.destroy();
}
