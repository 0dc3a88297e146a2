/**
 * One browser tab's WebSocket: each `invoke` (a binary frame, see wireCodec.ts) goes through the
 * boundary's dispatcher and is answered with its `result`; engine batches go out through a
 * `BatchSender`. Nothing a tab sends can crash the server: malformed messages are answered with
 * INVALID_INPUT under their own id, and one whose id cannot be read closes the socket.
 */
import type { RawData, WebSocket } from 'ws';
import { z } from 'zod';
import type { ServerMessage } from '../../shared/contract/api';
import type { PuertoError, Result } from '../../shared/contract/errors';
import { decodeWire, encodeWire } from '../../shared/contract/wireCodec';
import type { Dispatcher } from '../boundary';
import { invalidInput } from '../boundary';
import { BatchSender } from './batchSender';
import type { BatchSenderOptions } from './batchSender';

const invokeSchema = z.object({
  type: z.literal('invoke'),
  id: z.number().int().min(0),
  command: z.string(),
  request: z.unknown(),
});

type Invoke = z.infer<typeof invokeSchema>;

function rawBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : new Uint8Array(data);
}

/** The id to answer a refused message with, when it had a usable one. */
function idOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as Record<string, unknown>).id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : undefined;
}

function refusal(id: number, field: string): { id: number; error: Result<never> } {
  return { id, error: { ok: false, error: invalidInput(field, 'validation.wrongValue') } };
}

/**
 * Text frames are not the protocol (an old page, a line typed into `wscat`); when one is JSON
 * with an id, the refusal still goes to that id, so its sender does not wait for ever.
 */
function idInText(data: Uint8Array): number | undefined {
  try {
    return idOf(JSON.parse(Buffer.from(data).toString('utf8')));
  } catch {
    return undefined;
  }
}

/**
 * How a session ends when a message carries no id to answer under: an answer under a made-up
 * id would leave its real caller waiting for ever, so the socket closes instead and the page
 * fails every pending request at once (RFC 6455 §7.4.1 codes; reasons stay under 123 bytes).
 */
export interface Unanswerable {
  close: { code: number; reason: string };
}

export const UNDECODABLE_CLOSE = { code: 1007, reason: 'Puerto: message is not MessagePack' };
export const TEXT_FRAME_CLOSE = { code: 1003, reason: 'Puerto: text frame without an id' };
export const NO_ID_CLOSE = { code: 1008, reason: 'Puerto: message without a usable id' };

export function parseClientMessage(
  data: Uint8Array,
  isBinary = true,
): Invoke | { id: number; error: Result<never> } | Unanswerable {
  if (!isBinary) {
    const id = idInText(data);
    return id === undefined ? { close: TEXT_FRAME_CLOSE } : refusal(id, 'message');
  }
  let decoded: unknown;
  try {
    decoded = decodeWire(data);
  } catch {
    return { close: UNDECODABLE_CLOSE };
  }
  const parsed = invokeSchema.safeParse(decoded);
  if (parsed.success) return parsed.data;
  const id = idOf(decoded);
  if (id === undefined) return { close: NO_ID_CLOSE };
  const [issue] = parsed.error.issues;
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'message';
  return refusal(id, field);
}

export class ApiSession {
  private readonly batches: BatchSender;

  constructor(
    private readonly socket: WebSocket,
    private readonly dispatch: Dispatcher,
    batchOptions: Partial<BatchSenderOptions> = {},
  ) {
    this.batches = new BatchSender(socket, batchOptions);
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    // `ws` emits errors (oversize frame, bad UTF-8) and then closes the socket by itself.
    socket.on('error', () => undefined);
    socket.on('close', () => this.batches.close());
  }

  pushBatch: BatchSender['push'] = (batch) => this.batches.push(batch);

  close(): void {
    this.batches.close();
    this.socket.terminate();
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    const message = parseClientMessage(rawBytes(data), isBinary);
    if ('close' in message) {
      this.socket.close(message.close.code, message.close.reason);
      return;
    }
    if ('error' in message) {
      this.answer(message.id, message.error);
      return;
    }
    void this.dispatch(message.command, message.request).then((result) =>
      this.answer(message.id, result),
    );
  }

  private answer(id: number, result: Result<unknown>): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    let frame: Uint8Array;
    try {
      frame = encodeWire({ type: 'result', id, result } satisfies ServerMessage);
    } catch {
      const error: PuertoError = {
        code: 'INTERNAL',
        message: 'The result could not be encoded',
        details: {},
      };
      frame = encodeWire({
        type: 'result',
        id,
        result: { ok: false, error },
      } satisfies ServerMessage);
    }
    this.socket.send(frame);
  }
}
