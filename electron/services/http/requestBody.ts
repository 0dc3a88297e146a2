/**
 * Reads a request body up to a limit. A declared Content-Length above the limit is refused
 * before a byte of the body is read; a chunked body is cut as soon as it passes the limit, so
 * the server never holds more than `maxBytes` for one request.
 */
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  { kind: 'complete'; body: Buffer } | { kind: 'tooLarge' } | { kind: 'aborted' };

export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.resolve({ kind: 'tooLarge' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: BodyResult) => {
      request.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received > maxBytes) {
        finish({ kind: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => finish({ kind: 'complete', body: Buffer.concat(chunks) }));
    request.once('error', () => finish({ kind: 'aborted' }));
    request.once('close', () => {
      if (!request.complete) finish({ kind: 'aborted' });
    });
  });
}
